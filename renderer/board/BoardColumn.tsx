import { dropTargetForElements } from '@atlaskit/pragmatic-drag-and-drop/element/adapter'
import { combine } from '@atlaskit/pragmatic-drag-and-drop/combine'
import { autoScrollForElements } from '@atlaskit/pragmatic-drag-and-drop-auto-scroll/element'
import { useVirtualizer, type Virtualizer } from '@tanstack/react-virtual'
import { memo, useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react'
import type { Interview } from '../../shared/domain/interview'
import { CARD_GAP, cardId } from '../ui/cardElement'
import { useRangeKeeping } from '../ui/useRangeKeeping'
import { observeRectAfterLayout } from '../ui/virtualListLayout'
import { cardEstimate, measureCard, type CardHeights } from './cardHeights'
import { columnDropData, isCardDrag, type ColumnId } from './dragData'
import { countLabel } from '../services/stageLists'
import { InterviewCard, type CardHandlers } from './InterviewCard'

/** Cards rendered past each end of the view, so scrolling shows cards, not gaps, before React catches up. */
const OVERSCAN = 3

interface BoardColumnProps {
  column: ColumnId
  /** False while the board opens and this column waits, out of view, to show its cards (useShownColumns). */
  showCards: boolean
  /** While the board opens, only the cards in view are rendered: the ones just past the edges come after. */
  opening: boolean
  label: string
  kind: 'progress' | 'outcome' | 'archive'
  interviews: readonly Interview[]
  /** How many cards the column holds before the filter; equal to the shown count when not filtering. */
  total: number
  /** Ids of the sample interviews, which their cards badge. */
  sampleIds: ReadonlySet<string>
  /** Ids of the interviews whose calendar event was cancelled, which their cards flag. */
  cancelledIds: ReadonlySet<string>
  /** A filter is on: an empty column stays quiet, since the board says once that nothing matches. */
  filtering: boolean
  now: number
  handlers: CardHandlers
  /** The board's record of card heights, shared by its columns (cardHeights.ts). */
  cardHeights: CardHeights
  /** The card being dragged, kept rendered while it is scrolled out of view so the drag goes on. */
  draggingId: string | null
  /** A card of this column to scroll to and focus; null when the request is for another column. */
  focusId: string | null
  focusSeq: number
  /** Whether request `focusSeq` still waits: a card moved by mouse later must not take the focus back. */
  focusPending: (seq: number) => boolean
  onFocused: (seq: number) => void
  /** The selected card, if it is in this column (null otherwise, so the other columns do not render again). */
  selectedId: string | null
  /**
   * Whether the board's one Tab stop is in this column: on `selectedId` (on the first card rendered when
   * that one is scrolled out of the page), or on the first card when `first`.
   */
  tabStop: 'selected' | 'first' | null
}

/** True when the card at `index` is wholly inside the column's scrolled view, as the virtualizer last saw it. */
function isInView(virtualizer: Virtualizer<HTMLDivElement, Element>, index: number): boolean {
  const item = virtualizer.measurementsCache[index]
  const height = virtualizer.scrollRect?.height
  if (!item || height === undefined) return false
  const top = virtualizer.scrollOffset ?? 0
  return item.start >= top && item.end <= top + height
}

/**
 * One stage: a region named by its label, holding a virtualised list, so that a column of 5,000
 * cards puts only the few in view (and the one being dragged) in the page.
 */
export const BoardColumn = memo(function BoardColumn(props: BoardColumnProps) {
  const { column, showCards, opening, label, kind, interviews, total, now, handlers, cardHeights, draggingId } = props
  const { sampleIds, cancelledIds, filtering } = props
  const { focusId, focusSeq, focusPending, onFocused, selectedId, tabStop } = props
  const headingId = useId()
  const scrollRef = useRef<HTMLDivElement>(null)
  const [dropAtEnd, setDropAtEnd] = useState(false)
  const [isOver, setIsOver] = useState(false)

  const draggingIndex = draggingId ? interviews.findIndex((interview) => interview.id === draggingId) : -1
  const rangeExtractor = useRangeKeeping(draggingIndex)
  // A new key function makes the virtualizer place every card again, so it changes only with the cards.
  const getItemKey = useCallback((index: number) => interviews[index]!.id, [interviews])
  const measure = useMemo(() => measureCard(cardHeights), [cardHeights])
  const virtualizer = useVirtualizer({
    count: showCards ? interviews.length : 0,
    getScrollElement: () => scrollRef.current,
    // An estimate: each card is measured once rendered, since its height follows its text (font, zoom, names).
    estimateSize: (index) => cardEstimate(cardHeights, interviews[index]?.id),
    measureElement: measure,
    getItemKey,
    overscan: opening ? 0 : OVERSCAN,
    gap: CARD_GAP,
    paddingStart: 4,
    paddingEnd: 10,
    rangeExtractor,
    // Render the first screen in the first pass, before the column has been measured.
    initialRect: { width: 264, height: typeof window === 'undefined' ? 800 : window.innerHeight },
    observeElementRect: observeRectAfterLayout,
  })

  useEffect(() => {
    const element = scrollRef.current
    if (!element) return
    return combine(
      dropTargetForElements({
        element,
        canDrop: ({ source }) => isCardDrag(source.data),
        getData: () => columnDropData(column),
        onDragEnter: () => setIsOver(true),
        onDrag: ({ location, self }) => setDropAtEnd(location.current.dropTargets[0]?.element === self.element),
        onDragLeave: () => {
          setIsOver(false)
          setDropAtEnd(false)
        },
        onDrop: () => {
          setIsOver(false)
          setDropAtEnd(false)
        },
      }),
      autoScrollForElements({ element, canScroll: ({ source }) => isCardDrag(source.data) }),
    )
  }, [column])

  // Scroll a card asked for (a keyboard move, a new interview) into view, then focus it once it renders.
  useLayoutEffect(() => {
    if (!focusId || !focusPending(focusSeq)) return
    const index = interviews.findIndex((interview) => interview.id === focusId)
    if (index < 0) return
    // Scrolling makes the browser lay the page out there and then, so only a card out of view is scrolled to.
    if (!isInView(virtualizer, index)) virtualizer.scrollToIndex(index, { align: 'auto' })
    let frame = 0
    let tries = 0
    const focusWhenRendered = () => {
      const card = document.getElementById(cardId(focusId))
      if (card) {
        // Focus that scrolls reads the layout at once, in the middle of the commit; the card is brought
        // into view (a column scrolled off to the side) by the next frame's own layout instead.
        card.focus({ preventScroll: true })
        onFocused(focusSeq)
        requestAnimationFrame(() => card.scrollIntoView({ block: 'nearest', inline: 'nearest' }))
      } else if (tries++ < 20) frame = requestAnimationFrame(focusWhenRendered)
    }
    focusWhenRendered()
    return () => cancelAnimationFrame(frame)
  }, [focusId, focusSeq, focusPending, interviews, virtualizer, onFocused])

  const count = total === interviews.length ? `${interviews.length}` : `${interviews.length} of ${total}`
  const items = virtualizer.getVirtualItems()
  const selectedRendered = tabStop === 'selected' && items.some((item) => interviews[item.index]?.id === selectedId)
  const tabStopId = tabStop && !selectedRendered ? interviews[items[0]?.index ?? -1]?.id : selectedId
  return (
    <section
      className="board-column"
      aria-labelledby={headingId}
      aria-busy={!showCards || undefined}
      data-kind={kind}
      data-drop-over={isOver || undefined}
    >
      <header className="board-column-header">
        <h2 id={headingId} className="board-column-title">
          {label}
        </h2>
        <span className="badge" aria-label={countLabel(interviews.length, 'interview')}>
          {count}
        </span>
      </header>
      <div ref={scrollRef} className="card-scroll" data-drop-end={dropAtEnd || undefined}>
        {interviews.length === 0 ? (
          filtering ? null : (
            <p className="board-column-empty">
              {kind === 'archive' ? 'Drop a card here to archive it' : 'Nothing here yet'}
            </p>
          )
        ) : (
          <ul className="card-list" style={{ height: virtualizer.getTotalSize() }}>
            {items.map((item) => {
              const interview = interviews[item.index]!
              return (
                <li
                  key={item.key}
                  ref={virtualizer.measureElement}
                  data-index={item.index}
                  aria-setsize={interviews.length}
                  aria-posinset={item.index + 1}
                  className="card-slot"
                  // A transform, not \`top\`: moving a card then repaints nothing, it only shifts what was painted.
                  style={{ transform: `translateY(${item.start}px)` }}
                >
                  <InterviewCard
                    interview={interview}
                    now={now}
                    canDrag={kind !== 'archive'}
                    isSample={sampleIds.has(interview.id)}
                    cancelled={cancelledIds.has(interview.id)}
                    selected={interview.id === selectedId}
                    tabStop={tabStop !== null && interview.id === tabStopId}
                    handlers={handlers}
                  />
                </li>
              )
            })}
          </ul>
        )}
      </div>
    </section>
  )
})
