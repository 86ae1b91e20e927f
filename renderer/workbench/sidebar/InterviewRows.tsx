import { useVirtualizer, type VirtualItem } from '@tanstack/react-virtual'
import { memo, useCallback, useMemo, useState, type FocusEvent, type KeyboardEvent, type RefObject } from 'react'
import type { Interview } from '../../../shared/domain/interview'
import type { StageId } from '../../../shared/domain/stages'
import { interviewTabKey } from '../../services/workbenchModel'
import { focusWhenShown } from '../../ui/focusWhenShown'
import { Icon } from '../../ui/Icon'
import { useMinuteClock } from '../../ui/useMinuteClock'
import { useRangeKeeping } from '../../ui/useRangeKeeping'
import { isUpcoming } from '../../../shared/workflow/due-times'
import { observeRectAfterLayout } from '../../ui/virtualListLayout'
import { sidebarRows, SHOWN_AT_FIRST, type SidebarRow, type StageRow } from './sidebarRows'

/** Rows rendered past each end of the view, so a scroll shows names, not gaps, before React catches up. */
const OVERSCAN = 8

/** A row's element id, by its key: what the keyboard walks by and is put on. */
const ROW_ID_PREFIX = 'sidebar-row-'
const rowId = (key: string) => ROW_ID_PREFIX + key
const rowKeyOf = (element: EventTarget): string | null =>
  element instanceof HTMLElement && element.id.startsWith(ROW_ID_PREFIX) ? element.id.slice(ROW_ID_PREFIX.length) : null

/** Where a row sits: the list places each one itself, as the board's columns do. */
const placed = (start: number) => ({ transform: `translateY(${start}px)` })

interface InterviewRowsProps {
  groups: ReadonlyMap<StageId, readonly Interview[]>
  activeKey: string | null
  /** Opens the interview, as a preview tab unless `keep` (a double click). */
  onOpen: (id: string, options?: { keep?: boolean }) => void
  /** The side bar's scrolling content, which holds the list. */
  scrollRef: RefObject<HTMLDivElement | null>
}

interface EntryProps {
  interview: Interview
  position: number
  setSize: number
  start: number
  active: boolean
  /** Still to come, as its card's "Upcoming" says: without it, next week's interview read as held (a walkthrough). */
  upcoming: boolean
  /** Opens the interview, as a preview tab unless `keep` (a double click). */
  onOpen: (id: string, options?: { keep?: boolean }) => void
}

/** One interview of a stage; a change renders only the entries it moves, not every one in view. */
const Entry = memo(function Entry({ interview, position, setSize, start, active, upcoming, onOpen }: EntryProps) {
  return (
    <li className="sidebar-row" aria-posinset={position} aria-setsize={setSize} style={placed(start)}>
      <button
        type="button"
        className="sidebar-item"
        id={rowId(interview.id)}
        aria-current={active ? 'true' : undefined}
        onClick={() => onOpen(interview.id)}
        onDoubleClick={() => onOpen(interview.id, { keep: true })}
      >
        <span className="sidebar-item-company">{interview.company}</span>
        <span className="sidebar-item-role">
          {/* Two rounds of one process read the same without it (a walkthrough). The round comes first, as
              the role is cut off first, and as Today's Upcoming says it. */}
          {interview.round > 1 ? `Round ${interview.round} · ${interview.role}` : interview.role}
        </span>
        {/* A tag of its own at the row's end: in the role's text, the side bar's width cut it off. */}
        {upcoming && <span className="sidebar-item-upcoming">Upcoming</span>}
      </button>
    </li>
  )
})

/** The stretch of rendered rows that belong to one stage. */
interface Segment {
  stage: StageId
  heading: VirtualItem | null
  entries: VirtualItem[]
}

function segmentsOf(items: readonly VirtualItem[], rows: readonly SidebarRow[]): Segment[] {
  const segments: Segment[] = []
  for (const item of items) {
    const row = rows[item.index]!
    let segment = segments.at(-1)
    if (segment?.stage !== row.stage) {
      segment = { stage: row.stage, heading: null, entries: [] }
      segments.push(segment)
    }
    if (row.kind === 'stage') segment.heading = item
    else segment.entries.push(item)
  }
  return segments
}

/**
 * Every interview by stage, as a virtualised list: of the hundreds of names a stage may list, only the
 * few in view are in the page. 50 names a stage put 1,700 elements in the side bar, and every move on
 * the board laid them out and painted them again: at 10,000 interviews a keyboard move's frame took
 * 9.9 ms from its animation frame to the next task, 4.6 with the side bar hidden (probe movecss).
 * Up and Down (Home, End) walk the rows, as in VS Code's lists; the row that holds the keyboard stays
 * rendered while it is scrolled out of view.
 */
