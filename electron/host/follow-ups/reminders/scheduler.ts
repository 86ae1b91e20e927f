import type { ReminderStatus } from '../../../../shared/api/contract'
import { DEFAULT_PREFERENCES } from '../../../../shared/domain/settings'
import type { CallWindowPreferences } from '../../../../shared/workflow/call-windows'
import {
  reminderNotification,
  type DueReminder,
  type ReminderNotification,
} from '../../../../shared/workflow/reminder-text'
import { effectiveDue } from '../../../../shared/workflow/task-state'
import type { FileSystem } from '../../storage/durable-file'
import { damagedFiredLogNotice, loadFiredLog, saveFiredLog } from './fired-log'
import { quietHoursEnd, type QuietHours } from '../../../../shared/workflow/quiet-hours'
import { readDue, type ReadThrough, type ReminderSource } from './reminder-sources'

/** What the scheduler reads from the user's preferences, on every check. */
export interface ReminderPreferences extends CallWindowPreferences {
  notificationsEnabled?: boolean
  /** Absent or null: no quiet hours. */
  quietHours?: QuietHours | null
}

export interface TimerApi {
  setTimeout(callback: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

export interface ReminderSchedulerOptions {
  dataDir: string
  /** The sources of reminders (the open-task index first). Asked at every check. */
  getSources: () => readonly ReminderSource[]
  /** Resolves once the notification service took the notification; rejects when it did not (then it is shown later). */
  notify: (notification: ReminderNotification) => Promise<void>
  /** Told whenever the status changes: the service found unavailable or back, the count of waiting reminders. */
  onStatus?: (status: ReminderStatus, reason: string | undefined) => void
  getPreferences?: () => ReminderPreferences
  now?: () => Date
  /** A clock that only moves forward with time spent awake (performance.now), to notice wall-clock jumps. */
  monotonicNow?: () => number
  timers?: TimerApi
  /** The user's own zone, in which quiet hours are read; the system's by default. */
  timeZone?: () => string
  /** The longest sleep between checks, so clock and zone changes are noticed without being told. */
  maxSleepMs?: number
  fs?: FileSystem
  log?: (line: string) => void
  /** Tells the user something (the host shows it as a notice), as when reminders.json had to be set aside. */
  warn?: (message: string) => void
  /** Told of the reminders the notification service took, as the calendar records its prompts as asked. */
  onShown?: (shown: DueReminder[]) => Promise<void>
}

export interface ReminderScheduler {
  /** Reads what was already shown, shows (once, grouped) what came due while closed, then keeps watch. */
  start(): Promise<void>
  /** Checks again now: on resume from sleep, a clock or a zone change (a service that was down is tried at once). */
  reschedule(): Promise<void>
  /**
   * Tasks, prompts or preferences changed: checks again now, except while the notification service is
   * down and its next retry is still ahead; that retry reads the change (notifications turned off
   * take effect at once).
   */
  changed(): Promise<void>
  /** Resolves once the check in progress, if any, has finished. */
  settled(): Promise<void>
  /** Stops for good (a stopped scheduler does not start again), once the check in progress has finished. */
  stop(): Promise<void>
  /** Whether notifications get through, and how many due reminders wait to be shown. */
  status(): ReminderStatus
}

export const MAX_SLEEP_MS = 60_000
/** Wall time and awake time may disagree by this much before it counts as a clock change or a sleep. */
const CLOCK_JUMP_MS = 5_000
const DAY_MS = 86_400_000
/** How long after its due day a closed task keeps the record that its reminder was shown (forgetClosed). */
const CLOSED_RECORD_KEPT_DAYS = 14
/**
 * Retries while the notification service does not answer: 5 s, doubling to 30 s, so a daemon that
 * comes up is found within half a minute (well inside the minute the user may wait) without a
 * failing notify-send being run every second.
 */
export const FIRST_RETRY_MS = 5_000
export const MAX_RETRY_MS = 30_000

const realTimers: TimerApi = {
  setTimeout(callback, ms) {
    const handle = setTimeout(callback, ms)
    // The scheduler alone never keeps the process running.
    handle.unref?.()
    return handle
  },
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
}

function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

function describeJump(ms: number): string {
  const minutes = Math.round(Math.abs(ms) / 60_000)
  const size = minutes >= 1 ? `about ${minutes} min` : `${Math.round(Math.abs(ms) / 1000)} s`
  return `${ms > 0 ? 'forward' : 'back'} by ${size}`
}

/**
 * Shows each due reminder once. Due times are wall-clock times in each interview's zone, turned into
 * instants against the real clock at every check. `<dataDir>/reminders.json` records the due time each
 * task was shown for, so a restart never shows it again, and a new due time (an edit, a snooze) shows it
 * anew. Reminders due together become one notification; none is shown during quiet hours.
 */
export function createReminderScheduler(options: ReminderSchedulerOptions): ReminderScheduler {
  return new Scheduler(options)
}

class Scheduler implements ReminderScheduler {
  /** Task id → the due time it was shown for. A Map: lookups by uuid run on every check, for every due task. */
  private fired = new Map<string, string>()
  /** By the source's place in getSources(): what the last check settled, so the next reads only what came due since. */
  private handled: Array<ReadThrough | undefined> = []
  private chain: Promise<void> = Promise.resolve()
  /** A check that is queued but not begun: later requests join it. */
  private queuedCheck: Promise<void> | undefined
  private timer: unknown
  private armedAt: { wallMs: number; awakeMs: number } | undefined
  private started = false
  private stopped = false
  private current: ReminderStatus = { notifications: 'available', pending: 0 }
  private unavailableReason: string | undefined
  /** The next retry's delay while notifications are unavailable. */
  private retryMs = FIRST_RETRY_MS
  /** While notifications are unavailable: when the armed retry runs. */
  private retryAtMs: number | undefined
  private readonly now: () => Date
  private readonly monotonicNow: () => number
  private readonly timers: TimerApi
  private readonly timeZone: () => string
  private readonly getPreferences: () => ReminderPreferences
  private readonly log: (line: string) => void

  constructor(private readonly options: ReminderSchedulerOptions) {
    this.now = options.now ?? (() => new Date())
    this.monotonicNow = options.monotonicNow ?? (() => performance.now())
    this.timers = options.timers ?? realTimers
    this.timeZone = options.timeZone ?? systemTimeZone
    this.getPreferences = options.getPreferences ?? (() => DEFAULT_PREFERENCES)
    this.log = options.log ?? ((line) => console.warn(line))
  }

  start(): Promise<void> {
    if (this.started) return this.chain
    this.started = true
    this.chain = this.chain.then(() => this.loadLog())
    return this.requestCheck()
  }

  reschedule(): Promise<void> {
    if (!this.started || this.stopped) return this.chain
    this.disarm()
    return this.requestCheck()
  }

  changed(): Promise<void> {
    // Each change checked at once, the service down, ran a failing notify-send and re-read every
    // overdue reminder: 27 ms of host CPU per move after an import of 10,000 (cpu profile, 457 moves).
    const retryAhead = this.retryAtMs !== undefined && this.now().getTime() < this.retryAtMs
    if (retryAhead && this.timer !== undefined && this.getPreferences().notificationsEnabled !== false) {
      return this.chain
    }
    return this.reschedule()
  }

  settled(): Promise<void> {
    return this.chain
  }

  stop(): Promise<void> {
    this.stopped = true
    this.disarm()
    return this.chain
  }

  status(): ReminderStatus {
    return { ...this.current }
  }

  private setStatus(status: ReminderStatus, reason: string | undefined): void {
    const same = status.notifications === this.current.notifications && status.pending === this.current.pending
    this.current = status
    this.unavailableReason = reason
    if (!same) this.options.onStatus?.(this.status(), reason)
  }

  private requestCheck(): Promise<void> {
    if (this.queuedCheck) return this.queuedCheck
    const run = this.chain.then(async () => {
      this.queuedCheck = undefined
      if (this.stopped) return
      try {
        await this.check()
      } catch (error) {
        this.log(`[debrief] Checking reminders failed (${describeError(error)}); trying again shortly.`)
        this.arm(undefined)
      }
    })
    this.queuedCheck = run
    this.chain = run
    return run
  }

  private async loadLog(): Promise<void> {
    try {
      const loaded = await loadFiredLog(this.options.dataDir, this.now(), this.options.fs)
      this.fired = new Map(Object.entries(loaded.fired))
      if (loaded.setAsideAs) {
        this.log(`[debrief] The reminders file was damaged and was moved to ${loaded.setAsideAs}; starting afresh.`)
        this.options.warn?.(damagedFiredLogNotice(loaded.setAsideAs))
      }
    } catch (error) {
      this.log(`[debrief] The reminders file could not be read (${describeError(error)}); starting afresh.`)
    }
  }

  private async check(): Promise<void> {
    // Read before anything is awaited: this is the moment the check stands for.
    const now = this.now()
    const nowMs = now.getTime()
    const preferences = this.getPreferences()
    const sources = this.options.getSources()
    const quietUntil = quietHoursEnd(preferences.quietHours, now, this.timeZone())

    const { due, nextDueMs, anyChanged, readThrough } = readDue(sources, this.handled, this.fired, nowMs)

    // A task closes only by a change, which changes its source's version.
    let changed = anyChanged && this.forgetClosed(sources, now)
    let settled = due.length === 0
    const enabled = preferences.notificationsEnabled !== false
    let wakeMs = quietUntil ? quietUntil.getTime() : nextDueMs
    this.retryAtMs = undefined
    if (!enabled) {
      this.setStatus({ notifications: 'off', pending: 0 }, undefined)
    } else if (due.length > 0 && !quietUntil) {
      // Recorded as shown only once the service took it: until then it waits, counted, and is retried.
      if (await this.show(due, now, preferences)) {
        for (const { task } of due) this.fired.set(task.id, effectiveDue(task))
        await this.options.onShown?.(due).catch((error: unknown) => this.log(`[debrief] ${describeError(error)}`))
        changed = true
        settled = true
        this.retryMs = FIRST_RETRY_MS
        this.setStatus({ notifications: 'available', pending: 0 }, undefined)
      } else {
        const retryAt = now.getTime() + this.retryMs
        this.retryMs = Math.min(this.retryMs * 2, MAX_RETRY_MS)
        wakeMs = wakeMs === undefined ? retryAt : Math.min(wakeMs, retryAt)
        this.retryAtMs = wakeMs
      }
    } else {
      // Nothing to show (or quiet hours): the service's state is as last seen; the count is what waits.
      this.setStatus(
        {
          notifications: this.current.notifications === 'off' ? 'available' : this.current.notifications,
          pending: due.length,
        },
        this.unavailableReason,
      )
    }
    // Anything left unshown (quiet hours, notifications off or unavailable) is kept for the next check.
    this.handled = readThrough(settled)
    if (changed) await this.saveLog()
    this.arm(wakeMs)
  }

  /** Whether the notification service took the reminders; a failure is logged once until it answers again. */
  private async show(due: DueReminder[], now: Date, preferences: ReminderPreferences): Promise<boolean> {
    try {
      await this.options.notify(reminderNotification(due, now, preferences, this.timeZone()))
      return true
    } catch (error) {
      const reason = describeError(error)
      if (this.current.notifications !== 'unavailable') {
        this.log(`[debrief] Desktop notifications are unavailable (${reason}); ${due.length} reminder(s) wait.`)
      }
      this.setStatus({ notifications: 'unavailable', pending: due.length }, reason)
      return false
    }
  }

  /**
   * A task no longer open keeps the record of its reminder while its due time is recent: an undo or a
   * reopen brings the task back, not the reminder, which was shown again at once (a walkthrough, after
   * Ctrl+Z of a move). Once the due time is older, the record goes, so the file holds what is recent;
   * a task reopened after that is reminded afresh.
   */
  private forgetClosed(sources: readonly ReminderSource[], now: Date): boolean {
    const keepFrom = new Date(now.getTime() - CLOSED_RECORD_KEPT_DAYS * DAY_MS).toISOString().slice(0, 10)
    let changed = false
    for (const [id, due] of this.fired) {
      if (due.slice(0, 10) >= keepFrom) continue
      if (sources.some((source) => source.isOpen(id))) continue
      this.fired.delete(id)
      changed = true
    }
    return changed
  }

  private async saveLog(): Promise<void> {
    try {
      await saveFiredLog(this.options.dataDir, Object.fromEntries(this.fired), this.options.fs)
    } catch (error) {
      this.log(
        `[debrief] Could not record which reminders were shown (${describeError(error)}); ` +
          'they may show again after a restart.',
      )
    }
  }

  /** Sleeps until `wakeMs`, but never longer than the cap, so the clock is looked at again soon. */
  private arm(wakeMs: number | undefined): void {
    this.disarm()
    if (this.stopped) return
    const nowMs = this.now().getTime()
    const cap = this.options.maxSleepMs ?? MAX_SLEEP_MS
    const delay = wakeMs === undefined ? cap : Math.min(Math.max(wakeMs - nowMs, 0), cap)
    this.armedAt = { wallMs: nowMs, awakeMs: this.monotonicNow() }
    this.timer = this.timers.setTimeout(() => this.wake(), delay)
  }

  private disarm(): void {
    if (this.timer !== undefined) this.timers.clearTimeout(this.timer)
    this.timer = undefined
  }

  private wake(): void {
    this.timer = undefined
    if (this.armedAt) {
      const wallElapsed = this.now().getTime() - this.armedAt.wallMs
      const drift = wallElapsed - (this.monotonicNow() - this.armedAt.awakeMs)
      if (Math.abs(drift) > CLOCK_JUMP_MS) {
        this.log(`[debrief] The clock moved ${describeJump(drift)} (a clock change or sleep); reminders re-read.`)
      }
    }
    void this.requestCheck()
  }
}
