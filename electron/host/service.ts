import { join } from 'node:path'
import { nodeFileSystem, removeLeftoverTempFiles, storageError, type FileSystem } from './storage/durable-file'
import type { Notice } from '../../shared/api/contract'
import type { Host, HostOptions, SettingsBackend } from './host'
import { InterviewStore } from './storage/interview-store'
import { DataFolderLockedError, FolderLock, LOCK_FILE } from './storage/lock'
import { NOTES_FOLDER, NotesStore } from './notes/notes-store'
import { SampleRegistry } from './interviews/samples'
import { finishInterrupted } from './backup/interrupted-batches'
import { loadPreferences } from './settings/preferences'
import { prepareSettingsFile } from './settings/settings-file'
import { HostService } from './host-service'
import { shareRepeatedStrings } from './interviews/shared-strings'
import { collectStartGarbage } from './interviews/start-garbage'
import { CALENDAR_FOLDER } from './calendar/calendar-files'

/** Storage knobs beyond HostOptions: tests inject failing file operations and small thresholds. */
export interface StorageOptions {
  fileSystem?: FileSystem
  /** The user's zone, for migrating files that stored instants; the system's by default. */
  timeZone?: string
  /** Journal size (bytes) past which it is folded into a new snapshot. */
  compactAtBytes?: number
  /** How often a running host checks whether a new day needs its backup (ms); tests shorten it. */
  backupCheckMs?: number
  /** How often changes the disk refused are tried again (ms); tests shorten it. */
  retryHeldMs?: number
}

/** A snapshot this large (~10,000 interviews) leaves enough garbage at start to collect it at once (start-garbage.ts). */
const LARGE_START_BYTES = 32 * 1024 * 1024

/**
 * Opens the data folder: creates it if needed, takes its lock, recovers the interviews and reads the
 * preferences. Every notice about what recovery did is in getHostInfo.
 */
export async function openHost(options: HostOptions & StorageOptions): Promise<Host> {
  return openLockedHost(options, await lockDataFolder(options))
}

/** Creates the data folder if needed and takes its lock: quick, so a refused folder is said at once. */
export async function lockDataFolder(options: HostOptions & StorageOptions): Promise<FolderLock> {
  const fs = options.fileSystem ?? nodeFileSystem
  try {
    await fs.mkdir(options.dataDir, { recursive: true })
  } catch (error) {
    throw storageError('create the data folder', error, options.dataDir)
  }
  try {
    // A read-only folder opens without its lock, to show what it holds (storage/held-writes.ts).
    return FolderLock.take(options.dataDir)
  } catch (error) {
    if (error instanceof DataFolderLockedError) throw error
    throw storageError('lock the data folder', error, join(options.dataDir, LOCK_FILE))
  }
}

/**
 * The preferences' store, opened once the folder's lock is taken and a damaged settings file set aside
 * (the notices say so). Quick: startHost opens it before the interviews are read, for a door that
 * needs it at once (the desktop window's size and place).
 */
export function openSettings(options: HostOptions, now: () => Date): { settings: SettingsBackend; notices: Notice[] } {
  if (typeof options.settings !== 'function') return { settings: options.settings, notices: [] }
  const notices = prepareSettingsFile(options.dataDir, now())
  return { settings: options.settings(), notices }
}

/**
 * The rest of openHost, over a folder whose lock `lock` holds (or could not take, read-only), with its
 * settings opened already when `settingsOpened` is given.
 */
export async function openLockedHost(
  options: HostOptions & StorageOptions,
  lock: FolderLock,
  settingsOpened?: ReturnType<typeof openSettings>,
): Promise<Host> {
  const now = options.now ?? (() => new Date())
  const fs = options.fileSystem ?? nodeFileSystem
  try {
    const { settings, notices: settingsNotices } = settingsOpened ?? openSettings(options, now)
    if (lock.held) {
      const folders = [options.dataDir, join(options.dataDir, NOTES_FOLDER), join(options.dataDir, CALENDAR_FOLDER)]
      await removeLeftoverTempFiles(folders, fs)
    }
    const interviews = await InterviewStore.open({
      dataDir: options.dataDir,
      now,
      fs,
      timeZone: options.timeZone,
      compactAtBytes: options.compactAtBytes,
      gate: lock.ensure,
    })
    const notes = new NotesStore(options.dataDir, fs, lock.ensure, now)
    const startNotices = lock.held
      ? await finishInterrupted(options.dataDir, interviews.effects, notes, settings, now)
      : []
    const loaded = loadPreferences(settings, now())
    const notices = [...settingsNotices, ...interviews.notices, ...startNotices, ...loaded.notices]
    const service = new HostService(
      options,
      settings,
      now,
      lock,
      interviews.store,
      notes,
      new SampleRegistry(options.dataDir, fs),
      loaded.preferences,
      notices,
    )
    await service.calendar.start()
    const { notifier } = options
    if (notifier) service.afterFirstAnswer.run(() => service.startReminders(notifier))
    service.afterFirstAnswer.run(() => {
      void shareRepeatedStrings([...interviews.store.values()]).then(() => {
        if (interviews.store.snapshotSize >= LARGE_START_BYTES) collectStartGarbage()
      })
    })
    if (lock.held) service.afterFirstAnswer.run(() => void service.firstPages.checkAtStart())
    await service.startBackups(fs, options.backupCheckMs)
    return service
  } catch (error) {
    lock.release()
    throw error
  }
}
