import { constants } from 'node:fs'
import type { FileHandle } from 'node:fs/promises'
import { dirname } from 'node:path'
import { isUnwritable, syncFolder, writeAll, type FileSystem } from './durable-file'
import type { WriteGate } from './lock'

/**
 * Opened with O_DSYNC where the system has it, each append returns once its bytes are on disk: one call
 * instead of a write and an fdatasync. Elsewhere (Windows) the write is followed by an fdatasync.
 */
const SYNCED_APPEND =
  constants.O_DSYNC === undefined
    ? undefined
    : constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | constants.O_DSYNC

/**
 * The appending end of the change journal. It keeps the file open, so a change costs one synced
 * write. Lines the disk refuses (full, read-only) are held in memory, in order, and written ahead of
 * the next line or by `flush`; until then the file may end in a torn part of them, which is cut off
 * before the next write.
 */
export class JournalWriter {
  private handle: FileHandle | undefined
  private readonly held: string[] = []
  private refusal: unknown
  /** The file may hold bytes past `durableBytes` (a failed write): cut them before writing again. */
  private trimBeforeWrite: boolean
  /** The file was created by this writer and its folder entry is not synced yet. */
  private entryUnsynced = false

  constructor(
    private readonly path: string,
    private readonly fs: FileSystem,
    private readonly gate: WriteGate,
    /** Length of the whole lines on disk, acknowledged and fsynced. */
    private durableBytes: number,
    trimBeforeWrite = false,
  ) {
    this.trimBeforeWrite = trimBeforeWrite
  }

  /** Bytes of the journal on disk. */
  get bytes(): number {
    return this.durableBytes
  }

  /** Changes held in memory, not yet on disk. */
  get unsaved(): number {
    return this.held.length
  }

  /** Why the disk refused the held lines. */
  get reason(): unknown {
    return this.held.length > 0 ? this.refusal : undefined
  }

  /**
   * Writes `line` after every held line and returns once all are on disk, or once all are held in
   * memory because the disk refuses them for now (durable-file's isUnwritable). Any other failure is
   * thrown, and `line` is not kept.
   */
  async append(line: string): Promise<void> {
    this.held.push(line)
    try {
      await this.flush()
    } catch (error) {
      if (isUnwritable(error)) return
      this.held.pop()
      throw error
    }
  }

  /** Writes the held lines; throws (keeping them) when the disk still refuses. */
  async flush(): Promise<void> {
    if (this.held.length === 0) return
    const data = Buffer.from(this.held.join(''), 'utf8')
    let handle: FileHandle | undefined
    try {
      this.gate()
      handle = await this.open()
      const trimmed = this.trimBeforeWrite
      if (trimmed) await handle.truncate(this.durableBytes)
      // Opened for appending: the write lands at the end, the truncation included. A short write
      // (nearly full disk) is continued until every byte is in, or the disk refuses the rest.
      await writeAll(handle, data)
      if (SYNCED_APPEND === undefined || trimmed) await handle.datasync()
      this.trimBeforeWrite = false
      if (this.entryUnsynced) {
        await syncFolder(dirname(this.path), this.fs)
        this.entryUnsynced = false
      }
    } catch (error) {
      this.refusal = error
      this.trimBeforeWrite = true
      // Part of the lines may have gone in: cut them off now, so the file ends with a whole line
      // even if nothing is written again (shrinking a file works on a full disk).
      if (handle) await this.cutBackTo(handle)
      // A handle that failed may stay failed (a remounted disk): open the file again next time.
      await this.close()
      throw error
    }
    // Counted only once written and synced: a refused write never moves the offset truncations use.
    this.durableBytes += data.length
    this.held.length = 0
  }

  private async cutBackTo(handle: FileHandle): Promise<void> {
    try {
      await handle.truncate(this.durableBytes)
      await handle.datasync()
    } catch {
      // Still there; the next write cuts it first (trimBeforeWrite), and recovery drops a torn tail.
    }
  }

  /** The snapshot now holds every change: the held lines need not be written. */
  forgetHeld(): void {
    this.held.length = 0
  }

  /** Before the file is renamed away (compaction) or the host closes. */
  async close(): Promise<void> {
    const handle = this.handle
    this.handle = undefined
    await handle?.close().catch(() => undefined)
  }

  /** The journal was renamed away: the next write starts a new, empty file. */
  restart(): void {
    this.durableBytes = 0
    this.trimBeforeWrite = false
  }

  private async open(): Promise<FileHandle> {
    if (this.handle) return this.handle
    const handle = await this.fs.open(this.path, SYNCED_APPEND ?? 'a')
    try {
      if (this.durableBytes === 0 && (await handle.stat()).size === 0) this.entryUnsynced = true
    } catch (error) {
      await handle.close()
      throw error
    }
    this.handle = handle
    return handle
  }
}
