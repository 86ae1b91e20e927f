import { combine } from '@atlaskit/pragmatic-drag-and-drop/combine'
import { draggable, dropTargetForElements } from '@atlaskit/pragmatic-drag-and-drop/element/adapter'
import { attachClosestEdge, extractClosestEdge } from '@atlaskit/pragmatic-drag-and-drop-hitbox/closest-edge'
import type { Edge } from '@atlaskit/pragmatic-drag-and-drop-hitbox/types'
import { memo, useEffect, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react'
import type { Interview } from '../../shared/domain/interview'
import { isUpcoming } from '../../shared/workflow/due-times'
import { formatInterviewTime } from '../format/interviewTime'
import { FORMAT_LABELS } from '../interview/formValues'
import { Icon } from '../ui/Icon'
import { swallowSecondClick } from '../ui/repeatClick'
import { CARD_ATTRIBUTE, cardId } from '../ui/cardElement'
import { cardDragData, isCardDrag } from './dragData'
import { followUpSummary } from '../format/dueLabel'

const FORMAT_ICONS: Record<Interview['format'], string> = {
  'in-person': 'organization',
  video: 'device-camera-video',
  phone: 'call-outgoing',
}

const CANCELLED_LABEL = 'Cancelled in your calendar'
const UPCOMING_LABEL = 'Upcoming'
/** Between the follow-up and when it is due: "… who will tell you, and how in 4 days" read as one phrase (a walkthrough). */
const DUE_SEPARATOR = ' · '

export type FocusMove = 'up' | 'down' | 'left' | 'right' | 'first' | 'last'

const FOCUS_KEYS: Record<string, FocusMove> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
  Home: 'first',
  End: 'last',
}

export interface CardHandlers {
  /** Opens the card's interview, as a preview tab (its tab's double click keeps it). */
  /** `keep`: not as a preview tab, which the next interview opened takes the place of (a double click). */
  open(id: string, options?: { keep?: boolean }): void
  select(id: string): void
  focusNeighbour(card: Interview, move: FocusMove): void
  openMenu(id: string, x: number, y: number): void
  dragging(id: string | null): void
}

interface InterviewCardProps {
  interview: Interview
  /** The minute relative due times are worked out for. */
  now: number
  /** Archived cards stay where they are: they come back through "Restore". */
  canDrag: boolean
  /** One of the sample interviews: badged, so it is never taken for the user's own. */
  isSample: boolean
  /** Its calendar event was cancelled or deleted: flagged, while everything the user wrote stays. */
  cancelled: boolean
  /** The card the board's commands act on (focused last): marked, as VS Code marks a list's selection. */
  selected: boolean
  /** The board's one Tab stop: the other cards are reached with the arrow keys. */
  tabStop: boolean
  handlers: CardHandlers
}

/**
 * A card on the board. Its accessible name starts "<Company>, <Role>" so it reads like a list entry,
 * then says the rest of what the card shows. Its height follows its content (the column measures it):
 * company and role take up to two lines each, clamped with an ellipsis, their full text in a tooltip.
 * Drag it, or use the keys in `aria-keyshortcuts`.
 */
