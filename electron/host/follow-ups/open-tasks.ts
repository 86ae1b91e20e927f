import {
  compareOpenFollowUps,
  followUpListOf,
  openFollowUpsOf,
  WallInstants,
  type OpenFollowUp,
} from '../../../shared/api/follow-up-list'
import type { FollowUpList } from '../../../shared/api/contract'
import type { Interview } from '../../../shared/domain/interview'

/** Past this many interviews in one change (an import, a restore) the index is rebuilt rather than patched. */
const MOST_PATCHED = 500

/**
 * The open follow-ups of every interview on the board, soonest first: the one answer to "what is due"
 * that the reminder scheduler, Today and the status bar (listFollowUps) and the tray read. Built on the
 * first question, so the host's start does not wait for it; then kept in step by each change (service.ts
 * calls `changed`), each costing about the size of that change.
 */
export class OpenTaskIndex {
  readonly #instants = new WallInstants()
  #sorted: OpenFollowUp[] | null = null
  readonly #byInterview = new Map<string, OpenFollowUp[]>()

  constructor(private readonly interviews: () => Iterable<Interview>) {}

  /** After a change: these interviews' follow-ups replaced by what `current` holds now (none for a deleted one). */
  changed(ids: readonly string[], current: (id: string) => Interview | undefined): void {
    if (!this.#sorted) return
    if (ids.length > MOST_PATCHED) {
      this.#sorted = null
      this.#byInterview.clear()
      return
    }
    for (const id of new Set(ids)) {
      for (const open of this.#byInterview.get(id) ?? []) this.#sorted.splice(this.#indexOf(open), 1)
      const interview = current(id)
      const fresh = interview ? openFollowUpsOf(interview, this.#instants) : []
      if (fresh.length > 0) this.#byInterview.set(id, fresh)
      else this.#byInterview.delete(id)
      for (const open of fresh) this.#sorted.splice(this.#indexOf(open), 0, open)
    }
  }

  /** Today's list (contract.listFollowUps): due by the end of today on each interview's clock, and the next one. */
  list(now: Date, limit: number): FollowUpList {
    return followUpListOf(this.#all(), now, limit)
  }

  /** Every open follow-up, soonest first (the reminder scheduler's candidates; the tray's first few). Read, never change. */
  all(): OpenFollowUp[] {
    return this.#all()
  }

  #all(): OpenFollowUp[] {
    if (this.#sorted) return this.#sorted
    const sorted: OpenFollowUp[] = []
    for (const interview of this.interviews()) {
      const open = openFollowUpsOf(interview, this.#instants)
      if (open.length === 0) continue
      this.#byInterview.set(interview.id, open)
      sorted.push(...open)
    }
    this.#sorted = sorted.sort(compareOpenFollowUps)
    return this.#sorted
  }

  /** Where `open` is, or would go, in the sorted list (binary search). */
  #indexOf(open: OpenFollowUp): number {
    const sorted = this.#sorted!
    let low = 0
    let high = sorted.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if (compareOpenFollowUps(sorted[middle]!, open) < 0) low = middle + 1
      else high = middle
    }
    return low
  }
}
