import type { Notice } from '../../../shared/api/contract'
import { isUnwritable, storageFailureReason } from './durable-file'
import type { FolderLock } from './lock'
import { createNotice } from './notices'

/** How often changes held in memory are tried again while the disk refuses them. */
export const RETRY_HELD_MS = 5000

/** One kind of data the host holds in memory while the disk refuses it (journal, notes, preferences). */
export interface HeldWrites {
  /** Changes held in memory, not on disk yet. */
  readonly unsaved: number
  /** Why the disk refused them, while any are held. */
  readonly reason: unknown
  /** Writes them; throws (keeping them) while the disk still refuses. */
  flush(): Promise<void>
}

export interface PendingWritesOptions {
  dataDir: string
  now: () => Date
  lock: FolderLock
  /** Every kind of held data, written in this order on each retry. */
  parts: HeldWrites[]
  /** Runs a retry in the host's queue, so it never interleaves with a change. */
  exclusive: <T>(task: () => Promise<T>) => Promise<T>
  /** The notice changed: tell every window. */
  onNotice: () => void
  retryMs?: number
}

function changes(count: number): string {
  return count === 1 ? 'change is' : `${count} changes are`
}

/**
 * Watches over the changes the host holds in memory while the disk refuses them (full, read-only):
 * one notice says so for as long as it lasts, a timer and every new change try them again, and the
 * notice turns to "saved" once everything is on disk.
 */
export class PendingWrites {
  /** Why the last retry failed before reaching the parts (the lock could not be taken). */
  private lockRefusal: unknown
  private current: Notice | undefined
  private timer: NodeJS.Timeout | undefined
  private retrying: Promise<void> | undefined
  /** The last failure logged, so that a retry every few seconds does not repeat it. */
  private lastLogged = ''

  constructor(private readonly options: PendingWritesOptions) {
    this.update()
  }

  /** Changes held in memory across every part. */
  get unsaved(): number {
    return this.options.parts.reduce((sum, part) => sum + part.unsaved, 0)
  }

  /** The notice while the folder cannot be written, or just after it could be again. */
  get notice(): Notice | undefined {
    return this.current
  }

  /** Call after every write, written or held: updates the notice and, while the disk refuses, tries again. */
  afterWrite(): void {
    this.update()
    if (this.refusing) void this.retry()
  }

  /** Tries every held write now, in the host's queue; a refusal is not an error (the notice says it). */
  retry(): Promise<void> {
    this.retrying ??= this.options
      .exclusive(() => this.flushAll())
      .catch(() => undefined)
      .finally(() => {
        this.retrying = undefined
      })
    return this.retrying
  }

  /** The last chance before the host closes (call inside its queue): writes what is held, or says how much is lost. */
  async flushBeforeClose(): Promise<void> {
    this.stopTimer()
    await this.flushAll()
    this.stopTimer()
    const unsaved = this.unsaved
    if (unsaved > 0) {
      throw new Error(
        `Debrief closed with ${unsaved} change${unsaved === 1 ? '' : 's'} it could not save to ` +
          `${this.options.dataDir}: ${storageFailureReason(this.reason)}.`,
      )
    }
  }

  stop(): void {
    this.stopTimer()
  }

  /** Dismissing is only for the notice that everything is saved again. */
  dismiss(id: string): boolean {
    if (this.current?.id !== id || this.current.level !== 'info') return false
    this.current = undefined
    return true
  }

  private get refusing(): boolean {
    return this.unsaved > 0 || !this.options.lock.held
  }

  private get reason(): unknown {
    const { parts, lock } = this.options
    return parts.find((part) => part.reason !== undefined)?.reason ?? this.lockRefusal ?? lock.refusedAtStart
  }

  private async flushAll(): Promise<void> {
    try {
      this.options.lock.ensure()
      this.lockRefusal = undefined
      for (const part of this.options.parts) await part.flush()
      this.lastLogged = ''
    } catch (error) {
      if (!this.options.lock.held) this.lockRefusal = error
      const message = error instanceof Error ? error.message : String(error)
      if (!isUnwritable(error) && message !== this.lastLogged) {
        console.error('[debrief] writing the changes held in memory failed:', error)
      }
      this.lastLogged = message
    }
    this.update()
  }

  private update(): void {
    if (this.refusing) this.startTimer()
    else this.stopTimer()
    const next = this.describe()
    if (!next || (next.message === this.current?.message && next.level === this.current.level)) return
    // One notice, updated in place: the same id keeps it where it is in the banner.
    const notice = createNotice(next.level, next.message, this.options.now())
    this.current = {
      ...notice,
      id: this.current?.id ?? notice.id,
      ...(next.unsavedChanges ? { unsavedChanges: next.unsavedChanges } : {}),
    }
    this.options.onNotice()
  }

  /** What the notice should say now; undefined to leave it as it is. */
  private describe(): Pick<Notice, 'level' | 'message' | 'unsavedChanges'> | undefined {
    const { dataDir } = this.options
    const unsaved = this.unsaved
    if (!this.refusing) {
      return this.current && this.current.level !== 'info'
        ? { level: 'info', message: `Debrief can save to ${dataDir} again: every change is on disk.` }
        : undefined
    }
    const why = storageFailureReason(this.reason)
    if (unsaved > 0) {
      return {
        level: 'error',
        message:
          `Debrief can't save to ${dataDir}: ${why}. Your last ${changes(unsaved)} kept in memory and will be ` +
          `written as soon as possible; don't quit Debrief until this message goes away.`,
        unsavedChanges: unsaved,
      }
    }
    return {
      level: 'warning',
      message:
        `Debrief can't write to ${dataDir}: ${why}. Your interviews are shown as last saved; changes you make ` +
        'are kept in memory and written once the folder can be written to.',
    }
  }

  private startTimer(): void {
    if (this.timer) return
    this.timer = setInterval(() => void this.retry(), this.options.retryMs ?? RETRY_HELD_MS)
    this.timer.unref()
  }

  private stopTimer(): void {
    clearInterval(this.timer)
    this.timer = undefined
  }
}
