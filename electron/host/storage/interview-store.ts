import { Low } from 'lowdb'
import { basename, dirname, join } from 'node:path'
import type { Notice } from '../../../shared/api/contract'
import {
  INTERVIEWS_SCHEMA_VERSION,
  type HistoryEntry,
  type Interview,
  type InterviewsFile,
} from '../../../shared/domain/interview'
import { isMissingFile, nodeFileSystem, storageError, syncFolder, type FileSystem } from './durable-file'
import {
  applyJournalRecord,
  fileFromState,
  journalRecordSchema,
  type InterviewState,
  type JournalRecord,
} from '../interviews/interview-state'
import { serializeRecord } from './journal'
import { JournalWriter } from './journal-writer'
import type { WriteGate } from './lock'
import type { HeldWrites } from './held-writes'
import { compareBoardOrder } from '../../../shared/domain/order'
import type { StageId } from '../../../shared/domain/stages'
import { respaceStage } from '../interviews/respace'
import { recoverInterviews, type BatchEffects } from './recovery'
import { emptyInterviewsFile, SnapshotFile, SnapshotWriteStopped, writeSnapshotInSlices } from './snapshot'
import { storePaths, type StorePaths } from './store-files'
import { createNotice } from './notices'

/** Below this the journal is never compacted; above it, once it outgrows the snapshot. */
const DEFAULT_COMPACT_AT_BYTES = 1024 * 1024
const CHEAP_COMPACTION_BYTES = 2 * 1024 * 1024

export interface InterviewStoreOptions {
  dataDir: string
  now: () => Date
  fs?: FileSystem
  /** The user's zone, for migrating files that stored instants. */
  timeZone?: string
  compactAtBytes?: number
  /** Asked before every write; by default the folder is always writable (the caller holds its lock). */
  gate?: WriteGate
}

/** Omits over each member of a union, so the draft stays a union of the records' shapes. */
type Unnumbered<Record> = Record extends unknown ? Omit<Record, 'v' | 'seq'> : never

/** What a journal record says, before the store numbers it. */
export type JournalDraft = Unnumbered<JournalRecord>

/**
 * The interviews and their undo history: a lowdb snapshot (interviews.json) plus an append-only
 * journal (interviews.journal). A change appends one fsynced line describing only the records it
 * touched; compaction folds the journal into a new snapshot, keeping the previous snapshot and
 * journal beside it, so the last good state can always be rebuilt.
 */
export class InterviewStore {
  private constructor(
    private readonly db: Low<InterviewsFile>,
    private readonly state: InterviewState,
    private readonly paths: StorePaths,
    private readonly fs: FileSystem,
    private readonly gate: WriteGate,
    private readonly journal: JournalWriter,
    private readonly compactAtBytes: number,
    private snapshotSeq: number,
    private snapshotBytes: number,
  ) {}

