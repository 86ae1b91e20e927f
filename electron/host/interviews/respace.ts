import { generateNKeysBetween } from 'fractional-indexing'
import type { HistoryEntry, Interview } from '../../../shared/domain/interview'
import type { StageId } from '../../../shared/domain/stages'
import type { InterviewState } from './interview-state'
import { compareText } from '../../../shared/domain/order'

/**
 * Fractional keys grow when cards keep landing in the same gap (about one character per six moves),
 * and the record caps them at 200 characters. Past this length the stage gets fresh short keys first:
 * a rare rewrite of one stage, so that keys stay short however the user moves cards.
 */
export const MAX_ORDER_KEY_LENGTH = 32

export function needsRespace(order: string): boolean {
  return order.length > MAX_ORDER_KEY_LENGTH
}

function recordsOf(entries: HistoryEntry[]): Array<Interview | null> {
  return entries.flatMap((entry) => [entry.before, entry.after])
}

/**
 * Gives every order key used in `stage` a short one in the same order: the interviews' keys and the
 * keys of the records undo and redo would put back, so undoing a move still restores its place. The
 * result depends only on the state, so replaying the journal's respace record gives the same keys.
 * Returns the ids of the interviews whose record changed.
 */
export function respaceStage(state: InterviewState, stage: StageId): string[] {
  const inStage = (record: Interview | null): record is Interview => record?.stage === stage
  const current = [...state.interviews.values()].filter(inStage)
  const history = [...recordsOf(state.undo), ...recordsOf(state.redo)].filter(inStage)
  const keys = [...new Set([...current, ...history].map((record) => record.order))].sort(compareText)
  const fresh = generateNKeysBetween(null, null, keys.length)
  const keyFor = new Map(keys.map((key, index) => [key, fresh[index]!]))
  const rekey = <T extends Interview | null>(record: T): T =>
    inStage(record) ? ({ ...record, order: keyFor.get(record.order)! } as T) : record
  const rekeyEntry = (entry: HistoryEntry): HistoryEntry => ({
    ...entry,
    before: rekey(entry.before),
    after: rekey(entry.after),
  })
  for (const interview of current) state.interviews.set(interview.id, rekey(interview))
  state.undo = state.undo.map(rekeyEntry)
  state.redo = state.redo.map(rekeyEntry)
  return current.map((interview) => interview.id)
}
