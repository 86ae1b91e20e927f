import { z } from 'zod'
import { idSchema } from '../../../shared/domain/fields'
import {
  historyEntrySchema,
  INTERVIEWS_SCHEMA_VERSION,
  interviewSchema,
  stageIdSchema,
  type HistoryEntry,
  type Interview,
  type InterviewsFile,
} from '../../../shared/domain/interview'
import { respaceStage } from './respace'

/** How many changes undo reaches back. */
export const HISTORY_LIMIT = 200

/** The interviews and their undo history as held in memory: the snapshot with the journal replayed on top. */
export interface InterviewState {
  /** The last journal record applied. */
  seq: number
  interviews: Map<string, Interview>
  undo: HistoryEntry[]
  redo: HistoryEntry[]
}

const version = z.literal(INTERVIEWS_SCHEMA_VERSION)
const seq = z.number().int().min(1)

/** One interview's follow-ups as planned again after the user changed their timings (preference-changes.ts). */
export const replannedTasksSchema = z.strictObject({ id: idSchema, tasks: interviewSchema.shape.tasks })
export type ReplannedTasks = z.output<typeof replannedTasksSchema>

/**
 * One line of the change journal. A user change carries its history entry (the record before and
 * after); undo and redo carry the record as they left it, so replaying needs no clock.
 */
export const journalRecordSchema = z.discriminatedUnion('op', [
  z.strictObject({ v: version, seq, op: z.literal('change'), entry: historyEntrySchema }),
  z.strictObject({ v: version, seq, op: z.literal('undo'), id: idSchema, record: interviewSchema.nullable() }),
  z.strictObject({ v: version, seq, op: z.literal('redo'), id: idSchema, record: interviewSchema.nullable() }),
  /** Shorter order keys for one stage (respace.ts); computed from the state, so replay gives the same keys. */
  z.strictObject({ v: version, seq, op: z.literal('respace'), stage: stageIdSchema }),
  /** Every interview whose follow-ups moved with a change of preferences, in one append; not undoable. */
  z.strictObject({ v: version, seq, op: z.literal('replan'), interviews: z.array(replannedTasksSchema) }),
])
export type JournalRecord = z.output<typeof journalRecordSchema>

export function stateFromFile(file: InterviewsFile): InterviewState {
  return {
    seq: file.seq,
    interviews: new Map(file.interviews.map((interview) => [interview.id, interview])),
    undo: [...file.undo],
    redo: [...file.redo],
  }
}

export function fileFromState(state: InterviewState, interviews: Interview[]): InterviewsFile {
  return {
    schemaVersion: INTERVIEWS_SCHEMA_VERSION,
    seq: state.seq,
    interviews,
    undo: state.undo,
    redo: state.redo,
  }
}

function put(state: InterviewState, id: string, record: Interview | null): void {
  if (record) state.interviews.set(id, record)
  else state.interviews.delete(id)
}

function pushUndo(state: InterviewState, entry: HistoryEntry): void {
  state.undo.push(entry)
  if (state.undo.length > HISTORY_LIMIT) state.undo.splice(0, state.undo.length - HISTORY_LIMIT)
}

export class JournalMismatchError extends Error {}

/** Applies one record; the same code runs for a live change and for a replay at start, so both agree. */
export function applyJournalRecord(state: InterviewState, record: JournalRecord): void {
  if (record.seq !== state.seq + 1) {
    throw new JournalMismatchError(`Change ${record.seq} does not follow change ${state.seq}`)
  }
  switch (record.op) {
    case 'change':
      put(state, record.entry.interviewId, record.entry.after)
      pushUndo(state, record.entry)
      state.redo = []
      break
    case 'undo': {
      const entry = state.undo.at(-1)
      if (entry?.interviewId !== record.id) throw new JournalMismatchError(`Change ${record.seq} undoes nothing`)
      state.undo.pop()
      put(state, record.id, record.record)
      state.redo.push(entry)
      break
    }
    case 'redo': {
      const entry = state.redo.at(-1)
      if (entry?.interviewId !== record.id) throw new JournalMismatchError(`Change ${record.seq} redoes nothing`)
      state.redo.pop()
      put(state, record.id, record.record)
      pushUndo(state, entry)
      break
    }
    case 'respace':
      respaceStage(state, record.stage)
      break
    case 'replan':
      if (record.interviews.some(({ id }) => !state.interviews.has(id))) {
        throw new JournalMismatchError(`Change ${record.seq} re-plans an interview that does not exist`)
      }
      for (const { id, tasks } of record.interviews) state.interviews.set(id, { ...state.interviews.get(id)!, tasks })
      break
  }
  state.seq = record.seq
}