  static async open(
    options: InterviewStoreOptions,
  ): Promise<{ store: InterviewStore; notices: Notice[]; effects: BatchEffects[] }> {
    const fs = options.fs ?? nodeFileSystem
    const paths = storePaths(options.dataDir)
    const context = { timeZone: options.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone }
    const gate = options.gate ?? (() => undefined)
    const recovered = await recoverInterviews({ paths, fs, context, now: options.now })
    const snapshotFile = new SnapshotFile(paths.snapshot, fs, context, paths.backup)
    const store = new InterviewStore(
      new Low<InterviewsFile>(snapshotFile, emptyInterviewsFile()),
      recovered.state,
      paths,
      fs,
      gate,
      new JournalWriter(paths.journal, fs, gate, recovered.journalBytes, recovered.journalNeedsTrim),
      options.compactAtBytes ?? DEFAULT_COMPACT_AT_BYTES,
      recovered.snapshotSeq,
      recovered.snapshotBytes,
    )
    const notices = [...recovered.notices]
    if (recovered.rewrite) {
      try {
        await store.compact()
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error)
        notices.push(
          createNotice('warning', `${message} Your interviews are open, but changes may not be saved.`, options.now()),
        )
      }
    }
    return { store, notices, effects: recovered.effects }
  }

  get(id: string): Interview | undefined {
    return this.state.interviews.get(id)
  }

  values(): IterableIterator<Interview> {
    return this.state.interviews.values()
  }

  /** Every interview in board order. */
  sorted(): Interview[] {
    return [...this.state.interviews.values()].sort(compareBoardOrder)
  }

  /** The interviews as they would be once `stage` is respaced (respace.ts), without changing them. */
  respacedView(stage: StageId): { get(id: string): Interview | undefined; values(): IterableIterator<Interview> } {
    const scratch: InterviewState = {
      seq: this.state.seq,
      interviews: new Map(this.state.interviews),
      undo: [...this.state.undo],
      redo: [...this.state.redo],
    }
    respaceStage(scratch, stage)
    return { get: (id) => scratch.interviews.get(id), values: () => scratch.interviews.values() }
  }

  lastUndoable(): HistoryEntry | undefined {
    return this.state.undo.at(-1)
  }

  lastRedoable(): HistoryEntry | undefined {
    return this.state.redo.at(-1)
  }

  /** Where a change is in the history: the last undoable, further back, undone (in the redo stack), or gone. */
  placeInHistory(matches: (entry: HistoryEntry) => boolean): 'last' | 'earlier' | 'undone' | 'gone' {
    const { undo, redo } = this.state
    if (undo.length > 0 && matches(undo.at(-1)!)) return 'last'
    if (undo.some(matches)) return 'earlier'
    return redo.some(matches) ? 'undone' : 'gone'
  }

  /** The changes applied in memory that the disk refused so far (see commit). */
  get held(): HeldWrites {
    return this.journal
  }

  /**
   * Journals the change and fsyncs it, and only then applies it in memory. When the disk refuses the
   * write for now (full, read-only), the change is applied and held in memory (`held`); it is written
   * ahead of the next change or by a retry. Any other failure changes nothing.
   */
  async commit(draft: JournalDraft, checked?: ReadonlySet<Interview>): Promise<void> {
    const record = draft.op === 'batch' ? this.validatedBatch(draft, checked) : this.validated(draft)
    try {
      await this.journal.append(serializeRecord(record))
    } catch (error) {
      throw storageError('save your change', error, this.paths.journal)
    }
    applyJournalRecord(this.state, record)
  }

  /**
   * Validated with the schema replay uses, so nothing is written that a restart could not read back.
   * A change's `before` that is the record held now was validated when it came in: checking it again
   * would double the cost of every change.
   */
  private validated(draft: JournalDraft): JournalRecord {
    const record = { v: INTERVIEWS_SCHEMA_VERSION, seq: this.state.seq + 1, ...draft }
    const before = draft.op === 'change' ? draft.entry.before : null
    if (draft.op !== 'change' || before === null || before !== this.get(draft.entry.interviewId)) {
      return journalRecordSchema.parse(record)
    }
    const checked = journalRecordSchema.parse({ ...record, entry: { ...draft.entry, before: null } })
    return checked.op === 'change' ? { ...checked, entry: { ...checked.entry, before } } : checked
  }

  /**
   * A batch validated as one record, but without checking again the records it carries that were
   * checked already: those the board holds now, and `checked` ones (the caller parsed them with the
   * same schema). They are left out of the check and put back in the record as they are.
   */
  private validatedBatch(
    draft: Extract<JournalDraft, { op: 'batch' }>,
    checked?: ReadonlySet<Interview>,
  ): JournalRecord {
    const known = (record: Interview | null) =>
      record !== null && (checked?.has(record) || record === this.get(record.id))
    const omit = (record: Interview | null) => (known(record) ? null : record)
    const parsed = journalRecordSchema.parse({
      v: INTERVIEWS_SCHEMA_VERSION,
      seq: this.state.seq + 1,
      ...draft,
      parts: draft.parts.map((part) =>
        part.op === 'change'
          ? { ...part, entry: { ...part.entry, before: omit(part.entry.before), after: omit(part.entry.after) } }
          : part,
      ),
    })
    if (parsed.op !== 'batch') throw new Error('A batch must stay a batch')
    return {
      ...parsed,
      parts: parsed.parts.map((part, index) => {
        const given = draft.parts[index]!
        if (part.op !== 'change' || given.op !== 'change') return part
        const { before, after } = given.entry
        return {
          ...part,
          entry: {
            ...part.entry,
            before: known(before) ? before : part.entry.before,
            after: known(after) ? after : part.entry.after,
          },
        }
      }),
    }
  }

  /** The size of interviews.json as last read or written. */
  get snapshotSize(): number {
    return this.snapshotBytes
  }

  get wantsCompaction(): boolean {
    return this.journal.bytes > Math.max(this.compactAtBytes, this.snapshotBytes)
  }

  /**
   * Small enough to fold at close in a few tens of ms (a journal or snapshot of at most 2 MiB, ~1,500
   * interviews): a larger folder is left to its journal, which holds every change, so that closing
   * stays fast at any size.
   */
  get cheapToCompact(): boolean {
    return Math.max(this.snapshotBytes, this.journal.bytes) <= CHEAP_COMPACTION_BYTES
  }

  get hasUncompactedChanges(): boolean {
    return this.state.seq > this.snapshotSeq
  }

  /**
   * Writes a new snapshot (the old one becomes interviews.json.bak), then starts a new journal (the old
   * one becomes interviews.journal.prev). A crash between any two steps leaves a readable chain. The
   * snapshot holds every change, those held in memory too.
   */
  async compact(): Promise<void> {
    const file = fileFromState(this.state, this.sorted())
    this.db.data = file
    try {
      this.gate()
      await this.db.write()
    } catch (error) {
      throw storageError('write the interviews file', error, this.paths.snapshot)
    }
    this.journal.forgetHeld()
    this.snapshotSeq = file.seq
    this.snapshotBytes = (await this.fs.stat(this.paths.snapshot).catch(() => ({ size: 0 }))).size
    await this.rotateJournal()
  }

  /**
   * Compaction off the path of user changes: only the two short steps marked run in the host's queue
   * (`exclusive`). The state at one seq is taken (its records are shared, never changed in place;
   * in the order they were added, not sorted: sorting 10,000 held the loop 25–40 ms in one go),
   * written a slice at a time while changes go on being journaled, renamed into place (the old
   * snapshot becomes interviews.json.bak), and only then the journal, which still holds every change
   * since the old snapshot, is renamed to interviews.journal.prev and a new one started. At any
   * moment of a crash, snapshot + journals replay to the last acknowledged change (records the
   * snapshot holds are skipped by seq), and the .bak + .prev chain stays whole as well.
   * `beforeReplace` runs once the file is written (fsync what the journal vouches for, notes-store).
   * Returns false when `stopped` ended it early: nothing was replaced.
   */
  async compactInBackground(options: {
    exclusive: <T>(task: () => Promise<T>) => Promise<T>
    stopped: () => boolean
    beforeReplace: () => Promise<void>
  }): Promise<boolean> {
    const view = await options.exclusive(async () => ({
      seq: this.state.seq,
      interviews: [...this.state.interviews.values()],
      undo: [...this.state.undo],
      redo: [...this.state.redo],
    }))
    const temp = join(dirname(this.paths.snapshot), `.${basename(this.paths.snapshot)}.compacting.${process.pid}.tmp`)
    let bytes: number
    try {
      this.gate()
      bytes = await writeSnapshotInSlices(temp, view, this.fs, options.stopped)
      await options.beforeReplace()
      if (options.stopped()) throw new SnapshotWriteStopped()
      await this.fs.rename(this.paths.snapshot, this.paths.backup).catch((error: unknown) => {
        if (!isMissingFile(error)) throw error
      })
      await this.fs.rename(temp, this.paths.snapshot)
      await syncFolder(this.paths.dataDir, this.fs)
    } catch (error) {
      await this.fs.unlink(temp).catch(() => undefined)
      if (error instanceof SnapshotWriteStopped) return false
      throw storageError('write the interviews file', error, this.paths.snapshot)
    }
    await options.exclusive(async () => {
      this.snapshotSeq = Math.max(this.snapshotSeq, view.seq)
      this.snapshotBytes = bytes
      // Lines held in memory (the disk refused them) go into the journal as it is; its folded records
      // are skipped at start, and the next compaction starts a new one.
      if (this.journal.unsaved === 0) await this.rotateJournal()
    })
    return true
  }

  private async rotateJournal(): Promise<void> {
    await this.journal.close()
    try {
      await this.fs.rename(this.paths.journal, this.paths.previousJournal)
      await syncFolder(dirname(this.paths.journal), this.fs)
    } catch (error) {
      if (!isMissingFile(error)) throw storageError('start a new change journal', error, this.paths.journal)
    }
    this.journal.restart()
  }

  /** Lets go of the journal file; call once nothing more will be written. */
  async close(): Promise<void> {
    await this.journal.close()
  }
}
