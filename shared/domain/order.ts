import { generateKeyBetween } from 'fractional-indexing'
import type { Interview } from './interview'
import { STAGE_IDS, type StageId } from './stages'

/**
 * Board order: stage by stage, then by fractional-index key within a stage. Keys compare by code
 * unit (not locale), as fractional-indexing generates them. The host pages and the window's columns
 * both sort by these, so a card sits in the same place in both.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Order within one stage: by key, then by id for the (rare) equal keys. */
export function compareWithinStage(a: Interview, b: Interview): number {
  return compareText(a.order, b.order) || compareText(a.id, b.id)
}

export function compareBoardOrder(a: Interview, b: Interview): number {
  return STAGE_IDS.indexOf(a.stage) - STAGE_IDS.indexOf(b.stage) || compareWithinStage(a, b)
}

/**
 * The key for a card put just before `beforeId` (last, without one) in a stage's list in board order,
 * itself left out; null when `beforeId` is not in the list or the neighbours' keys leave no room.
 */
export function keyInList(stageList: readonly Interview[], movingId: string, beforeId?: string): string | null {
  const others = stageList.filter((each) => each.id !== movingId)
  const index = beforeId === undefined ? others.length : others.findIndex((each) => each.id === beforeId)
  if (index < 0) return null
  try {
    return generateKeyBetween(others[index - 1]?.order ?? null, others[index]?.order ?? null)
  } catch {
    return null
  }
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
