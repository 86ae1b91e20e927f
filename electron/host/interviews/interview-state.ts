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
import type { Preferences } from '../../../shared/domain/settings'
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

/** Notes a batch writes: the text, and the revision the file had before (notes-store's notesRevision). */
export const batchNotesSchema = z.strictObject({ id: idSchema, markdown: z.string(), before: z.string() })
export type BatchNotes = z.output<typeof batchNotesSchema>

/** One step of a batch, as the single records below without `v` and `seq`. */
const batchPartSchema = z.discriminatedUnion('op', [
  z.strictObject({ op: z.literal('change'), entry: historyEntrySchema }),
  z.strictObject({ op: z.literal('respace'), stage: stageIdSchema }),
  z.strictObject({ op: z.literal('replan'), interviews: z.array(replannedTasksSchema) }),
])
export type BatchPart = z.output<typeof batchPartSchema>

/** What a multi-step operation hands the host to journal as one line (service.ts commitBatch). */
export interface Batch {
  parts: BatchPart[]
  notes?: BatchNotes[]
  preferences?: { before: Preferences; after: Preferences }
  /**
   * Records the caller already checked with interviewSchema (an import's parse, a sealed backup): not
   * checked a second time, which would double the cost of importing 10,000 interviews.
   */
  checked?: ReadonlySet<Interview>
}

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
  /**
   * A multi-step operation (import, restore, a settings change with its re-planning, a move that
   * respaces its stage) as one line: whole or absent after a kill. Its notes and preferences are a
   * redo record: written after the line, and written again at start when a crash came between
   * (recovery's `effects`), each only over the version it replaced, never over a later one.
   */
  z.strictObject({
    v: version,
    seq,
    op: z.literal('batch'),
    parts: z.array(batchPartSchema),
    notes: z.array(batchNotesSchema).optional(),
    preferences: z.strictObject({ before: z.unknown(), after: z.unknown() }).optional(),
  }),
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
  if (record.op === 'batch') {
    // Checked whole before any part is applied, so a batch that does not fit changes nothing.
    checkBatch(state, record.parts, record.seq)
    for (const part of record.parts) applyStep(state, { ...part, seq: record.seq })
  } else {
    applyStep(state, record)
  }
  state.seq = record.seq
}

/** A re-plan may only name interviews that exist once the parts before it are applied. */
function checkBatch(state: InterviewState, parts: BatchPart[], seq: number): void {
  if (!parts.some((part) => part.op === 'replan')) return
  const present = new Set(state.interviews.keys())
  for (const part of parts) {
    if (part.op === 'change') {
      if (part.entry.after) present.add(part.entry.interviewId)
      else present.delete(part.entry.interviewId)
    } else if (part.op === 'replan' && part.interviews.some(({ id }) => !present.has(id))) {
      throw new JournalMismatchError(`Change ${seq} re-plans an interview that does not exist`)
    }
  }
}

type Step = Exclude<JournalRecord, { op: 'batch' }> | (BatchPart & { seq: number })

function applyStep(state: InterviewState, record: Step): void {
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
}
