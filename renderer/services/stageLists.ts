import type { Interview } from '../../shared/domain/interview'
import { compareWithinStage } from '../../shared/domain/order'
import type { StageId } from '../../shared/domain/stages'

export type StageLists = ReadonlyMap<StageId, readonly Interview[]>

function sameItems(a: readonly Interview[], b: readonly Interview[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index])
}

/**
 * The interviews of each stage in board order. A stage whose cards are the same as in `previous`
 * keeps that array, so only the columns a change touched render again.
 */
export function groupByStage(interviews: readonly Interview[], previous?: StageLists): Map<StageId, Interview[]> {
  const groups = new Map<StageId, Interview[]>()
  for (const interview of interviews) {
    const group = groups.get(interview.stage)
    if (group) group.push(interview)
    else groups.set(interview.stage, [interview])
  }
  for (const [stage, group] of groups) {
    // Lists arrive nearly sorted, where the engine's sort runs in about linear time.
    group.sort(compareWithinStage)
    const before = previous?.get(stage)
    if (before && sameItems(before, group)) groups.set(stage, before as Interview[])
  }
  return groups
}

/** Where `card` belongs in a list in board order: the index of the first card that sorts after it. */
function insertionIndex(list: readonly Interview[], card: Interview): number {
  let low = 0
  let high = list.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (compareWithinStage(list[middle]!, card) <= 0) low = middle + 1
    else high = middle
  }
  return low
}

/** Above this many cards arriving in one stage at once, appending and sorting beats inserting one by one. */
const MOST_INSERTS = 16

/**
 * `stages` with `removed` taken out and `added` put in their places, touching only the stages they
 * are in: every other stage keeps its array, so its column does not render again. A stage left
 * empty is dropped, as groupByStage leaves it out.
 */
export function placeCards(stages: StageLists, removed: readonly Interview[], added: readonly Interview[]): StageLists {
  if (removed.length === 0 && added.length === 0) return stages
  const next = new Map(stages)
  const copies = new Set<StageId>()
  const listOf = (stage: StageId): Interview[] => {
    if (!copies.has(stage)) {
      next.set(stage, [...(next.get(stage) ?? [])])
      copies.add(stage)
    }
    return next.get(stage) as Interview[]
  }
  for (const card of removed) {
    const list = listOf(card.stage)
    const index = list.indexOf(card)
    if (index >= 0) list.splice(index, 1)
  }
  const arriving = new Map<StageId, Interview[]>()
  for (const card of added) {
    const cards = arriving.get(card.stage)
    if (cards) cards.push(card)
    else arriving.set(card.stage, [card])
  }
  for (const [stage, cards] of arriving) {
    const list = listOf(stage)
    if (cards.length > MOST_INSERTS) {
      list.push(...cards)
      list.sort(compareWithinStage)
    } else for (const card of cards) list.splice(insertionIndex(list, card), 0, card)
  }
  for (const stage of copies) if (next.get(stage)!.length === 0) next.delete(stage)
  return next
}

export function countLabel(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}
