import './today.css'
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import type { FollowUpItem } from '../../shared/api/contract'
import type { Interview, TaskAction } from '../../shared/domain/interview'
import { DEFAULT_PREFERENCES } from '../../shared/domain/settings'
import type { WallDateTime } from '../../shared/workflow/wall-time'
import { UpcomingInterviews } from '../calendar/UpcomingInterviews'
import { doneText } from '../format/doneText'
import { zonedWall } from '../format/zonedTimes'
import { openTodayRow } from './openTodayRow'
import { messageOf } from '../services/dataStore'
import { changeLeaving, undoOffer } from '../services/history'
import { useServices, useStoreValue } from '../services/services'
import { FollowUpRow } from './FollowUpRow'
import { AskedIfDoneRow } from './AskedIfDoneRow'
import { followUpsIn, groupFollowUps, nextFollowUpText, type TodayRow } from './todayGroups'
import { TODAY_VIEW_ID } from './todayViewId'
import { useFollowUps } from './useFollowUps'

/**
 * What the toast says an action did to a row. A snooze says until when: to a time later today the row
 * moves there, but to a later day it leaves Today, and went without a word.
 */
function actionDone(action: TaskAction, item: FollowUpItem, changed: Interview, until?: WallDateTime): string | null {
  const { task, company } = item
  if (action === 'done') return doneText(task, changed, company)
  if (action === 'dismiss') return `Skipped “${task.title}” for ${company}.`
  if (action === 'snooze' && until)
    return `Snoozed “${task.title}” for ${company} until ${zonedWall(until, item.timeZone, { theirClock: item.call === true })}.`
  return null
}

interface Failure {
  taskId: string
  message: string
}

function todayRowsIn(view: HTMLElement): HTMLElement[] {
  return [...view.querySelectorAll<HTMLElement>('[data-today-row]')]
}

/** ↑ and ↓ (Home and End) go from row to row, as in a list; Tab goes on to a row's own buttons. */
function moveBetweenRows(event: KeyboardEvent<HTMLElement>): void {
  const target = event.target as HTMLElement
  if (!target.hasAttribute('data-today-row') || event.altKey || event.ctrlKey || event.metaKey) return
  const rows = todayRowsIn(event.currentTarget)
  const index = rows.indexOf(target)
  const to: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: rows.length - 1 }
  const row = event.key in to ? rows[to[event.key]!] : undefined
  if (!row) return
  event.preventDefault()
  row.focus()
}

/** The side bar's Today view: every follow-up due today across all interviews, the overdue ones first. */
export function TodayView() {
  const services = useServices()
  const { client, data, workbench, notifications } = services
  const preferences = useStoreValue(data, (state) => state.preferences)
  const { list, error, model } = useFollowUps()
  const [busyId, setBusyId] = useState<string | null>(null)
  const [failure, setFailure] = useState<Failure | null>(null)
  const viewRef = useRef<HTMLElement>(null)
  /** The place in the list of a row just acted on: focus stays there when the row goes. */
  const focusIndex = useRef<number | null>(null)
  const groups = useMemo(() => (list ? groupFollowUps(list) : null), [list])
  const { workingHours, businessDays } = preferences ?? DEFAULT_PREFERENCES
  const workdayStart = workingHours.start

  useEffect(() => {
    const index = focusIndex.current
    if (index === null || busyId !== null) return
    focusIndex.current = null
    const rows = viewRef.current ? todayRowsIn(viewRef.current) : []
    ;(rows[Math.min(index, rows.length - 1)] ?? viewRef.current)?.focus()
  }, [groups, busyId])

  const act = async (row: TodayRow, index: number, action: TaskAction, until?: WallDateTime) => {
    const { interviewId, task } = row.item
    setFailure(null)
    setBusyId(task.id)
    focusIndex.current = index
    try {
      const changed = await client.updateTask({ interviewId, taskId: task.id, action, until })
      data.applyChanged(changed)
      // Awaited: where the list cannot tell without asking the host (a reply not due yet, under "Reply now"),
      // the row went only after the keyboard was put back on it, and the keyboard fell to the editor's tab.
      await model.applyChanged({ ids: [changed.id], interviews: [changed] })
      // The row goes at once: say what became of it, and offer it back, as Ctrl+Z would.
      const said = actionDone(action, row.item, changed, until)
      if (said) notifications.done(said, undoOffer(services, changeLeaving(changed, interviewId)))
    } catch (caught) {
      focusIndex.current = null
      setFailure({ taskId: task.id, message: messageOf(caught) })
    } finally {
      setBusyId(null)
    }
  }

  const section = (title: string, rows: TodayRow[], offset: number) =>
    rows.length > 0 && (
      <section className="today-group" aria-label={title}>
        <h3 className="today-group-title">
          {title} <span className="badge">{followUpsIn(rows)}</span>
        </h3>
        <ul className="today-list">
          {rows.map((row, index) =>
            row.askedIfDone ? (
              <AskedIfDoneRow
                key={`asked-${row.item.interviewId}`}
                row={row}
                items={row.askedIfDone}
                // Opens on the question, with the interview's own next follow-up shown below it (not this group's first).
                onOpen={() => openTodayRow(workbench, row)}
              />
            ) : (
              <FollowUpRow
                key={row.item.task.id}
                row={row}
                workdayStart={workdayStart}
                businessDays={businessDays}
                busy={busyId === row.item.task.id}
                error={failure?.taskId === row.item.task.id ? failure.message : null}
                onOpen={() => openTodayRow(workbench, row)}
                onAction={(action, until) => void act(row, offset + index, action, until)}
              />
            ),
          )}
        </ul>
      </section>
    )

  return (
    <aside
      id={TODAY_VIEW_ID}
      ref={viewRef}
      className="sidebar holds-keyboard"
      aria-label="Today"
      tabIndex={-1}
      onFocus={(event) => {
        // Shown with Ctrl+Shift+D, the keyboard goes on to the first row: on the view as a whole, the arrow
        // keys did nothing and a Tab was needed first (a walkthrough).
        if (event.target === event.currentTarget) todayRowsIn(event.currentTarget)[0]?.focus()
      }}
      onKeyDown={(event) => moveBetweenRows(event)}
    >
      <header className="sidebar-header">
        <h2 className="sidebar-title">Today</h2>
      </header>
      <div className="sidebar-content">
        {error && (
          <p className="sidebar-message" role="alert">
            Could not load the follow-ups: {error}
          </p>
        )}
        {!list && !error && <p className="sidebar-message">Loading follow-ups…</p>}
        {list && groups && (
          <>
            {groups.replyNow.length + groups.dueNow.length === 0 && (
              <div className="sidebar-message today-empty" role="status">
                <p>{groups.later.length === 0 ? 'Nothing is due today.' : 'Nothing is due right now.'}</p>
                {groups.later.length === 0 && <p>{nextFollowUpText(list)}</p>}
              </div>
            )}
            {section('Reply now', groups.replyNow, 0)}
            {section('Due now', groups.dueNow, groups.replyNow.length)}
            {section('Later today', groups.later, groups.replyNow.length + groups.dueNow.length)}
            {list.total > list.items.length && (
              <p className="sidebar-message">
                The {list.items.length} due first are shown; {list.total - list.items.length} more are due today.
              </p>
            )}
          </>
        )}
        {/* After what is due: the next thing to do comes first, the interviews ahead are what to prepare for. */}
        <UpcomingInterviews />
      </div>
    </aside>
  )
}
