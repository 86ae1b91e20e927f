import type { Interview } from '../../shared/domain/interview'
import { keyInList } from '../../shared/domain/order'
import { STAGE_IDS, type StageId } from '../../shared/domain/stages'

/** Where a card goes: a stage, and the card it goes before (none: last). As moveInterview takes it. */
export interface Placement {
  stage: StageId
  beforeId?: string
}

/** The stage `step` columns away, or null past either end of the board. */
export function adjacentStage(stage: StageId, step: -1 | 1): StageId | null {
  return STAGE_IDS[STAGE_IDS.indexOf(stage) + step] ?? null
}

/** True when the card already sits there, so the move would change nothing. */
export function isInPlace(stageList: readonly Interview[], card: Interview, placement: Placement): boolean {
  if (card.stage !== placement.stage) return false
  const others = stageList.filter((each) => each.id !== card.id)
  const index = stageList.findIndex((each) => each.id === card.id)
  const wanted =
    placement.beforeId === undefined ? others.length : others.findIndex((each) => each.id === placement.beforeId)
  return index === wanted
}

/**
 * Dropped on `target` (on its top or bottom half) in the stage list it belongs to, or at the end of
 * the column when `target` is null.
 */
export function dropPlacement(
  stage: StageId,
  stageList: readonly Interview[],
  sourceId: string,
  target: { id: string; edge: 'top' | 'bottom' } | null,
): Placement {
  if (!target) return { stage }
  if (target.edge === 'top') return { stage, beforeId: target.id }
  const index = stageList.findIndex((each) => each.id === target.id)
  const after = stageList.slice(index + 1).find((each) => each.id !== sourceId)
  return after ? { stage, beforeId: after.id } : { stage }
}

/**
 * One place up or down among the cards the user sees (a filter may hide some), or the same row of the
 * next or previous column. Null when there is nowhere to go.
 */
export function keyboardPlacement(
  card: Interview,
  visible: (stage: StageId) => readonly Interview[],
  full: (stage: StageId) => readonly Interview[],
  direction: 'up' | 'down' | 'next' | 'previous',
): Placement | null {
  const column = visible(card.stage)
  const index = column.findIndex((each) => each.id === card.id)
  if (direction === 'up') {
    const previous = column[index - 1]
    return previous ? { stage: card.stage, beforeId: previous.id } : null
  }
  if (direction === 'down') {
    const next = column[index + 1]
    if (!next) return null
    return dropPlacement(card.stage, full(card.stage), card.id, { id: next.id, edge: 'bottom' })
  }
  const stage = adjacentStage(card.stage, direction === 'next' ? 1 : -1)
  if (!stage) return null
  const sameRow = visible(stage)[Math.max(index, 0)]
  return sameRow ? { stage, beforeId: sameRow.id } : { stage }
}

/**
 * The key the card will have, worked out here only to show the move at once; the host's answer,
 * with the key it chose, replaces it a moment later. Null when the local keys cannot give one.
 */
export function provisionalOrder(
  stageList: readonly Interview[],
  movingId: string,
  placement: Placement,
): string | null {
  return keyInList(stageList, movingId, placement.beforeId)
}
