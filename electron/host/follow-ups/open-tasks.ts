import {
  compareOpenFollowUps,
  followUpItem,
  openFollowUpsOf,
  TodayByZone,
  WallInstants,
  type OpenFollowUp,
} from '../../../shared/api/follow-up-list'
import type { DueCounts, FollowUpItem, FollowUpList } from '../../../shared/api/contract'
import type { Interview } from '../../../shared/domain/interview'
import { instantToWallTime } from '../../../shared/workflow/time-zone'
import { addCalendarDays, dayOf } from '../../../shared/workflow/wall-time'

/** One follow-up the tray lists, soonest first. */
export interface UpcomingFollowUp {
  interviewId: string
  taskId: string
  title: string
  company: string
  /** When it asks for attention: its snooze or due time, on the interview's clock. */
  due: Date
}

/** Past this many interviews in one change (an import, a restore) the index is rebuilt rather than patched. */
const MOST_PATCHED = 500

/**
 * The open follow-ups of every interview on the board, soonest first: the one answer to "what is due"
 * that the reminder scheduler, Today and the status bar (listFollowUps) and the tray read. Built on the
 * first question, so the host's start does not wait for it; then kept in step by each change (service.ts
 * calls `changed`), each costing about the size of that change.
 *
 * Each zone's follow-ups are also kept apart: "due by the end of today" is "before tomorrow's midnight on
 * that zone's clock", one binary search per zone, so counting what is due costs the same at 50,000
 * interviews as at 50.
 */
export class OpenTaskIndex {
  private readonly instants = new WallInstants()
  private sorted: OpenFollowUp[] | null = null
  private readonly byZone = new Map<string, OpenFollowUp[]>()
  private readonly byInterview = new Map<string, OpenFollowUp[]>()
  private readonly openTaskIds = new Set<string>()
  /** Bumped by every change and rebuild: the reminder scheduler reads only what came due since, while it holds. */
  private revision = 0

  constructor(private readonly interviews: () => Iterable<Interview>) {}

  /** After a change: these interviews' follow-ups replaced by what `current` holds now (none for a deleted one). */
  changed(ids: readonly string[], current: (id: string) => Interview | undefined): void {
    this.revision++
    if (!this.sorted) return
    if (ids.length > MOST_PATCHED) {
      this.sorted = null
      return
    }
    for (const id of new Set(ids)) {
      for (const open of this.byInterview.get(id) ?? []) {
        remove(this.sorted, open)
        remove(this.byZone.get(open.interview.timeZone)!, open)
        this.openTaskIds.delete(open.task.id)
      }
      const interview = current(id)
      const fresh = interview ? openFollowUpsOf(interview, this.instants) : []
      if (fresh.length > 0) this.byInterview.set(id, fresh)
      else this.byInterview.delete(id)
      for (const open of fresh) {
        this.openTaskIds.add(open.task.id)
        insert(this.sorted, open)
        insert(this.zone(open.interview.timeZone), open)
      }
    }
  }

  /** Every open follow-up, soonest first (the reminder scheduler reads its due head; the tray its first few). Read, never change. */
  all(): OpenFollowUp[] {
    if (this.sorted) return this.sorted
    this.byZone.clear()
    this.byInterview.clear()
    this.openTaskIds.clear()
    const sorted: OpenFollowUp[] = []
    for (const interview of this.interviews()) {
      const open = openFollowUpsOf(interview, this.instants)
      if (open.length === 0) continue
      this.byInterview.set(interview.id, open)
      for (const each of open) {
        this.openTaskIds.add(each.task.id)
        sorted.push(each)
        this.zone(each.interview.timeZone).push(each)
      }
    }
    for (const zone of this.byZone.values()) zone.sort(compareOpenFollowUps)
    this.revision++
    this.sorted = sorted.sort(compareOpenFollowUps)
    return this.sorted
  }

  /** all(), as the reminder scheduler reads it (a ReminderSource): it stops at the first not yet due. */
  get soonestFirst(): readonly OpenFollowUp[] {
    return this.all()
  }

