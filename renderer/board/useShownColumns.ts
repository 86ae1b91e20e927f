import { useEffect, useLayoutEffect, useState, type RefObject } from 'react'
import { STAGES } from '../../shared/domain/stages'
import { useStore } from '../services/services'
import type { BoardModel } from '../services/boardModel'

/** At the latest this long after the one before, the next column fills in even if the browser stays busy. */
const FILL_IN_WITHIN_MS = 100

/**
 * How many columns, from the left, show their cards. Opening the board, the first frame shows only the
 * columns in view (the rest is scrolled off to the side, often half the board), so the first cards paint
 * sooner; the other columns fill in one at a time when the browser is idle, so that no frame waits for
 * them, before the user can scroll there.
 */
export function useShownColumns(
  board: BoardModel,
  columnsRef: RefObject<HTMLDivElement | null>,
  ready: boolean,
): number {
  const { shownColumns } = useStore(board)
  // The count measured below, also kept here: state set in a layout effect renders again before the
  // paint, while the store's news reaches a board that has just mounted only once React subscribes to
  // it, in a passive effect after the paint. Without this the first frame showed empty columns and the
  // cards came a frame later (a cold load at 10,000 traced: the cards 150 ms after the columns).
  const [inView, setInView] = useState(0)

  // Before the first paint: the columns are laid out (still without cards), so their places are known.
  useLayoutEffect(() => {
    if (shownColumns !== 0 || !ready) return
    const columns = columnsRef.current
    if (!columns) return board.showAllColumns()
    const { right } = columns.getBoundingClientRect()
    const count = Math.max(
      1,
      [...columns.children].filter((column) => column.getBoundingClientRect().left < right).length,
    )
    board.columnsInView(count)
    setInView(count)
  }, [board, columnsRef, ready, shownColumns])

  useEffect(() => {
    if (shownColumns === 0 || shownColumns === Infinity) return
    const idle = requestIdleCallback(() => board.showNextColumn(STAGES.length), { timeout: FILL_IN_WITHIN_MS })
    return () => cancelIdleCallback(idle)
  }, [board, shownColumns])

  return shownColumns === 0 ? inView : shownColumns
}
