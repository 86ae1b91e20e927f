import { execFileSync } from 'node:child_process'
import { closeSync, fsyncSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { isMissingFile, isUnwritable } from './durable-file'

export const LOCK_FILE = 'debrief.lock'

interface LockOwner {
  pid: number
  hostname: string
  /** When the lock was taken. */
  startedAt: string
  /** When the owning process started (ms since the epoch), so that its PID used again by another process is told apart. */
  processStartedAt?: number
}

/** Two readings of one process's start time differ by the clock's grain (Linux: 10 ms and a boot time in seconds; ps: 1 s). */
const SAME_START_MS = 2000

export class DataFolderLockedError extends Error {
  readonly pid: number

  constructor(owner: LockOwner, ownHost: string, path: string) {
    const since = Number.isNaN(Date.parse(owner.startedAt)) ? '' : ` since ${owner.startedAt}`
    const message =
      owner.hostname === ownHost
        ? `This data folder is already open by PID ${owner.pid}${since}. Close the other Debrief window or app ` +
          `first. If no Debrief is running on this computer, delete the lock file ${path} and start again.`
        : `This data folder is already open by PID ${owner.pid} on ${owner.hostname}${since} (a folder shared ` +
          `between computers). Close Debrief on ${owner.hostname} first. If it is not running there, delete the ` +
          `lock file ${path} and start again.`
    super(message)
    this.name = 'DataFolderLockedError'
    this.pid = owner.pid
  }
}

export interface DataFolderLock {
  /** Removes the lock file if it is still ours. Safe to call twice. */
  release(): void
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8')
  } catch (error) {
    if (isMissingFile(error)) return undefined
    throw error
  }
}

function parseOwner(text: string | undefined): LockOwner | undefined {
  try {
    const owner = JSON.parse(text ?? '') as Partial<LockOwner>
    if (typeof owner.pid !== 'number' || typeof owner.hostname !== 'string') return undefined
    const processStartedAt = typeof owner.processStartedAt === 'number' ? owner.processStartedAt : undefined
    return { pid: owner.pid, hostname: owner.hostname, startedAt: String(owner.startedAt), processStartedAt }
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
 * USER_HZ, the unit of /proc/<pid>/stat's start time: 100 on every architecture Linux runs Node on
 * (it is part of the kernel's ABI, whatever the kernel's own tick rate).
 */
const LINUX_CLOCK_TICKS_PER_SECOND = 100

function linuxStartTime(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // Field 2, the command name, is in parentheses and may hold spaces: count from the last ")". Field 22 is the start.
    const startTicks = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19])
    const bootSeconds = Number(/^btime (\d+)$/m.exec(readFileSync('/proc/stat', 'utf8'))?.[1])
    const started = bootSeconds * 1000 + (startTicks * 1000) / LINUX_CLOCK_TICKS_PER_SECOND
    return Number.isFinite(started) ? started : undefined
  } catch {
    return undefined
  }
}

function psStartTime(pid: number): number | undefined {
  try {
    const started = Date.parse(execFileSync('ps', ['-o', 'lstart=', '-p', String(pid)], { encoding: 'utf8' }).trim())
    return Number.isNaN(started) ? undefined : started
  } catch {
    return undefined
  }
}

/** When process `pid` started, where the system tells (Linux, macOS); undefined elsewhere or once it is gone. */
export function processStartTime(pid: number): number | undefined {
  if (process.platform === 'linux') return linuxStartTime(pid)
  if (process.platform === 'darwin') return psStartTime(pid)
  return undefined
}

/**
 * A lock held by a process that no longer runs is stale. So is one naming our own PID (left by an
 * earlier run that crashed, whose PID came back to us), and one whose PID now belongs to a process
 * that started at another time. A lock from another machine (a synced folder) cannot be checked,
 * so it counts as held: the message says how to remove it.
 */
function isStale(owner: LockOwner | undefined, ownHost: string): boolean {
  if (!owner) return true
  if (owner.hostname !== ownHost) return false
  if (owner.pid === process.pid || !isRunning(owner.pid)) return true
  if (owner.processStartedAt === undefined) return false
  const started = processStartTime(owner.pid)
  return started !== undefined && Math.abs(started - owner.processStartedAt) > SAME_START_MS
}

/** Creates `path` only if it does not exist (O_EXCL): of processes racing for it, exactly one succeeds. */
function tryCreate(path: string, text: string): boolean {
  let fd: number
  try {
    fd = openSync(path, 'wx')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false
    throw error
  }
  try {
    writeSync(fd, text)
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
  return true
}

function removeIfPresent(path: string): void {
  try {
    unlinkSync(path)
  } catch (error) {
    if (!isMissingFile(error)) throw error
  }
}

/** A process that died while breaking a stale lock leaves its marker; one older than this is taken as abandoned. */
const ABANDONED_BREAK_MS = 10_000

/**
 * Removes the stale lock `judged`, unless another process replaced it meanwhile. Two processes that
 * both found it stale would otherwise both remove it, and the second would remove the first one's
 * new lock: the `.break` marker, created exclusively, lets one at a time check and remove.
 */
function breakStaleLock(path: string, judged: string | undefined): void {
  const marker = `${path}.break`
  if (!tryCreate(marker, String(process.pid))) {
    const age = Date.now() - (statSync(marker, { throwIfNoEntry: false })?.mtimeMs ?? Date.now())
    if (age > ABANDONED_BREAK_MS) removeIfPresent(marker)
    return
  }
  try {
    if (readText(path) === judged) removeIfPresent(path)
  } finally {
    removeIfPresent(marker)
  }
}

const pause = new Int32Array(new SharedArrayBuffer(4))

export interface LockOptions {
  /** Runs between finding the lock stale and removing it: tests let a second process take it over right there. */
  afterJudgedStale?: () => void
}

/** One process writes a data folder at a time; a second one is told which process has it, and where the lock is. */
export function acquireDataFolderLock(dataDir: string, options: LockOptions = {}): DataFolderLock {
  const path = join(dataDir, LOCK_FILE)
  const ownHost = hostname()
  const owner: LockOwner = {
    pid: process.pid,
    hostname: ownHost,
    startedAt: new Date().toISOString(),
    processStartedAt: processStartTime(process.pid),
  }
  const ownText = JSON.stringify(owner)
  for (let attempt = 0; attempt < 100; attempt++) {
    if (tryCreate(path, ownText)) {
      let released = false
      return {
        release() {
          if (released) return
          released = true
          if (readText(path) === ownText) unlinkSync(path)
        },
      }
    }
    const text = readText(path)
    const current = parseOwner(text)
    if (text !== undefined && !isStale(current, ownHost)) throw new DataFolderLockedError(current!, ownHost, path)
    options.afterJudgedStale?.()
    breakStaleLock(path, text)
    // Another process may be breaking it right now: give it a moment before looking again.
    if (attempt > 0) Atomics.wait(pause, 0, 0, 10)
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