export const InterviewRows = memo(function InterviewRows({ groups, activeKey, onOpen, scrollRef }: InterviewRowsProps) {
  const now = useMinuteClock()
  const [folded, setFolded] = useState<ReadonlySet<StageId>>(new Set())
  const [showingAll, setShowingAll] = useState<ReadonlySet<StageId>>(new Set())
  const [focusedKey, setFocusedKey] = useState<string | null>(null)
  const rows = useMemo(() => sidebarRows(groups, folded, showingAll), [groups, folded, showingAll])

  const focusedIndex = focusedKey === null ? -1 : rows.findIndex((row) => row.key === focusedKey)
  const rangeExtractor = useRangeKeeping(focusedIndex)
  const estimateSize = useCallback((index: number) => rows[index]!.size, [rows])
  const getItemKey = useCallback((index: number) => rows[index]!.key, [rows])
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    getItemKey,
    overscan: OVERSCAN,
    rangeExtractor,
    // Render the first screen in the first pass, before the side bar has been measured.
    initialRect: { width: 272, height: typeof window === 'undefined' ? 800 : window.innerHeight },
    observeElementRect: observeRectAfterLayout,
  })

  /** Brings a row into view and gives it the keyboard once it is rendered. */
  const focusRow = (key: string, index: number) => {
    setFocusedKey(key)
    virtualizer.scrollToIndex(index, { align: 'auto' })
    focusWhenShown(rowId(key))
  }

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const key = rowKeyOf(event.target)
    if (key === null || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return
    const index = rows.findIndex((row) => row.key === key)
    const next = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: rows.length - 1 }[event.key]
    if (next === undefined) return
    event.preventDefault()
    const row = rows[next]
    if (row) focusRow(row.key, next)
  }
  const onFocus = (event: FocusEvent<HTMLDivElement>) => setFocusedKey(rowKeyOf(event.target))
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget)) setFocusedKey(null)
  }

  const toggle = (row: StageRow) =>
    setFolded((before) => {
      const after = new Set(before)
      if (!after.delete(row.stage)) after.add(row.stage)
      return after
    })
  const showAll = (stage: StageId, index: number) => {
    setShowingAll((before) => new Set(before).add(stage))
    // The keyboard goes on to the first name the button brought, which takes the button's place.
    const first = groups.get(stage)?.[SHOWN_AT_FIRST]
    if (first) focusRow(first.id, index)
  }

  const segments = segmentsOf(virtualizer.getVirtualItems(), rows)
  return (
    <div
      className="sidebar-rows"
      style={{ height: virtualizer.getTotalSize() }}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
      onBlur={onBlur}
    >
      {segments.map(({ stage, heading, entries }) => {
        const stageRow = heading && (rows[heading.index] as StageRow)
        return (
          <div key={stage} className="stage-group">
            {heading && stageRow && (
              <button
                type="button"
                className="sidebar-row stage-group-toggle"
                id={rowId(stageRow.key)}
                aria-expanded={stageRow.expanded}
                style={placed(heading.start)}
                onClick={() => toggle(stageRow)}
              >
                <Icon name={stageRow.expanded ? 'chevron-down' : 'chevron-right'} />
                <span className="stage-group-label">{stageRow.label}</span>
                <span className="badge">{stageRow.count}</span>
              </button>
            )}
            {entries.length > 0 && (
              <ul className="stage-group-items">
                {entries.map((item) => {
                  const row = rows[item.index]!
                  if (row.kind === 'interview') {
                    return (
                      <Entry
                        key={row.key}
                        interview={row.interview}
                        position={row.position}
                        setSize={row.setSize}
                        start={item.start}
                        active={activeKey === interviewTabKey(row.interview.id)}
                        upcoming={isUpcoming(row.interview, now)}
                        onOpen={onOpen}
                      />
                    )
                  }
                  if (row.kind !== 'more') return null
                  return (
                    <li
                      key={row.key}
                      className="sidebar-row"
                      aria-posinset={row.position}
                      aria-setsize={row.setSize}
                      style={placed(item.start)}
                    >
                      <button
                        type="button"
                        className="link-button sidebar-show-all"
                        id={rowId(row.key)}
                        onClick={() => showAll(stage, item.index)}
                      >
                        Show all {row.count}
                      </button>
                    </li>
                  )
                })}
              </ul>
            )}
          </div>
        )
      })}
    </div>
  )
})
