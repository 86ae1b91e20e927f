import { Low } from 'lowdb'
import { dirname } from 'node:path'
import type { Notice } from '../../shared/api/contract'
import {
  INTERVIEWS_SCHEMA_VERSION,
  type HistoryEntry,
  type Interview,
  type InterviewsFile,
} from '../../shared/domain/interview'
import {
  appendFileDurable,
  isMissingFile,
  nodeFileSystem,
  storageError,
  syncFolder,
  type FileSystem,
} from './durable-file'
import {
  applyJournalRecord,
  fileFromState,
  journalRecordSchema,
  type InterviewState,
  type JournalRecord,
} from './interview-state'
import type { StageId } from '../../shared/domain/stages'
import { serializeRecord } from './journal'
import { compareBoardOrder } from './order'
import { recoverInterviews } from './recovery'
import { emptyInterviewsFile, SnapshotFile } from './snapshot'
import { storePaths, type StorePaths } from './store-files'
import { createNotice } from './notices'

/** Below this the journal is never compacted; above it, once it outgrows the snapshot. */
const DEFAULT_COMPACT_AT_BYTES = 1024 * 1024

export interface InterviewStoreOptions {
  dataDir: string
  now: () => Date
  fs?: FileSystem
  /** The user's zone, for migrating files that stored instants. */
  timeZone?: string
  compactAtBytes?: number
}

/** What a journal record says, before the store numbers it. */
export type JournalDraft =
  | { op: 'change'; entry: HistoryEntry }
  | { op: 'undo' | 'redo'; id: string; record: Interview | null }
  | { op: 'respace'; stage: StageId }

/**
 * The interviews and their undo history: a lowdb snapshot (interviews.json) plus an append-only
 * journal (interviews.journal). A change appends one fsynced line describing only the records it
 * touched; compaction folds the journal into a new snapshot, keeping the previous snapshot and
 * journal beside it, so the last good state can always be rebuilt.
 */
export class InterviewStore {
  /** The journal could hold a torn line after a failed append: start a new one before appending again. */
  private rotateBeforeAppend = false

  private constructor(
    private readonly db: Low<InterviewsFile>,
    private readonly state: InterviewState,
    private readonly paths: StorePaths,
    private readonly fs: FileSystem,
    private readonly compactAtBytes: number,
    private snapshotSeq: number,
    private snapshotBytes: number,
    private journalBytes: number,
  ) {}

  static async open(options: InterviewStoreOptions): Promise<{ store: InterviewStore; notices: Notice[] }> {
    const fs = options.fs ?? nodeFileSystem
    const paths = storePaths(options.dataDir)
    const context = { timeZone: options.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone }
    const recovered = await recoverInterviews({ paths, fs, context, now: options.now })
    const snapshotFile = new SnapshotFile(paths.snapshot, fs, context, paths.backup)
    const store = new InterviewStore(
      new Low<InterviewsFile>(snapshotFile, emptyInterviewsFile()),
      recovered.state,
      paths,
      fs,
      options.compactAtBytes ?? DEFAULT_COMPACT_AT_BYTES,
      recovered.snapshotSeq,
      recovered.snapshotBytes,
      recovered.journalBytes,
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
    return { store, notices }
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

  lastUndoable(): HistoryEntry | undefined {
    return this.state.undo.at(-1)
  }

  lastRedoable(): HistoryEntry | undefined {
    return this.state.redo.at(-1)
  }

  /** Journals the change, fsyncs it, and only then applies it in memory: nothing is acknowledged that is not on disk. */
  async commit(draft: JournalDraft): Promise<void> {
    // Validate with the schema replay uses, so nothing is written that a restart could not read back.
    const record: JournalRecord = journalRecordSchema.parse({
      v: INTERVIEWS_SCHEMA_VERSION,
      seq: this.state.seq + 1,
      ...draft,
    })
    if (this.rotateBeforeAppend) await this.compact()
    const line = serializeRecord(record)
    try {
      await appendFileDurable(this.paths.journal, line, this.fs)
    } catch (error) {
      this.rotateBeforeAppend = true
      throw storageError('save your change', error, this.paths.journal)
    }
    applyJournalRecord(this.state, record)
    this.journalBytes += Buffer.byteLength(line)
  }

  get wantsCompaction(): boolean {
    return this.journalBytes > Math.max(this.compactAtBytes, this.snapshotBytes)
  }

  get hasUncompactedChanges(): boolean {
    return this.state.seq > this.snapshotSeq || this.rotateBeforeAppend
  }

  /**
   * Writes a new snapshot (the old one becomes interviews.json.bak), then starts a new journal (the old
   * one becomes interviews.journal.prev). A crash between any two steps leaves a readable chain.
   */
  async compact(): Promise<void> {
    const file = fileFromState(this.state, this.sorted())
    this.db.data = file
    try {
      await this.db.write()
    } catch (error) {
      throw storageError('write the interviews file', error, this.paths.snapshot)
    }
    this.snapshotSeq = file.seq
    this.snapshotBytes = (await this.fs.stat(this.paths.snapshot).catch(() => ({ size: 0 }))).size
    try {
      await this.fs.rename(this.paths.journal, this.paths.previousJournal)
      await syncFolder(dirname(this.paths.journal), this.fs)
    } catch (error) {
      if (!isMissingFile(error)) throw storageError('start a new change journal', error, this.paths.journal)
    }
    this.journalBytes = 0
    this.rotateBeforeAppend = false
  }
}
