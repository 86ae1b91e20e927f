import type { Interview } from '../../shared/domain/interview'
import type { StageId } from '../../shared/domain/stages'

/** Fractional-index keys sort by plain code-unit order, never by locale. */
function byOrder(a: Interview, b: Interview): number {
  if (a.order === b.order) return a.id < b.id ? -1 : 1
  return a.order < b.order ? -1 : 1
}

/** The interviews of each stage in board order. */
export function groupByStage(interviews: readonly Interview[]): Map<StageId, Interview[]> {
  const groups = new Map<StageId, Interview[]>()
  for (const interview of interviews) {
    const group = groups.get(interview.stage)
    if (group) group.push(interview)
    else groups.set(interview.stage, [interview])
  }
  for (const group of groups.values()) group.sort(byOrder)
  return groups
}

export function countLabel(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}
