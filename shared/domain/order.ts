import { generateKeyBetween } from 'fractional-indexing'
import type { Interview } from './interview'
import { STAGE_IDS, type StageId } from './stages'

/**
 * Board order: stage by stage, then by fractional-index key within a stage. Keys compare by code
 * unit (not locale), as fractional-indexing generates them.
 */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

export function compareBoardOrder(a: Interview, b: Interview): number {
  return (
    STAGE_IDS.indexOf(a.stage) - STAGE_IDS.indexOf(b.stage) || compareText(a.order, b.order) || compareText(a.id, b.id)
  )
}

/** A key after every other interview in `stage`. */
export function keyAtEndOf(interviews: Iterable<Interview>, stage: StageId, movingId?: string): string {
  let last: string | null = null
  for (const interview of interviews) {
    if (interview.stage !== stage || interview.id === movingId) continue
    if (last === null || interview.order > last) last = interview.order
  }
  return generateKeyBetween(last, null)
}

/** A key between `before` and the interview that precedes it in its stage. */
export function keyBefore(interviews: Iterable<Interview>, before: Interview, movingId: string): string {
  let previous: string | null = null
  for (const interview of interviews) {
    if (interview.stage !== before.stage || interview.id === movingId || interview.id === before.id) continue
    if (interview.order < before.order && (previous === null || interview.order > previous)) previous = interview.order
  }
  return generateKeyBetween(previous, before.order)
}