  /** Changes with every change to the follow-ups (a ReminderSource's version). */
  get version(): number {
    this.all()
    return this.revision
  }

  /** The open follow-ups due after `ms`, soonest first (found by binary search). */
  *after(ms: number): Iterable<OpenFollowUp> {
    const sorted = this.all()
    for (let index = firstAtOrAfter(sorted, ms + 1); index < sorted.length; index++) yield sorted[index]!
  }

  /** Whether a follow-up is open on an interview on the board. */
  isOpen(taskId: string): boolean {
    this.all()
    return this.openTaskIds.has(taskId)
  }

  /** The first `limit` open follow-ups, soonest first. */
  upcoming(limit: number): UpcomingFollowUp[] {
    return this.all()
      .slice(0, limit)
      .map(({ interview, task, dueMs }) => ({
        interviewId: interview.id,
        taskId: task.id,
        title: task.title,
        company: interview.company,
        due: new Date(dueMs),
      }))
  }

  /** The counts once the index is built (something asked for the follow-ups), else undefined: a change never builds it. */
  countsIfBuilt(now: Date): DueCounts | undefined {
    return this.sorted ? this.counts(now) : undefined
  }

  /** How many are due by the end of today on their own clocks, and how many of those are due now. */
  counts(now: Date): DueCounts {
    const sorted = this.all()
    let total = 0
    for (const [timeZone, zone] of this.byZone) total += firstAtOrAfter(zone, this.tomorrowStarts(timeZone, now))
    return { asOf: now.toISOString(), total, dueNow: firstAtOrAfter(sorted, now.getTime() + 1) }
  }

  /** Today's list (contract.listFollowUps): the first `limit` due by the end of today, the counts, the next one. */
  list(now: Date, limit: number): FollowUpList {
    const sorted = this.all()
    const today = new TodayByZone(now)
    const items: FollowUpItem[] = []
    let latestEnd = 0
    for (const timeZone of this.byZone.keys()) latestEnd = Math.max(latestEnd, this.tomorrowStarts(timeZone, now))
    for (const open of sorted) {
      if (items.length === limit || open.dueMs >= latestEnd) break
      if (today.includes(open)) items.push(followUpItem(open))
    }
    let next: OpenFollowUp | undefined
    for (const [timeZone, zone] of this.byZone) {
      const first = zone[firstAtOrAfter(zone, this.tomorrowStarts(timeZone, now))]
      if (first && (!next || compareOpenFollowUps(first, next) < 0)) next = first
    }
    return { ...this.counts(now), items, next: next ? followUpItem(next) : null }
  }

  private zone(timeZone: string): OpenFollowUp[] {
    let zone = this.byZone.get(timeZone)
    if (!zone) {
      zone = []
      this.byZone.set(timeZone, zone)
    }
    return zone
  }

  /** The instant tomorrow begins on the zone's clock: follow-ups due before it are due today there. */
  private tomorrowStarts(timeZone: string, now: Date): number {
    const tomorrow = addCalendarDays(dayOf(instantToWallTime(now, timeZone)), 1)
    return this.instants.instant(`${tomorrow}T00:00`, timeZone)
  }
}

/** Where `open` is, or would go, in a list in compareOpenFollowUps order (binary search). */
function indexOf(sorted: readonly OpenFollowUp[], open: OpenFollowUp): number {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (compareOpenFollowUps(sorted[middle]!, open) < 0) low = middle + 1
    else high = middle
  }
  return low
}

/** How many in the list are due before `ms`: the index of the first due at or after it. */
function firstAtOrAfter(sorted: readonly OpenFollowUp[], ms: number): number {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (sorted[middle]!.dueMs < ms) low = middle + 1
    else high = middle
  }
  return low
}

function insert(sorted: OpenFollowUp[], open: OpenFollowUp): void {
  sorted.splice(indexOf(sorted, open), 0, open)
}

function remove(sorted: OpenFollowUp[], open: OpenFollowUp): void {
  sorted.splice(indexOf(sorted, open), 1)
}
