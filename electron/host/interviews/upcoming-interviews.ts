import type { Interview } from '../../../shared/domain/interview'
import { interviewStart } from '../../../shared/calendar/preparation'

/** One interview still to come, as the index keeps it. */
export interface IndexedStart {
  interviewId: string
  startMs: number
}

/** Past this many interviews in one change (an import, a restore) the index is rebuilt rather than patched. */
const MOST_PATCHED = 500

function compare(a: IndexedStart, b: IndexedStart): number {
  return a.startMs - b.startMs || (a.interviewId < b.interviewId ? -1 : a.interviewId > b.interviewId ? 1 : 0)
}

/** Where `entry` is, or would go, in a list in start order (binary search). */
function indexOf(sorted: readonly IndexedStart[], entry: IndexedStart): number {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (compare(sorted[middle]!, entry) < 0) low = middle + 1
    else high = middle
  }
  return low
}

/**
 * Every interview on the board by when it starts, so "the next interviews" (Today's Upcoming, the tray)
 * is one binary search and a few steps, however large the board. Built on the first question, then
 * kept in step by each change (service.ts calls `changed`), each costing about the size of the change:
 * the tray's minute-by-minute redraw never copies or sorts the board.
 */
export class UpcomingInterviewIndex {
  private sorted: IndexedStart[] | null = null
  private readonly byId = new Map<string, IndexedStart>()

  constructor(private readonly interviews: () => Iterable<Interview>) {}

  /** After a change: these interviews' places replaced by what `current` holds now (none when deleted or archived). */
  changed(ids: readonly string[], current: (id: string) => Interview | undefined): void {
    if (!this.sorted) return
    if (ids.length > MOST_PATCHED) {
      this.sorted = null
      return
    }
    for (const id of new Set(ids)) {
      const old = this.byId.get(id)
      if (old) {
        this.sorted.splice(indexOf(this.sorted, old), 1)
        this.byId.delete(id)
      }
      const entry = entryOf(current(id))
      if (entry) {
        this.sorted.splice(indexOf(this.sorted, entry), 0, entry)
        this.byId.set(id, entry)
      }
    }
  }

  /** The first `limit` interviews starting after `now`, soonest first, leaving out those `skip` names. */
  next(now: Date, limit: number, skip: (interviewId: string) => boolean = () => false): IndexedStart[] {
    const sorted = this.all()
    const found: IndexedStart[] = []
    for (let at = indexOf(sorted, { interviewId: '', startMs: now.getTime() + 1 }); at < sorted.length; at++) {
      if (found.length === limit) break
      const entry = sorted[at]!
      if (!skip(entry.interviewId)) found.push(entry)
    }
    return found
  }

  private all(): IndexedStart[] {
    if (this.sorted) return this.sorted
    this.byId.clear()
    const sorted: IndexedStart[] = []
    for (const interview of this.interviews()) {
      const entry = entryOf(interview)
      if (!entry) continue
      sorted.push(entry)
      this.byId.set(entry.interviewId, entry)
    }
    this.sorted = sorted.sort(compare)
    return sorted
  }
}

function entryOf(interview: Interview | undefined): IndexedStart | undefined {
  if (!interview || interview.archived) return undefined
  const startMs = interviewStart(interview).getTime()
  return Number.isNaN(startMs) ? undefined : { interviewId: interview.id, startMs }
}
