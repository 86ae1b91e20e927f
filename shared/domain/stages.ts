/** The follow-up stages, in board order. Ids are stored on disk and never change; labels are display text. */
export const STAGES = [
  { id: 'interviewed', label: 'Interviewed', kind: 'progress' },
  { id: 'thanked', label: 'Thanked', kind: 'progress' },
  { id: 'letter-sent', label: 'Letter sent', kind: 'progress' },
  { id: 'awaiting-result', label: 'Awaiting result', kind: 'progress' },
  { id: 'result-inquired', label: 'Result inquired', kind: 'progress' },
  { id: 'next-round', label: 'Next round', kind: 'outcome' },
  { id: 'offer', label: 'Offer', kind: 'outcome' },
  { id: 'not-selected', label: 'Not selected', kind: 'outcome' },
] as const

export type Stage = (typeof STAGES)[number]
export type StageId = Stage['id']

export const STAGE_IDS = STAGES.map((stage) => stage.id) as [StageId, ...StageId[]]

export function stageLabel(id: StageId): string {
  return STAGES.find((stage) => stage.id === id)?.label ?? id
}

export function isOutcomeStage(id: StageId): boolean {
  return STAGES.some((stage) => stage.id === id && stage.kind === 'outcome')
}
