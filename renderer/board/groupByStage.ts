import type { Interview } from '../../shared/domain/interview'
import type { StageId } from '../../shared/domain/stages'

/** Fractional-index keys sort by plain code-unit order, never by locale. */
function byOrder(a: Interview, b: Interview): number {
  if (a.order === b.order) return a.id < b.id ? -1 : 1
  return a.order < b.order ? -1 : 1
}

function sameItems(a: readonly Interview[], b: readonly Interview[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index])
}

/**
 * The interviews of each stage in board order. A stage whose cards are the same as in `previous`
 * keeps that array, so only the columns a change touched render again.
 */
export function groupByStage(
  interviews: readonly Interview[],
  previous?: ReadonlyMap<StageId, readonly Interview[]>,
): Map<StageId, Interview[]> {
  const groups = new Map<StageId, Interview[]>()
  for (const interview of interviews) {
    const group = groups.get(interview.stage)
    if (group) group.push(interview)
    else groups.set(interview.stage, [interview])
  }
  for (const [stage, group] of groups) {
    // Lists arrive nearly sorted, where the engine's sort runs in about linear time.
    group.sort(byOrder)
    const before = previous?.get(stage)
    if (before && sameItems(before, group)) groups.set(stage, before as Interview[])
  }
  return groups
}

export function countLabel(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}
