import type { FollowUpItem, FollowUpList } from '../../shared/api/contract'
import { describeDue } from '../format/dueLabel'
import { zonedInstantIfOther } from '../format/zonedTimes'

export interface TodayRow {
  item: FollowUpItem
  /**
   * Relative to when the list was made, on the user's clock, and on the interview's where it differs:
   * "3 days overdue", "today 17:00 (Tue, 3 Dec, 02:00 in Sydney)".
   */
  when: string
  dueNow: boolean
}

export interface TodayGroups {
  /** Due already, the longest overdue first. */
  dueNow: TodayRow[]
  /** Due later today, the soonest first. */
  later: TodayRow[]
}

/** Splits the host's list (earliest first) at the moment it was made. */
export function groupFollowUps(list: FollowUpList): TodayGroups {
  const asOf = new Date(list.asOf)
  const groups: TodayGroups = { dueNow: [], later: [] }
  for (const item of list.items) {
    const due = new Date(item.dueAt)
    const dueNow = due.getTime() <= asOf.getTime()
    const theirs = zonedInstantIfOther(due, item.timeZone)
    const relative = describeDue(due, asOf).text
    const row = { item, when: theirs ? `${relative} (${theirs})` : relative, dueNow }
    ;(dueNow ? groups.dueNow : groups.later).push(row)
  }
  return groups
}

const dateTime = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: 'numeric',
  minute: '2-digit',
})

/** What the empty Today view says about the next follow-up, e.g. "… for Acme, due in 3 days (Thu, 13 Mar, 09:00)." */
export function nextFollowUpText(list: FollowUpList): string {
  const { next } = list
  if (!next) return 'No follow-ups are planned.'
  const due = new Date(next.dueAt)
  const { text } = describeDue(due, new Date(list.asOf))
  // "tomorrow 09:00" says when already; "in 12 days" needs the date.
  const when = text.startsWith('in ') ? `${text} (${dateTime.format(due)})` : text
  return `The next one is “${next.task.title}” for ${next.company}, due ${when}.`
}

/** "2 follow-ups due", for the status bar and the badge's accessible name. */
export function dueCountText(count: number): string {
  return `${count} ${count === 1 ? 'follow-up' : 'follow-ups'} due`
}
