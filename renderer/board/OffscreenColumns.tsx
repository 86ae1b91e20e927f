import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react'
import { useServices, useStore } from '../services/services'
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

/** Space kept between the right edge's pill and the notices above which it rises. */
const CLEAR_OF_NOTICES = 8

/**
 * How far the right edge's pill rises to stay clear of the notices in the window's corner: it sat under
 * them for their ten seconds after each move, the Offer card the user was after out of view (two walkthroughs).
 * Measured again whenever the pill or the notices change size, the window too: a notice raised on another
 * tab, with the board hidden, found no pill to lift, and covered it once the board showed (a walkthrough).
 */
function useClearOfNotices(pillRef: RefObject<HTMLButtonElement | null>, shown: boolean): number {
  const { notifications } = useServices()
  const { toasts } = useStore(notifications)
  const [lift, setLift] = useState(0)
  const liftRef = useRef(0)
  useLayoutEffect(() => {
    const stackElement = toasts.length > 0 ? document.querySelector('.toasts') : null
    const measure = () => {
      const pill = pillRef.current?.getBoundingClientRect()
      const stack = stackElement?.getBoundingClientRect()
      // Where the pill sits unlifted, and how far its bottom reaches into the notices' column.
      const bottom = (pill?.bottom ?? 0) + liftRef.current
      const under = pill && pill.height > 0 && stack && pill.right > stack.left && pill.left < stack.right
      const next = under ? Math.max(0, bottom - stack.top + CLEAR_OF_NOTICES) : 0
      if (next === liftRef.current) return
      liftRef.current = next
      setLift(next)
    }
    measure()
    const resized = new ResizeObserver(measure)
    if (pillRef.current) resized.observe(pillRef.current)
    if (stackElement) resized.observe(stackElement)
    window.addEventListener('resize', measure)
    return () => {
      resized.disconnect()
      window.removeEventListener('resize', measure)
    }
  }, [toasts, pillRef, shown])
  return toasts.length > 0 ? lift : 0
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
  const rightRef = useRef<HTMLButtonElement>(null)
  const rightShown = columns.some((column, index) => sides[index] === 'right' && column.count > 0)
  const lift = useClearOfNotices(rightRef, rightShown)
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
        ref={side === 'right' ? rightRef : undefined}
        type="button"
        className={`board-edge board-edge-${side}`}
        style={side === 'right' && lift > 0 ? { transform: `translateY(-${lift}px)` } : undefined}
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
