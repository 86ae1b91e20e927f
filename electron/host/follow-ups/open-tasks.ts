import {
  compareOpenFollowUps,
  followUpItem,
  openFollowUpsOf,
  repliesAhead,
  TodayOnUserClock,
  WallInstants,
  type OpenFollowUp,
} from '../../../shared/api/follow-up-list'
import type { DueCounts, FollowUpItem, FollowUpList } from '../../../shared/api/contract'
import type { Interview } from '../../../shared/domain/interview'
import { isWantedBeforeDue } from '../../../shared/workflow/task-kinds'

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
 * "Due by the end of today" is "before midnight on the user's clock": one binary search, so counting
 * what is due costs the same at 50,000 interviews as at 50.
 */
export class OpenTaskIndex {
  private readonly instants = new WallInstants()
  private sorted: OpenFollowUp[] | null = null
  private readonly byInterview = new Map<string, OpenFollowUp[]>()
  private readonly openTaskIds = new Set<string>()
  /** The open steps wanted before they are due (isWantedBeforeDue) in the same order: Today's replies come from them. */
  private wantedBeforeDue: OpenFollowUp[] = []
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
        this.openTaskIds.delete(open.task.id)
        if (isWantedBeforeDue(open.task)) remove(this.wantedBeforeDue, open)
      }
      const interview = current(id)
      const fresh = interview ? openFollowUpsOf(interview, this.instants) : []
      if (fresh.length > 0) this.byInterview.set(id, fresh)
      else this.byInterview.delete(id)
      for (const open of fresh) {
        this.openTaskIds.add(open.task.id)
        if (isWantedBeforeDue(open.task)) insert(this.wantedBeforeDue, open)
        insert(this.sorted, open)
      }
    }
  }

  /** Every open follow-up, soonest first (the reminder scheduler reads its due head; the tray its first few). Read, never change. */
  all(): OpenFollowUp[] {
    if (this.sorted) return this.sorted
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
      }
    }
    this.revision++
    this.sorted = sorted.sort(compareOpenFollowUps)
    this.wantedBeforeDue = this.sorted.filter((open) => isWantedBeforeDue(open.task))
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

  /** How many are due by the end of the user's today, and how many of those are due now. */
  counts(now: Date): DueCounts {
    const sorted = this.all()
    const total = firstAtOrAfter(sorted, new TodayOnUserClock(now).endMs)
    return { asOf: now.toISOString(), total, dueNow: firstAtOrAfter(sorted, now.getTime() + 1) }
  }

  /**
   * Today's list (contract.listFollowUps): the first `limit` due by the end of today, the counts, the
   * next one, and the replies after today that lead already.
   */
  list(now: Date, limit: number): FollowUpList {
    const sorted = this.all()
    const counts = this.counts(now)
    const items: FollowUpItem[] = sorted.slice(0, Math.min(limit, counts.total)).map(followUpItem)
    const next = sorted[counts.total]
    const replies = repliesAhead(this.wantedBeforeDue, new TodayOnUserClock(now), limit)
    return { ...counts, items, next: next ? followUpItem(next) : null, replies }
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
