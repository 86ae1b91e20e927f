import { useEffect, useState, type RefObject } from 'react'
import { Icon } from '../ui/Icon'

export interface ColumnCount {
  label: string
  count: number
}

type Side = 'left' | 'right'

/** A column counts as out of view when less than half of it shows. */
const SHOWN_RATIO = 0.5

/**
 * Which of the board's columns are scrolled out of view, and on which side, kept up to date as the board
 * scrolls or resizes. The columns are `root`'s children, in `columns`' order.
 */
function useColumnsOutOfView(rootRef: RefObject<HTMLDivElement | null>, columnCount: number): (Side | null)[] {
  const [sides, setSides] = useState<(Side | null)[]>([])
  useEffect(() => {
    const root = rootRef.current
    if (!root) return
    const columns = [...root.children].slice(0, columnCount)
    const current = columns.map((): Side | null => null)
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const index = columns.indexOf(entry.target)
          const shown = entry.intersectionRatio >= SHOWN_RATIO
          const rootLeft = entry.rootBounds?.left ?? 0
          current[index] = shown ? null : entry.boundingClientRect.left < rootLeft ? 'left' : 'right'
        }
        setSides([...current])
      },
      { root, threshold: [SHOWN_RATIO] },
    )
    for (const column of columns) observer.observe(column)
    return () => observer.disconnect()
  }, [rootRef, columnCount])
  return sides
}

/**
 * At the board's edge, the columns scrolled out of view that hold cards, and one click to them. Every
 * card in Next round, Offer or Not selected, a board 1,400 px wide showed "Nothing here yet" in every
 * column in view and no sign of the three cards to its right (a walkthrough).
 */
export function OffscreenColumns({
  rootRef,
  columns,
}: {
  rootRef: RefObject<HTMLDivElement | null>
  columns: readonly ColumnCount[]
}) {
  const sides = useColumnsOutOfView(rootRef, columns.length)
  const edge = (side: Side) => {
    const indexes = columns.flatMap((column, index) => (sides[index] === side && column.count > 0 ? [index] : []))
    if (indexes.length === 0) return null
    const names = indexes.map((index) => `${columns[index]!.label} ${columns[index]!.count}`)
    // The farthest of them brought to the edge: those nearer come into view with it, as many as fit.
    const farthest = side === 'right' ? indexes.at(-1)! : indexes[0]!
    const show = () =>
      rootRef.current?.children[farthest]?.scrollIntoView({ behavior: 'smooth', block: 'nearest', inline: 'nearest' })
    return (
      <button
        type="button"
        className={`board-edge board-edge-${side}`}
        aria-label={`Scroll ${side} to ${names.join(', ')}`}
        title={`Scroll ${side} to these columns`}
        onClick={show}
      >
        {side === 'left' && <Icon name="chevron-left" />}
        <span className="board-edge-names">{names.join(' · ')}</span>
        {side === 'right' && <Icon name="chevron-right" />}
      </button>
    )
  }
  return (
    <>
      {edge('left')}
      {edge('right')}
    </>
  )
}
