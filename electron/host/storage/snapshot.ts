import { createHash } from 'node:crypto'
import { performance } from 'node:perf_hooks'
import type { Adapter } from 'lowdb'
import {
  INTERVIEWS_SCHEMA_VERSION,
  interviewsFileSchema,
  type HistoryEntry,
  type Interview,
  type InterviewsFile,
} from '../../../shared/domain/interview'
import { backgroundTurn, SLICE_BUDGET_MS } from '../background-slices'
import { isMissingFile, writeAll, writeFileDurable, type FileSystem } from './durable-file'
import { migrateInterviewsData, UnmigratableDataError, type MigrationContext } from './migrations'
import { readSealedFile, sealJson, withoutSeal, type SealedFileRead } from './seal'

/** The snapshot cannot be used; `reason` says why in words a user can follow. */
export class DamagedSnapshotError extends Error {
  readonly reason: string

  constructor(path: string, reason: string) {
    super(`${path} is damaged: ${reason}`)
    this.name = 'DamagedSnapshotError'
    this.reason = reason
  }
}

export function emptyInterviewsFile(): InterviewsFile {
  return { schemaVersion: INTERVIEWS_SCHEMA_VERSION, seq: 0, interviews: [], undo: [], redo: [] }
}

export interface SnapshotRead {
  data: InterviewsFile
  /** The version the file was in before migration. */
  fromVersion: number
  bytes: number
  /** Written by the host and unchanged since; otherwise it is rewritten (sealed) at the next compaction. */
  sealed: boolean
}

/**
 * lowdb's adapter for the interviews snapshot. Reading migrates and validates, so what lowdb holds is
 * always the current schema; writing replaces the file durably and keeps the one it replaces.
 */
export class SnapshotFile implements Adapter<InterviewsFile> {
  constructor(
    readonly path: string,
    private readonly fs: FileSystem,
    private readonly context: MigrationContext,
    private readonly keepPreviousAs?: string,
  ) {}

  async read(): Promise<InterviewsFile | null> {
    return (await this.readDetails())?.data ?? null
  }

  /** Null when the file does not exist; throws DamagedSnapshotError or NewerDataVersionError. */
  async readDetails(): Promise<SnapshotRead | null> {
    let read: SealedFileRead
    try {
      const handle = await this.fs.open(this.path, 'r')
      try {
        read = await readSealedFile(handle)
      } finally {
        await handle.close()
      }
    } catch (error) {
      if (isMissingFile(error)) return null
      throw error
    }
    const { text, bytes } = read
    if (!text.trim()) throw new DamagedSnapshotError(this.path, 'the file is empty')
    let raw: unknown
    try {
      raw = JSON.parse(text)
    } catch {
      throw new DamagedSnapshotError(this.path, 'it is not valid JSON (it may have been cut short)')
    }
    const version = (raw as { schemaVersion?: unknown } | null)?.schemaVersion
    if (version === INTERVIEWS_SCHEMA_VERSION && read.intact) {
      return { data: withoutSeal(raw) as InterviewsFile, fromVersion: INTERVIEWS_SCHEMA_VERSION, bytes, sealed: true }
    }
    let migrated: { data: unknown; fromVersion: number }
    try {
      migrated = migrateInterviewsData(withoutSeal(raw), this.path, this.context)
    } catch (error) {
      if (error instanceof UnmigratableDataError) throw new DamagedSnapshotError(this.path, error.message)
      throw error
    }
    const parsed = interviewsFileSchema.safeParse(migrated.data)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      const where = issue?.path.length ? ` at ${issue.path.join('.')}` : ''
      throw new DamagedSnapshotError(this.path, `its content does not match the expected format${where}`)
    }
    return { data: parsed.data, fromVersion: migrated.fromVersion, bytes, sealed: false }
  }

  async write(data: InterviewsFile): Promise<void> {
    // Sealed after schemaVersion and seq: the state in memory was validated as it came in.
    await writeFileDurable(this.path, sealJson(data, 2), { fs: this.fs, keepPreviousAs: this.keepPreviousAs })
  }
}

/** What a background compaction folds: the state at one seq, its records shared (they are never changed in place). */
export interface SnapshotView {
  seq: number
  interviews: Interview[]
  undo: HistoryEntry[]
  redo: HistoryEntry[]
}

/** The compaction was stopped (the host is closing): nothing was replaced. */
export class SnapshotWriteStopped extends Error {}

/**
 * Writes the same sealed file as SnapshotFile.write, but a slice of interviews at a time, each on its
 * own background turn and awaiting the disk after it, so that a change arriving meanwhile is answered
 * within milliseconds instead of after the whole 12 MB file of 10,000 interviews. The checksum covers
 * what follows it, so the text after the head is written first, at its final offset, and the head
 * last. `stopped` is asked between slices: the host is closing and the journal already holds
 * everything, so the file is dropped.
 * Returns the file's size. The temporary file is fsynced; the caller renames it into place.
 */
export async function writeSnapshotInSlices(
  temp: string,
  view: SnapshotView,
  fs: FileSystem,
  stopped: () => boolean,
  sliceBudgetMs = SLICE_BUDGET_MS,
): Promise<number> {
  const head = `{"schemaVersion":${INTERVIEWS_SCHEMA_VERSION},"seq":${view.seq},`
  const headBytes = Buffer.byteLength(head) + `"sum":"${'0'.repeat(32)}",`.length
  const hash = createHash('sha256')
  const handle = await fs.open(temp, 'w')
  try {
    let offset = headBytes
    const put = async (text: string) => {
      const bytes = Buffer.from(text, 'utf8')
      hash.update(bytes)
      const encoded = performance.now()
      offset += await writeAll(handle, bytes, offset)
      return encoded
    }
    await put('"interviews":[')
    // A fixed count did not bound a slice: 500 interviews (~650 KB) took 20–47 ms while the code was cold
    // and the machine's two cores shared (cpu profile of a 10k import). The budget covers serialising,
    // encoding and hashing a slice, split as the last slice measured:
    // counting serialising alone, the loop was held up to 24–48 ms per slice (monitorEventLoopDelay over
    // a 10,000-interview snapshot on the shared 2-core machine); counting all three, 10–17 ms.
    let serialisingShare = 0.5
    let next = 0
    while (next < view.interviews.length) {
      await backgroundTurn()
      if (stopped()) throw new SnapshotWriteStopped()
      const slice: string[] = []
      const began = performance.now()
      const until = began + sliceBudgetMs * serialisingShare
      do slice.push(JSON.stringify(view.interviews[next++]))
      while (next < view.interviews.length && performance.now() < until)
      const serialised = performance.now()
      const encoded = await put(`${next === slice.length ? '' : ','}${slice.join(',')}`)
      serialisingShare = Math.min(1, Math.max(0.1, (serialised - began) / Math.max(encoded - began, 0.001)))
    }
    await put(`],"undo":${JSON.stringify(view.undo)},"redo":${JSON.stringify(view.redo)}}`)
    await writeAll(handle, `${head}"sum":"${hash.digest('hex').slice(0, 32)}",`, 0)
    if (stopped()) throw new SnapshotWriteStopped()
    await handle.sync()
    return offset
  } finally {
    await handle.close()
  }
}
