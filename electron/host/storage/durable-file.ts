import { closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs'
import * as fsp from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { ApiError } from '../../../shared/api/errors'

/** The file operations storage uses; tests pass a wrapper that fails on demand (disk full, read-only). */
export type FileSystem = Pick<
  typeof fsp,
  'open' | 'rename' | 'readFile' | 'unlink' | 'mkdir' | 'stat' | 'copyFile' | 'readdir'
>

export const nodeFileSystem: FileSystem = fsp

/** Opening a folder to fsync it fails on Windows; there the rename is as durable as it gets. */
const FOLDER_SYNC_UNSUPPORTED = new Set(['EPERM', 'EISDIR'])

function codeOf(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | null)?.code
}

export function isMissingFile(error: unknown): boolean {
  return codeOf(error) === 'ENOENT'
}

/** Makes renames and new files in `folder` survive a power cut. */
export async function syncFolder(folder: string, fs: FileSystem = nodeFileSystem): Promise<void> {
  let handle: fsp.FileHandle
  try {
    handle = await fs.open(folder, 'r')
  } catch (error) {
    if (FOLDER_SYNC_UNSUPPORTED.has(codeOf(error) ?? '')) return
    throw error
  }
  try {
    await handle.sync()
  } catch (error) {
    if (!FOLDER_SYNC_UNSUPPORTED.has(codeOf(error) ?? '')) throw error
  } finally {
    await handle.close()
  }
}

/** What `writeAll` needs of a file handle: tests wrap it to write less than asked. */
type WritableHandle = Pick<fsp.FileHandle, 'write'>

/** A write that took no byte and raised nothing: the disk refuses without saying so, reported as a full disk. */
function noProgress(): NodeJS.ErrnoException {
  return Object.assign(new Error('ENOSPC: the disk took no byte of the write'), { code: 'ENOSPC' })
}

/**
 * Writes every byte of `data`, or throws. A write may take only part of its buffer (a nearly full
 * disk writes what fits and says how much; only the next write fails with ENOSPC): the rest is
 * written again until none is left. Every write in storage goes through this or `writeAllSync`.
 * `position` null appends (a handle opened for appending) or continues at the file's offset.
 * Returns the bytes written, which is `data`'s whole length.
 */
export async function writeAll(
  handle: WritableHandle,
  data: string | Uint8Array,
  position: number | null = null,
): Promise<number> {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data
  let done = 0
  while (done < bytes.length) {
    const { bytesWritten } = await handle.write(
      bytes,
      done,
      bytes.length - done,
      position === null ? null : position + done,
    )
    if (bytesWritten <= 0) throw noProgress()
    done += bytesWritten
  }
  return done
}

/** The synchronous form of writeAll, for files that must be written before the host runs. */
export function writeAllSync(fd: number, data: string | Uint8Array): number {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data
  let done = 0
  while (done < bytes.length) {
    const written = writeSync(fd, bytes, done, bytes.length - done, null)
    if (written <= 0) throw noProgress()
    done += written
  }
  return done
}

