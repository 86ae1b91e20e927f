import { endOfDay } from 'date-fns'
import type { Interview } from '../../shared/domain/interview'
import { effectiveDue, instantToWallTime, type WallDateTime } from '../../shared/workflow'

/** The board's filters: text over company, role and the names of the people met; "needs action". */
export interface BoardFilter {
  query: string
  needsAction: boolean
}

export const NO_FILTER: BoardFilter = { query: '', needsAction: false }

export function isFiltering(filter: BoardFilter): boolean {
  return filter.query.trim() !== '' || filter.needsAction
}

export function matchesQuery(interview: Interview, query: string): boolean {
  if (!query) return true
  const has = (text: string) => text.toLocaleLowerCase().includes(query)
  return (
    has(interview.company) ||
    has(interview.role) ||
    interview.interviewers.some((person) => has(person.name)) ||
    interview.arrangers.some((person) => has(person.name))
  )
}

/**
 * The end of the user's today, as a wall-clock time in each interview's zone, worked out once per
 * zone: comparing stored wall times with it is a string comparison, fast enough for 10,000 cards.
 */
export function endOfTodayIn(now: Date): (timeZone: string) => WallDateTime {
  const end = endOfDay(now)
  const byZone = new Map<string, WallDateTime>()
  return (timeZone) => {
    let limit = byZone.get(timeZone)
    if (limit === undefined) {
      try {
        limit = instantToWallTime(end, timeZone)
      } catch {
        limit = instantToWallTime(end, Intl.DateTimeFormat().resolvedOptions().timeZone)
      }
      byZone.set(timeZone, limit)
    }
    return limit
  }
}

/** An open follow-up is overdue or due before the user's day is over. */
export function needsAction(interview: Interview, endOfToday: (timeZone: string) => WallDateTime): boolean {
  const open = interview.tasks.filter((task) => task.status === 'open')
  if (open.length === 0) return false
  const limit = endOfToday(interview.timeZone)
  return open.some((task) => effectiveDue(task).slice(0, 16) <= limit)
}

export function applyFilter(interviews: readonly Interview[], filter: BoardFilter, now: Date): readonly Interview[] {
  if (!isFiltering(filter)) return interviews
  const query = filter.query.trim().toLocaleLowerCase()
  const endOfToday = endOfTodayIn(now)
  return interviews.filter(
    (interview) => matchesQuery(interview, query) && (!filter.needsAction || needsAction(interview, endOfToday)),
  )
}