export const InterviewCard = memo(function InterviewCard({
  interview,
  now,
  canDrag,
  isSample,
  cancelled,
  selected,
  tabStop,
  handlers,
}: InterviewCardProps) {
  const ref = useRef<HTMLDivElement>(null)
  const [dropEdge, setDropEdge] = useState<Edge | null>(null)
  const [isDragging, setIsDragging] = useState(false)
  const { id, stage } = interview

  useEffect(() => {
    const element = ref.current
    if (!element || !canDrag) return
    return combine(
      draggable({
        element,
        getInitialData: () => cardDragData(id, stage),
        onDragStart: () => {
          setIsDragging(true)
          handlers.dragging(id)
        },
        onDrop: () => {
          setIsDragging(false)
          handlers.dragging(null)
        },
      }),
      dropTargetForElements({
        element,
        canDrop: ({ source }) => isCardDrag(source.data),
        getData: ({ input }) =>
          attachClosestEdge(cardDragData(id, stage), { input, element, allowedEdges: ['top', 'bottom'] }),
        onDrag: ({ self, source }) => setDropEdge(source.data.id === id ? null : extractClosestEdge(self.data)),
        onDragLeave: () => setDropEdge(null),
        onDrop: () => setDropEdge(null),
      }),
    )
  }, [id, stage, canDrag, handlers])

  const time = formatInterviewTime(interview)
  // An interview still to come sits in Interviewed, the first stage, with its preparation steps: the tag
  // says it has not happened yet (a walkthrough read next week's interview as done).
  const upcoming = isUpcoming(interview, new Date(now))
  // An archived interview's follow-ups wait: no reminder, nothing in Today or the counts. Its card says
  // nothing of them either (it kept "⚠ … 10 days overdue · 11 to do" in the archive: a walkthrough).
  const summary = interview.archived ? null : followUpSummary(interview, new Date(now))
  const format = FORMAT_LABELS[interview.format]
  const zone = time.inInterviewZone ? ` (${time.inInterviewZone})` : ''
  // The name is the card's visible text, in the order it is drawn, so what a voice-control user reads
  // on the card is what selects it; company and role come first and in full, even where clamped.
  const name = [
    interview.company,
    interview.role,
    `${time.local}${zone}`,
    upcoming && UPCOMING_LABEL,
    cancelled && CANCELLED_LABEL,
    summary &&
      `${summary.title}${DUE_SEPARATOR}${summary.when}${summary.overdue && !summary.when.includes('overdue') ? ' (overdue)' : ''}`,
    isSample && 'Sample',
    `Round ${interview.round}`,
    format,
    summary && `${summary.openCount} to do`,
  ]
    .filter(Boolean)
    .join(', ')

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const plain = !event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey
    if (plain && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault()
      handlers.open(id)
    } else if (plain && FOCUS_KEYS[event.key]) {
      event.preventDefault()
      handlers.focusNeighbour(interview, FOCUS_KEYS[event.key]!)
    } else if (event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey)) {
      event.preventDefault()
      const box = event.currentTarget.getBoundingClientRect()
      handlers.openMenu(id, box.left + 16, box.top + 24)
    }
  }

  const onContextMenu = (event: MouseEvent<HTMLDivElement>) => {
    event.preventDefault()
    handlers.openMenu(id, event.clientX, event.clientY)
  }

  return (
    <div
      ref={ref}
      id={cardId(id)}
      {...{ [CARD_ATTRIBUTE]: id }}
      role="button"
      tabIndex={tabStop ? 0 : -1}
      className="card"
      data-overdue={summary?.overdue || undefined}
      data-cancelled={cancelled || undefined}
      data-selected={selected || undefined}
      data-dragging={isDragging || undefined}
      data-drop-edge={dropEdge ?? undefined}
      aria-label={name}
      aria-keyshortcuts={canDrag ? 'Alt+ArrowLeft Alt+ArrowRight Alt+ArrowUp Alt+ArrowDown' : undefined}
      onClick={(event) => {
        // A double click keeps the tab, as a double click on a side bar row or a tab does (VS Code's preview).
        if (event.detail === 1) swallowSecondClick(event, () => handlers.open(id, { keep: true }))
        handlers.open(id)
      }}
      onFocus={(event) => {
        handlers.select(id)
        // Tab onto a card at the board's edge: Chromium scrolls only a card wholly out of view.
        event.currentTarget.scrollIntoView({ block: 'nearest', inline: 'nearest' })
      }}
      onKeyDown={onKeyDown}
      onContextMenu={onContextMenu}
    >
      <span className="card-company" title={interview.company}>
        {interview.company}
      </span>
      <span className="card-role" title={interview.role}>
        {interview.role}
      </span>
      <span className="card-when">
        <Icon name="calendar" />
        <span>
          {time.local}
          {time.inInterviewZone && <span className="card-zone">{time.inInterviewZone}</span>}
        </span>
      </span>
      {cancelled && (
        <span
          className="card-cancelled"
          title="The event was cancelled or deleted in your calendar. Your notes and follow-ups are kept."
        >
          <Icon name="circle-slash" />
          {CANCELLED_LABEL}
        </span>
      )}
      {summary && (
        <span className="card-follow-up" title="Next follow-up">
          <Icon name={summary.overdue ? 'warning' : 'bell'} />
          <span>
            <span className="card-follow-up-title">{summary.title}</span>
            <span className="card-due">
              {DUE_SEPARATOR}
              {summary.when}
            </span>
            {summary.overdue && !summary.when.includes('overdue') && <span className="card-due"> (overdue)</span>}
          </span>
        </span>
      )}
      <span className="card-tags">
        {/* No "Overdue" tag: the follow-up line above says it, in red, with its warning icon. */}
        {upcoming && (
          <span className="tag tag-upcoming">
            <Icon name="clock" />
            {UPCOMING_LABEL}
          </span>
        )}
        {isSample && (
          <span
            className="tag tag-sample"
            title="A sample interview: remove the samples from the board's More actions (…)"
          >
            <Icon name="beaker" />
            Sample
          </span>
        )}
        <span className="tag">Round {interview.round}</span>
        <span className="tag">
          <Icon name={FORMAT_ICONS[interview.format]} />
          {format}
        </span>
        {summary && (
          <span className="tag">
            <Icon name="checklist" />
            {summary.openCount} to do
          </span>
        )}
      </span>
    </div>
  )
})
