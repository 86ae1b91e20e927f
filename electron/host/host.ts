import type { Notifier } from './follow-ups/reminders/notifier'
import type { SecretCipher } from './calendar/secrets'
import type { ApiImplementation, HostEvent, Notice } from '../../shared/api/contract'
import type { UpcomingFollowUp } from './follow-ups/open-tasks'
import type { DownloadFile } from './backup/downloads'

/** Where preferences are kept: `<dataDir>/settings.json` (settings/settings-file.ts), or memory in tests. */
export interface SettingsBackend {
  get(key: string): unknown
  set(key: string, value: unknown): void
}

export interface HostOptions {
  dataDir: string
  /**
   * The preferences' store. A function opens it over `<dataDir>/settings.json` (the doors pass
   * openSettingsFile): the host calls it only once it holds the folder's lock and has set a damaged
   * settings file aside, so a process that is refused the lock never touches the file.
   */
  settings: SettingsBackend | (() => SettingsBackend)
  version: string
  /** Shows due follow-ups on the desktop; without one the host schedules no reminders (tests). */
  notifier?: Notifier
  /** The clock; tests pin it. */
  now?: () => Date
  /** Encrypts calendar secrets at rest (Electron's safeStorage); without one they are kept in a 0600 file. */
  secretCipher?: SecretCipher
}

/** The running host: the contract's implementation over one data folder, and its change events. */
export interface Host {
  readonly dataDir: string
  readonly api: ApiImplementation
  onEvent(listener: (event: HostEvent) => void): () => void
  /** Re-reads due times now: after a resume from sleep, a clock or a time-zone change. */
  refreshReminders(): void
  /** Tells every window something (the doors: a quit refused while changes are held). */
  addNotice(level: Notice['level'], message: string): void
  /** The next open follow-ups, soonest first (the tray's list), read from the host's open-task index. */
  upcomingFollowUps(limit: number): UpcomingFollowUp[]
  /** Changes the disk refused, kept in memory until it takes them: quitting now would lose them. */
  heldChanges(): number
  /** An export offered by exportData or exportCalendar, once: the doors stream it (backup/downloads.ts). */
  takeDownload(id: string): DownloadFile | undefined
  /** Flushes pending work and releases the data folder's lock. */
  close(): Promise<void>
}
