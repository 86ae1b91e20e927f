import { closeSync, fsyncSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { isUnwritable } from './durable-file'

export const LOCK_FILE = 'debrief.lock'

interface LockOwner {
  pid: number
  hostname: string
  startedAt: string
}

export class DataFolderLockedError extends Error {
  readonly pid: number

  constructor(owner: LockOwner, ownHost: string) {
    const where = owner.hostname === ownHost ? '' : ` on ${owner.hostname}`
    super(`This data folder is already open by PID ${owner.pid}${where}. Close the other Debrief window or app first.`)
    this.name = 'DataFolderLockedError'
    this.pid = owner.pid
  }
}

export interface DataFolderLock {
  /** Removes the lock file if it is still ours. Safe to call twice. */
  release(): void
}

function readOwner(path: string): LockOwner | undefined {
  try {
    const owner = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockOwner>
    if (typeof owner.pid !== 'number' || typeof owner.hostname !== 'string') return undefined
    return { pid: owner.pid, hostname: owner.hostname, startedAt: String(owner.startedAt) }
  } catch {
    // Missing, or torn by a crash while it was written: nobody holds it.
    return undefined
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * A lock held by a process that no longer runs is stale. So is one naming our own PID: it was left by
 * an earlier run that crashed and whose PID came back to us. A lock from another machine (a synced
 * folder) cannot be checked, so it counts as held.
 */
function isStale(owner: LockOwner | undefined, ownHost: string): boolean {
  if (!owner) return true
  if (owner.hostname !== ownHost) return false
  return owner.pid === process.pid || !isRunning(owner.pid)
}

function tryCreate(path: string, owner: LockOwner): boolean {
  let fd: number
  try {
    fd = openSync(path, 'wx')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false
    throw error
  }
  try {
    writeSync(fd, JSON.stringify(owner))
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
  return true
}

/** One process writes a data folder at a time; a second one is told which process has it. */
export function acquireDataFolderLock(dataDir: string): DataFolderLock {
  const path = join(dataDir, LOCK_FILE)
  const ownHost = hostname()
  const owner: LockOwner = { pid: process.pid, hostname: ownHost, startedAt: new Date().toISOString() }
  for (let attempt = 0; attempt < 3; attempt++) {
    if (tryCreate(path, owner)) {
      let released = false
      return {
        release() {
          if (released) return
          released = true
          const current = readOwner(path)
          if (current?.pid === owner.pid && current.startedAt === owner.startedAt) unlinkSync(path)
        },
      }
    }
    const current = readOwner(path)
    if (!isStale(current, ownHost)) throw new DataFolderLockedError(current!, ownHost)
    try {
      unlinkSync(path)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    }
  }
  throw new Error(`Could not take the lock ${path}: another process keeps replacing it.`)
}

/** Asked before every write: throws (an unwritable error) while this process may not write the data folder. */
export type WriteGate = () => void

/**
 * The data folder's lock. A folder that cannot take the lock file (read-only, no permission) is still
 * opened, to show what it holds; the lock is then taken before the first write that goes through.
 */
export class FolderLock {
  private constructor(
    private readonly dataDir: string,
    private lock: DataFolderLock | undefined,
    /** Why the lock could not be taken at start; undefined when it was. */
    readonly refusedAtStart: unknown,
  ) {}

  /** Throws DataFolderLockedError (another process has the folder) and failures other than an unwritable folder. */
  static take(dataDir: string): FolderLock {
    try {
      return new FolderLock(dataDir, acquireDataFolderLock(dataDir), undefined)
    } catch (error) {
      if (!isUnwritable(error)) throw error
      return new FolderLock(dataDir, undefined, error)
    }
  }

  get held(): boolean {
    return this.lock !== undefined
  }

  /** The write gate: takes the lock if this process does not hold it yet, or throws why it cannot. */
  readonly ensure = (): void => {
    this.lock ??= acquireDataFolderLock(this.dataDir)
  }

  release(): void {
    this.lock?.release()
  }
}
