import type { FollowUpTask, Interview } from '../domain/interview'
import { isAskedIfDone } from '../workflow/progress'
import { isCall } from '../workflow/task-kinds'
import { effectiveDue, leadsBeforeDue } from '../workflow/task-state'
import { instantToWallTime, wallTimeToInstant } from '../workflow/time-zone'
import { addCalendarDays, dayOf, parseWall, type WallDateTime } from '../workflow/wall-time'
import type { DueCounts, FollowUpItem, FollowUpList } from './contract'

/**
 * "Open follow-ups, soonest first", written once: the host's open-task index (electron/host/follow-ups)
 * answers Today, the status bar, the tray and the reminders with it, and a window patches the list it
 * shows with the records a change event carries (renderer/today/followUpsModel.ts).
 */

/** An open follow-up of an interview on the board, with when it asks for attention as wall time and instant. */
export interface OpenFollowUp {
  readonly interview: Interview
  readonly task: FollowUpTask
  /** Its snooze or due time, on the interview's clock. */
  readonly due: WallDateTime
  readonly dueMs: number
  /** Its place among the interview's follow-ups: ties in time keep the order its card and tab show. */
  readonly position: number
}

/**
 * Wall times to instants, fast: within a day whose offset does not change (all but two a year in zones
 * with summer time) an instant is the wall time less that day's offset. wallTimeToInstant asks the zone
 * database six times (~25 µs); at 50,000 interviews with a handful of open tasks each that was seconds.
 */
export class WallInstants {
  /** By "zone day": the day's offset in ms, or null for a day on which the offset changes. */
  private readonly dayOffsets = new Map<string, number | null>()

  instant(wall: WallDateTime, timeZone: string): number {
    const day = dayOf(wall)
    const key = `${timeZone} ${day}`
    let offset = this.dayOffsets.get(key)
    if (offset === undefined) {
      const first = wallMs(`${day}T00:00`) - wallTimeToInstant(`${day}T00:00`, timeZone).getTime()
      const last = wallMs(`${day}T23:59`) - wallTimeToInstant(`${day}T23:59`, timeZone).getTime()
      offset = first === last ? first : null
      this.dayOffsets.set(key, offset)
    }
    return offset === null ? wallTimeToInstant(wall, timeZone).getTime() : wallMs(wall) - offset
  }
}

/** The wall time's clock reading in ms, as if the wall clock were UTC. */
function wallMs(wall: WallDateTime): number {
  const { year, month, day, hour, minute, second } = parseWall(wall)
  return Date.UTC(year, month - 1, day, hour, minute, second)
}

/** The open follow-ups of one interview, none for an archived one. */
export function openFollowUpsOf(interview: Interview, instants: WallInstants): OpenFollowUp[] {
  if (interview.archived) return []
  const open: OpenFollowUp[] = []
  interview.tasks.forEach((task, position) => {
    if (task.status !== 'open') return
    const due = effectiveDue(task)
    open.push({ interview, task, due, dueMs: instants.instant(due, interview.timeZone), position })
  })
  return open
}

/** Soonest first; ties in a fixed order, so a list patched in a window matches the host's. */
export function compareOpenFollowUps(a: OpenFollowUp, b: OpenFollowUp): number {
  return (
    a.dueMs - b.dueMs ||
    (a.interview.id < b.interview.id ? -1 : a.interview.id > b.interview.id ? 1 : 0) ||
    a.position - b.position
  )
}

/** compareOpenFollowUps for the items of a list. */
function compareItems(a: FollowUpItem, b: FollowUpItem): number {
  return (
    Date.parse(a.dueAt) - Date.parse(b.dueAt) ||
    (a.interviewId < b.interviewId ? -1 : a.interviewId > b.interviewId ? 1 : 0) ||
    a.position - b.position
  )
}

export function followUpItem({ interview, task, dueMs, position }: OpenFollowUp): FollowUpItem {
  return {
    interviewId: interview.id,
    company: interview.company,
    role: interview.role,
    stage: interview.stage,
    timeZone: interview.timeZone,
    task,
    dueAt: new Date(dueMs).toISOString(),
    position,
    ...(isAskedIfDone(interview, task) && { askedIfDone: true }),
    ...(isCall(task, interview.decision) && { call: true }),
  }
}

/** A row of Today: one follow-up, or all those an interview entered after it happened asks about. */
export type TodayEntry =
  { kind: 'follow-up'; item: FollowUpItem } | { kind: 'asked-if-done'; interviewId: string; items: FollowUpItem[] }

/**
 * Today's rows from its items, in their order. An interview entered after it happened arrives with
 * several follow-ups already overdue, which the user may well have done: rather than a row for each,
 * they are one row, where the first of them stood, that asks which are done. A single one stays a row
 * of its own, which its Done button answers.
 */
export function todayEntries(items: readonly FollowUpItem[]): TodayEntry[] {
  const asked = new Map<string, FollowUpItem[]>()
  for (const item of items) {
    if (!item.askedIfDone) continue
    const group = asked.get(item.interviewId)
    if (group) group.push(item)
    else asked.set(item.interviewId, [item])
  }
  const entries: TodayEntry[] = []
  for (const item of items) {
    const group = item.askedIfDone ? asked.get(item.interviewId) : undefined
    if (!group || group.length < 2) entries.push({ kind: 'follow-up', item })
    else if (group[0] === item) entries.push({ kind: 'asked-if-done', interviewId: item.interviewId, items: group })
  }
  return entries
}

