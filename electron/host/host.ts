import type { Notifier } from './follow-ups/reminders/notifier'
import type { UpcomingFollowUp } from './follow-ups/open-tasks'
import type { ApiImplementation, HostEvent } from '../../shared/api/contract'

/**
 * Where preferences are kept: electron-store in the desktop app, `conf` in serve-web, both over
 * `<dataDir>/settings.json`. Only this much of their shared API is used, so either fits.
 */
export interface SettingsBackend {
  get(key: string): unknown
  set(key: string, value: unknown): void
}

export interface HostOptions {
  dataDir: string
  /**
   * The preferences' store. A function opens it over `<dataDir>/settings.json` (the doors pass conf or
   * electron-store): the host calls it only once it holds the folder's lock and has set a damaged
   * settings file aside, so a process that is refused the lock never touches the file.
   */
  settings: SettingsBackend | (() => SettingsBackend)
  version: string
  /** Shows due follow-ups on the desktop; without one the host schedules no reminders (tests). */
  notifier?: Notifier
  /** The clock; tests pin it. */
  now?: () => Date
}

/** The running host: the contract's implementation over one data folder, and its change events. */
export interface Host {
  readonly dataDir: string
  readonly api: ApiImplementation
  onEvent(listener: (event: HostEvent) => void): () => void
  /** Re-reads due times now: after a resume from sleep, a clock or a time-zone change. */
  refreshReminders(): void
  /** The next open follow-ups, soonest first (the tray's list), read from the host's open-task index. */
  upcomingFollowUps(limit: number): UpcomingFollowUp[]
  /** Changes the disk refused, kept in memory until it takes them: quitting now would lose them. */
  heldChanges(): number
  /** Flushes pending work and releases the data folder's lock. */
  close(): Promise<void>
}
