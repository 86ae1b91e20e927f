import type { FollowUpItem, FollowUpList } from '../../shared/api/contract'
import { todayEntries, type TodayEntry } from '../../shared/api/follow-up-list'
import { leadsBeforeDue, leadsNow } from '../../shared/workflow/task-state'
import { describeDue } from '../format/dueLabel'
import { theirClockIfOther, zonedInstantIfOther, zonedWall } from '../format/zonedTimes'
import { instantToWallTime } from '../../shared/workflow/time-zone'

export interface TodayRow {
  /** The follow-up; for a row of `askedIfDone`, the first of them. */
  item: FollowUpItem
  /**
   * Relative to when the list was made, on the user's clock, and on the interview's where it differs:
   * "3 days overdue", "today 17:00 (Tue, 3 Dec, 02:00 in Sydney)".
   */
  when: string
  dueNow: boolean
  /** An interview entered after it happened: the follow-ups due then, in one row that asks which are done. */
  askedIfDone?: FollowUpItem[]
}

export interface TodayGroups {
  /**
   * An outcome's reply (or thanks) due later today, from the moment the outcome is recorded: above what
   * is due, saying by when (leadsBeforeDue). Its own group, so "Due now" counts what the status bar does.
   */
  replyNow: TodayRow[]
  /**
   * Due already: asking for the result, replying to an offer (leadsWhenDue) first, then the rest; each
   * part the longest overdue first. A walkthrough's returning user found "Call Sam O'Brien to ask about
   * the result" 16th of 17, under days-old business cards.
   */
  dueNow: TodayRow[]
  /** Due later today, the soonest first. */
  later: TodayRow[]
}

/** An outcome's reply (or thanks) not due yet that is wanted now, by its due time (leadsBeforeDue). */
function wantedBeforeDue(entry: TodayEntry, asOf: Date): boolean {
  if (entry.kind !== 'follow-up') return false
  const { item } = entry
  if (new Date(item.dueAt).getTime() <= asOf.getTime()) return false
  return leadsBeforeDue(item.task, instantToWallTime(asOf, item.timeZone))
}

/** Splits the host's list (earliest first) at the moment it was made, into rows (todayEntries). */
export function groupFollowUps(list: FollowUpList): TodayGroups {
  const asOf = new Date(list.asOf)
  const groups: TodayGroups = { replyNow: [], dueNow: [], later: [] }
  /** Rows due now that go first (leadsNow); a row asking which are done is a chore from the past. */
  const leading = new Set<TodayRow>()
  for (const entry of todayEntries([...list.items, ...list.replies])) {
    const item = entry.kind === 'follow-up' ? entry.item : entry.items[0]!
    const due = new Date(item.dueAt)
    const dueNow = due.getTime() <= asOf.getTime()
    const replyNow = wantedBeforeDue(entry, asOf)
    const relative = describeDue(due, asOf).text
    // "today 17:00" says when; "10 days overdue" also needs its day and time (a walkthrough found rows that
    // gave neither, beside rows of another zone that did). Another zone's rows add its clock: "today 07:00
    // (01:00 in New York)", both clocks where the user's time is not said yet.
    const saysTime = /\d\d:\d\d$/.test(relative)
    // A call's only (isCall): "overdue since 07:00 (01:00 in New York)" on the user's own summary (a walkthrough).
    const theirClock = item.call === true
    const at = saysTime
      ? theirClock && theirClockIfOther(due, item.timeZone)
      : zonedWall(instantToWallTime(due, item.timeZone), item.timeZone, { theirClock })
    const when = at ? `${relative} (${at})` : relative
    // A reply by a later day says that day: "by in 3 days" read as nothing.
    const row: TodayRow = { item, when: replyNow ? `by ${saysTime || !at ? when : at}` : when, dueNow }
    if (entry.kind === 'asked-if-done') row.askedIfDone = entry.items
    else if (dueNow && leadsNow(item.task, instantToWallTime(asOf, item.timeZone))) leading.add(row)
    ;(replyNow ? groups.replyNow : dueNow ? groups.dueNow : groups.later).push(row)
  }
  // Sorting is stable: each part keeps the host's order.
  groups.dueNow.sort((a, b) => Number(leading.has(b)) - Number(leading.has(a)))
  return groups
}

/** Today's rows in its order: a reply wanted now, the most overdue follow-up (asking for a result ahead), then those due later today. */
export function todayRows(list: FollowUpList): TodayRow[] {
  const { replyNow, dueNow, later } = groupFollowUps(list)
  return [...replyNow, ...dueNow, ...later]
}

/** A row's identity across refreshes: an interview entered late is one row, its question. */
export function todayRowKey(row: TodayRow): string {
  return `${row.item.interviewId}:${row.askedIfDone ? 'asked' : row.item.task.id}`
}

/** How many follow-ups the rows stand for. */
export function followUpsIn(rows: readonly TodayRow[]): number {
  return rows.reduce((count, row) => count + (row.askedIfDone?.length ?? 1), 0)
}

const dateTime = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

/** What the empty Today view says about the next follow-up, e.g. "… for Acme, due in 3 days (Thu, 13 Mar, 09:00)." */
export function nextFollowUpText(list: FollowUpList): string {
  const { next } = list
  if (!next) return 'No follow-ups are planned.'
  const due = new Date(next.dueAt)
  const { text } = describeDue(due, new Date(list.asOf))
  // "tomorrow 09:00" says when already; "in 12 days" needs the date.
  // On both clocks where the interview's differs: "(Thu 10 Dec, 23:30)" alone hid that it was 17:30 in New York.
  const saysTime = /\d\d:\d\d$/.test(text)
  const other = !next.call
    ? null
    : saysTime
      ? theirClockIfOther(due, next.timeZone)
      : zonedInstantIfOther(due, next.timeZone)
  const when = other ? `${text} (${other})` : text.startsWith('in ') ? `${text} (${dateTime.format(due)})` : text
  // "… “Confirm the next round with Quill Publishing” for Quill Publishing" said the company twice.
  const forCompany = next.task.title.includes(next.company) ? '' : ` for ${next.company}`
  return `The next one is “${next.task.title}”${forCompany}, due ${when}.`
}

/** "2 follow-ups due". */
export function dueCountText(count: number): string {
  return `${count} ${count === 1 ? 'follow-up' : 'follow-ups'} due`
}

/**
 * What the status bar and the Today badge count: the replies under "Reply now" and the follow-ups due,
 * "1 reply to send · 2 follow-ups due". A reply to an offer not due till Monday was under "Reply now"
 * while both said nothing (a walkthrough).
 */
export function attentionOf(list: FollowUpList | null): Attention {
  if (!list) return { count: 0, text: '' }
  const known = attentionByList.get(list)
  if (known) return known
  // Counted without making the rows: the status bar and the activity bar ask on every render, and
  // grouping (formatting each row's due time) took ~10 ms of a card's drop at 10,000 interviews.
  const asOf = new Date(list.asOf)
  const replies = todayEntries([...list.items, ...list.replies]).filter((entry) => wantedBeforeDue(entry, asOf)).length
  const said = [
    replies > 0 ? `${replies} ${replies === 1 ? 'reply' : 'replies'} to send` : '',
    list.dueNow > 0 ? dueCountText(list.dueNow) : '',
  ]
  const attention = { count: replies + list.dueNow, text: said.filter(Boolean).join(' · ') }
  attentionByList.set(list, attention)
  return attention
}

interface Attention {
  count: number
  text: string
}

/** Each list's count, worked out once: both bars show it, and a list is never changed once made. */
const attentionByList = new WeakMap<FollowUpList, Attention>()