function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.tmp`)
}

/**
 * Temporary files written beside a file: ours (`.<name>.<pid>.tmp`), conf's (`<name>.tmp-<10 digits><6 hex>`)
 * and the calendar secrets' before they were written here (`<name>.tmp-<pid>`).
 */
const TEMP_FILE = /^(?:\..+\.\d+\.tmp|.+\.tmp-(?:\d{10}[0-9a-f]{6}|\d+))$/

/**
 * Removes the temporary files a crash left in `folders` (a failed write removes its own). Call holding
 * the data folder's lock, so that none of them is being written. Best effort: a leftover that cannot
 * be removed is harmless. Returns the paths removed.
 */
export async function removeLeftoverTempFiles(folders: string[], fs: FileSystem = nodeFileSystem): Promise<string[]> {
  const removed: string[] = []
  for (const folder of folders) {
    const names = await fs.readdir(folder).catch(() => [])
    for (const name of names.filter((candidate) => TEMP_FILE.test(candidate))) {
      const path = join(folder, name)
      if (
        await fs.unlink(path).then(
          () => true,
          () => false,
        )
      )
        removed.push(path)
    }
  }
  return removed
}

export interface DurableWriteOptions {
  fs?: FileSystem
  /** Rename the file being replaced to this path first, so the previous version stays on disk. */
  keepPreviousAs?: string
  /**
   * False: replaced whole (never a mix) but not fsynced, for files a journal line vouches for until
   * they are synced later (notes-store's writeBatch).
   */
  sync?: boolean
  /**
   * The file's permissions from its first byte (0o600: the user's alone), whatever the umask and
   * whatever a temporary file left by a crash had. Without it, the system's default for a new file.
   */
  mode?: number
}

/**
 * Replaces `path` so that a crash at any moment leaves either the old or the new content, never a
 * mix: write a temporary file in the same folder, fsync it, rename it over, fsync the folder.
 */
export async function writeFileDurable(path: string, data: string, options: DurableWriteOptions = {}): Promise<void> {
  const fs = options.fs ?? nodeFileSystem
  const temp = tempPathFor(path)
  try {
    const handle = await fs.open(temp, 'w', options.mode)
    try {
      // open's mode is masked by the umask and ignored for a file that exists: set it outright, before any byte.
      if (options.mode !== undefined) await handle.chmod(options.mode)
      await writeAll(handle, data)
      if (options.sync !== false) await handle.sync()
    } finally {
      await handle.close()
    }
    if (options.keepPreviousAs) {
      await fs.rename(path, options.keepPreviousAs).catch((error: unknown) => {
        if (!isMissingFile(error)) throw error
      })
    }
    await fs.rename(temp, path)
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined)
    throw error
  }
  if (options.sync !== false) await syncFolder(dirname(path), fs)
}

/** Cuts a file back to `length` bytes and fsyncs it: drops a torn last line before appending again. */
export async function truncateFileDurable(
  path: string,
  length: number,
  fs: FileSystem = nodeFileSystem,
): Promise<void> {
  const handle = await fs.open(path, 'r+')
  try {
    await handle.truncate(length)
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/** The synchronous form of writeFileDurable, for the settings file that must be ready before the app constructs its store. */
export function writeFileDurableSync(path: string, data: string): void {
  const temp = tempPathFor(path)
  try {
    const fd = openSync(temp, 'w')
    try {
      writeAllSync(fd, data)
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
    renameSync(temp, path)
  } catch (error) {
    try {
      unlinkSync(temp)
    } catch {
      // The temporary file was never created.
    }
    throw error
  }
  syncFolderSync(dirname(path))
}

export function syncFolderSync(folder: string): void {
  let fd: number
  try {
    fd = openSync(folder, 'r')
  } catch (error) {
    if (FOLDER_SYNC_UNSUPPORTED.has(codeOf(error) ?? '')) return
    throw error
  }
  try {
    fsyncSync(fd)
  } catch (error) {
    if (!FOLDER_SYNC_UNSUPPORTED.has(codeOf(error) ?? '')) throw error
  } finally {
    closeSync(fd)
  }
}

const STORAGE_REASONS: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EACCES: 'permission was denied',
  EPERM: 'permission was denied',
  EROFS: 'the disk is read-only',
  EIO: 'the disk reported an error',
  EBUSY: 'the file is in use by another program',
}

/**
 * The failures above say the data folder cannot take a write right now (full, read-only, refused, a
 * failing disk), not that the data is wrong: the host keeps such changes in memory and retries.
 */
export function isUnwritable(error: unknown): boolean {
  return Object.hasOwn(STORAGE_REASONS, codeOf(error) ?? '')
}

/** Why a read or write failed, in words, with the system's code: "the disk is full (ENOSPC)". */
export function storageFailureReason(error: unknown): string {
  const code = codeOf(error)
  const reason = (code && STORAGE_REASONS[code]) ?? (error instanceof Error ? error.message : String(error))
  return `${reason}${code ? ` (${code})` : ''}`
}

/** One line a user can act on: what failed, why, and where. */
export function describeStorageFailure(error: unknown, path: string): string {
  return `${storageFailureReason(error)} at ${path}`
}

/** A failed read or write as the user sees it: code 'storage', saying what could not be done and why. */
export function storageError(action: string, error: unknown, path: string): ApiError {
  if (error instanceof ApiError) return error
  return new ApiError({
    code: 'storage',
    message: `Debrief could not ${action}: ${describeStorageFailure(error, path)}.`,
  })
}