/**
 * Whether a follow-up is due by the end of the user's today: before midnight on their own clock, the
 * machine's, which the host and its windows share (local-first), as a card's "today 09:00" and the
 * board's "Needs action" count it. (Counted on each interview's clock, a follow-up snoozed to 09:00
 * Berlin, 03:00 in New York, left Today until New York's midnight had passed.)
 */
export class TodayOnUserClock {
  readonly nowMs: number
  /** When tomorrow begins on the user's clock. */
  readonly endMs: number

  constructor(readonly now: Date) {
    this.nowMs = now.getTime()
    const userZone = Intl.DateTimeFormat().resolvedOptions().timeZone
    const tomorrow = addCalendarDays(dayOf(instantToWallTime(now, userZone)), 1)
    this.endMs = wallTimeToInstant(`${tomorrow}T00:00`, userZone).getTime()
  }

  includes(open: Pick<OpenFollowUp, 'dueMs'>): boolean {
    return open.dueMs < this.endMs
  }
}

/**
 * The first `limit` replies due after today that lead already (leadsBeforeDue: FollowUpList.replies),
 * from open follow-ups in compareOpenFollowUps order: the walk stops at the limit. The host's index
 * passes only its outcome steps; a list walks them all.
 */
export function repliesAhead(sorted: Iterable<OpenFollowUp>, today: TodayOnUserClock, limit: number): FollowUpItem[] {
  const replies: FollowUpItem[] = []
  for (const open of sorted) {
    if (replies.length === limit) break
    if (today.includes(open)) continue
    if (leadsBeforeDue(open.task, instantToWallTime(today.now, open.interview.timeZone)))
      replies.push(followUpItem(open))
  }
  return replies
}

/**
 * Today's list from open follow-ups in compareOpenFollowUps order: what is due by the end of the user's
 * today, the first one after, and the replies that lead already. The host's index keeps those replies
 * apart (open-tasks.ts); this walks them all, as the reference it is checked against.
 */
export function followUpListOf(sorted: Iterable<OpenFollowUp>, now: Date, limit: number): FollowUpList {
  const today = new TodayOnUserClock(now)
  const all = [...sorted]
  const items: FollowUpItem[] = []
  let total = 0
  let dueNow = 0
  let next: OpenFollowUp | undefined
  for (const open of all) {
    if (!today.includes(open)) {
      next = open
      break
    }
    total++
    if (open.dueMs <= today.nowMs) dueNow++
    if (items.length < limit) items.push(followUpItem(open))
  }
  const replies = repliesAhead(all, today, limit)
  return { asOf: now.toISOString(), items, total, dueNow, next: next ? followUpItem(next) : null, replies }
}

/** What a change event tells about the follow-ups: the interviews it touched, those still there, and the host's counts. */
export interface FollowUpChange {
  ids: readonly string[]
  interviews: readonly Interview[]
  counts?: DueCounts
}

/**
 * The list a window shows, after a change: the touched interviews' rows replaced, "next" worked out
 * again, the counts the host sent (or, for a list that holds every row, counted here). A list cut at
 * its limit stays the first rows of the whole: a new row after its last kept one waits for the next
 * fetch, as rows past the limit are not known here. Null when only the host can tell: nothing of a cut
 * list is left, or the next one changed and nothing changed comes before the old one.
 */
export function patchFollowUpList(
  list: FollowUpList,
  { ids, interviews, counts }: FollowUpChange,
  now: Date,
  limit: number,
): FollowUpList | null {
  const cut = list.total > list.items.length
  const touched = new Set(ids)
  const instants = new WallInstants()
  const today = new TodayOnUserClock(now)
  const fresh = interviews
    .filter((interview) => touched.has(interview.id))
    .flatMap((interview) => openFollowUpsOf(interview, instants))
  const kept = list.items.filter((item) => !touched.has(item.interviewId))
  const lastKept = kept.at(-1)
  if (cut && !lastKept) return null
  const dueToday = [...kept, ...fresh.filter((open) => today.includes(open)).map(followUpItem)]
    .sort(compareItems)
    .filter((item) => !cut || compareItems(item, lastKept!) <= 0)
  const firstLater = fresh.filter((open) => !today.includes(open)).sort(compareOpenFollowUps)[0]

  let next = list.next
  const nextMs = next ? Date.parse(next.dueAt) : Infinity
  if (next && touched.has(next.interviewId)) {
    if (!firstLater || firstLater.dueMs > nextMs) return null
    next = followUpItem(firstLater)
  } else if (firstLater && firstLater.dueMs < nextMs) next = followUpItem(firstLater)

  const replies = [
    ...list.replies.filter((item) => !touched.has(item.interviewId)),
    ...repliesAhead([...fresh].sort(compareOpenFollowUps), today, limit),
  ]
    .sort(compareItems)
    .slice(0, limit)

  const counted: DueCounts = cut
    ? (counts ?? { asOf: list.asOf, total: list.total, dueNow: list.dueNow })
    : {
        asOf: now.toISOString(),
        total: dueToday.length,
        dueNow: dueToday.filter((item) => Date.parse(item.dueAt) <= today.nowMs).length,
      }
  return { ...counted, items: dueToday.slice(0, limit), next, replies }
}
