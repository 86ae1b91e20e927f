import type { Interview } from '../../../shared/domain/interview'
import type { StageId } from '../../../shared/domain/stages'
import { compareBoardOrder } from '../../../shared/domain/order'

export interface PageCursor {
  order: string
  id: string
}

/**
 * The board's columns in order, sorted once and kept until the next change, so that the pages a
 * window asks for while it opens a large board cost a slice each rather than a sort of every interview.
 */
export class BoardColumns {
  private columns: Map<StageId, Interview[]> | null = null

  constructor(private readonly interviews: () => Iterable<Interview>) {}

  /** Any change may move, add or remove a card. */
  invalidate(): void {
    this.columns = null
  }

  page(stage: StageId, after: PageCursor | undefined, limit: number): { interviews: Interview[]; more: boolean } {
    const column = this.column(stage)
    const start = after ? firstAfter(column, after) : 0
    return { interviews: column.slice(start, start + limit), more: start + limit < column.length }
  }

  /**
   * The first `limit` cards of every column, as page() gives them, without sorting the board when no
   * window has asked since the last change: one pass keeping each column's first few (at 50,000
   * interviews the sort page() needs takes tens of ms, in the queue every change waits in).
   */
  firstPages(limit: number): Map<StageId, { interviews: Interview[]; more: boolean }> {
    const pages = new Map<StageId, { interviews: Interview[]; more: boolean }>()
    if (this.columns) {
      for (const stage of this.columns.keys()) pages.set(stage, this.page(stage, undefined, limit))
      return pages
    }
    for (const interview of this.interviews()) {
      if (interview.archived) continue
      let page = pages.get(interview.stage)
      if (!page) pages.set(interview.stage, (page = { interviews: [], more: false }))
      const first = page.interviews
      if (first.length === limit && compareBoardOrder(interview, first[limit - 1]!) >= 0) {
        page.more = true
        continue
      }
      let at = first.length
      while (at > 0 && compareBoardOrder(interview, first[at - 1]!) < 0) at--
      first.splice(at, 0, interview)
      if (first.length > limit) {
        first.pop()
        page.more = true
      }
    }
    return pages
  }

  private column(stage: StageId): Interview[] {
    if (!this.columns) {
      this.columns = new Map()
      for (const interview of this.interviews()) {
        if (interview.archived) continue
        const column = this.columns.get(interview.stage)
        if (column) column.push(interview)
        else this.columns.set(interview.stage, [interview])
      }
      for (const column of this.columns.values()) column.sort(compareBoardOrder)
    }
    return this.columns.get(stage) ?? []
  }
}

/** The index of the first card that comes after the cursor (by order key, then id): a binary search. */
function firstAfter(column: Interview[], cursor: PageCursor): number {
  let low = 0
  let high = column.length
  while (low < high) {
    const middle = (low + high) >> 1
    const card = column[middle]!
    const before = card.order < cursor.order || (card.order === cursor.order && card.id <= cursor.id)
    if (before) low = middle + 1
    else high = middle
  }
  return low
}
