import { randomUUID } from 'node:crypto'
import { join } from 'node:path'
import type { ApiImplementation, HostEvent, Notice } from '../../shared/api/contract'
import { ApiError } from '../../shared/api/errors'
import type { HistoryEntry, Interview } from '../../shared/domain/interview'
import type { Preferences } from '../../shared/domain/settings'
import { nodeFileSystem, storageError, type FileSystem } from './durable-file'
import type { Host, HostOptions, SettingsBackend } from './host'
import { archiveChange, createChange, deleteChange, moveChange, taskChange, updateChange } from './interview-changes'
import { InterviewStore } from './interview-store'
import { acquireDataFolderLock, DataFolderLockedError, LOCK_FILE, type DataFolderLock } from './lock'
import { NOTES_FOLDER, NotesStore } from './notes-store'
import { DamagedSamplesFileError, SampleRegistry, sampleChanges, sampleRemoval } from './samples'
import { needsRespace } from './respace'
import { BoardColumns } from './board-pages'
import { createNotice } from './notices'
import { BackupKeeper } from './backup-keeper'
import { listBackups } from './backups'
import { exportData, importData, restoreFromBackup, type DataFolderAccess } from './data-transfer'
import { taskPlanner, taskUpdate } from './follow-up-planner'
import { loadPreferences, savePreferences } from './preferences'
import { prepareSettingsFile } from './settings-file'
import { NotesSearch } from './search/notes-search'
import type { Notifier } from './reminders/notifier'
import { createReminderScheduler, openReminders, type ReminderScheduler } from './reminders/scheduler'

/** Storage knobs beyond HostOptions: tests inject failing file operations and small thresholds. */
export interface StorageOptions {
  fileSystem?: FileSystem
  /** The user's zone, for migrating files that stored instants; the system's by default. */
  timeZone?: string
  /** Journal size (bytes) past which it is folded into a new snapshot. */
  compactAtBytes?: number
  /** How often a running host checks whether a new day needs its backup (ms); tests shorten it. */
  backupCheckMs?: number
}

/**
 * Opens the data folder: creates it if needed, takes its lock, recovers the interviews and reads the
 * preferences. Every notice about what recovery did is in getHostInfo.
 */
export async function openHost(options: HostOptions & StorageOptions): Promise<Host> {
  const now = options.now ?? (() => new Date())
  const fs = options.fileSystem ?? nodeFileSystem
  try {
    await fs.mkdir(options.dataDir, { recursive: true })
  } catch (error) {
    throw storageError('create the data folder', error, options.dataDir)
  }
  let lock: DataFolderLock
  try {
    lock = acquireDataFolderLock(options.dataDir)
  } catch (error) {
    if (error instanceof DataFolderLockedError) throw error
    throw storageError('lock the data folder', error, join(options.dataDir, LOCK_FILE))
  }
  try {
    const opened = await InterviewStore.open({
      dataDir: options.dataDir,
      now,
      fs,
      timeZone: options.timeZone,
      compactAtBytes: options.compactAtBytes,
    })
    const settingsNotices = typeof options.settings === 'function' ? prepareSettingsFile(options.dataDir, now()) : []
    const settings = typeof options.settings === 'function' ? options.settings() : options.settings
    const loaded = loadPreferences(settings, now())
    const notices = [...settingsNotices, ...opened.notices, ...loaded.notices]
    const service = new HostService(
      options,
      settings,
      now,
      lock,
      opened.store,
      new NotesStore(options.dataDir, fs),
      new SampleRegistry(options.dataDir, fs),
      loaded.preferences,
      notices,
    )
    if (options.notifier) service.startReminders(options.notifier)
    const timeZone = options.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone
    await service.startBackups(fs, timeZone, options.backupCheckMs)
    return service
  } catch (error) {
    lock.release()
    throw error
  }
}

class HostService implements Host {
  readonly dataDir: string
  readonly api: ApiImplementation
  private readonly listeners = new Set<(event: HostEvent) => void>()
  private readonly version: string
  /** Every change runs alone, in call order: a change sees the state the previous one left. */
  private queue: Promise<unknown> = Promise.resolve()
  private closed = false
  private readonly columns: BoardColumns
  private closing: Promise<void> | undefined
  private reminders: ReminderScheduler | undefined
  private backups: { keeper: BackupKeeper; fs: FileSystem; timeZone: string } | undefined
  private readonly search: NotesSearch

  constructor(
    options: HostOptions,
    private readonly settings: SettingsBackend,
    private readonly now: () => Date,
    private readonly lock: DataFolderLock,
    private readonly store: InterviewStore,
    private readonly notes: NotesStore,
    private readonly samples: SampleRegistry,
    private preferences: Preferences,
    private notices: Notice[],
  ) {
    this.dataDir = options.dataDir
    this.version = options.version
    this.columns = new BoardColumns(() => store.values())
    this.api = this.implementation()
    this.search = new NotesSearch({
      notes,
      interviews: () => store.values(),
      emit: (event) => this.emit(event),
      exclusive: (task) => this.serially(task),
      folder: join(options.dataDir, NOTES_FOLDER),
      onWatchError: (error) =>
        this.addNotice(
          'warning',
          `Debrief cannot watch the notes folder for changes made outside the app (${error.message}). ` +
            'Notes edited elsewhere show when you reopen them.',
        ),
    })
  }

  onEvent(listener: (event: HostEvent) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  close(): Promise<void> {
    this.closing ??= this.shutdown()
    return this.closing
  }

  /** Fires each due follow-up once on the desktop (electron/host/reminders). */
  startReminders(notifier: Notifier): void {
    this.reminders = createReminderScheduler({
      dataDir: this.dataDir,
      now: this.now,
      getDueCandidates: () => openReminders(this.store.values()),
      notify: (notification) => notifier.show(notification),
      getPreferences: () => this.preferences,
    })
    void this.reminders.start()
  }

  refreshReminders(): void {
    void this.reminders?.reschedule()
  }

  /** Takes today's backup of the data folder if it has none, then one each new day (electron/host/backups.ts). */
  async startBackups(fs: FileSystem, timeZone: string, checkEveryMs?: number): Promise<void> {
    const keeper = new BackupKeeper({
      dataDir: this.dataDir,
      version: this.version,
      fs,
      now: this.now,
      exclusive: (task) => this.serially(task),
      interviews: () => this.store.sorted(),
      hasData: () => this.store.sorted().length > 0 || this.store.lastUndoable() !== undefined,
      backupsToKeep: () => this.preferences.backupsToKeep,
      warn: (message) => this.addNotice('warning', message),
    })
    this.backups = { keeper, fs, timeZone }
    await keeper.start(checkEveryMs)
  }

  /** Restore, import and export (data-transfer.ts) change the data through the same journal as the user. */
  private dataAccess(): DataFolderAccess {
    if (!this.backups) throw new ApiError({ code: 'unavailable', message: 'Backups are not available yet.' })
    const { fs, timeZone } = this.backups
    return {
      dataDir: this.dataDir,
      fs,
      timeZone,
      now: this.now,
      interviews: () => this.store.sorted(),
      notes: this.notes,
      commitChange: async (entry) => void (await this.record(entry, entry.after ?? entry.before!)),
      writeNotes: async (id, markdown) => void (await this.writeNotesNow(id, markdown)),
      replacePreferences: (stored) => {
        this.preferences = loadPreferences({ get: () => stored, set: () => undefined }, this.now()).preferences
        savePreferences(this.settings, this.preferences)
        this.emit({ topic: 'preferences' })
      },
      addNotice: (level, message) => this.addNotice(level, message),
    }
  }

  /** Writes notes durably (refusing a stale base revision), then updates the search index and every window. */
  private async writeNotesNow(id: string, markdown: string, baseRevision?: string): Promise<string> {
    const revision = await this.notes.write(id, markdown, baseRevision, this.store.get(id)?.company ?? id)
    this.search.notesWritten(id, markdown, revision)
    this.emit({ topic: 'notes', id, revision })
    return revision
  }

  private async shutdown(): Promise<void> {
    await this.reminders?.stop()
    this.backups?.keeper.stop()
    this.search.close()
    try {
      await this.serially(async () => {
        this.closed = true
        if (this.store.hasUncompactedChanges) await this.store.compact()
      })
    } finally {
      this.lock.release()
    }
  }

  private emit(event: HostEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event)
      } catch (error) {
        console.error('[debrief] event listener failed:', error)
      }
    }
    if (event.topic === 'interviews' || event.topic === 'preferences') this.refreshReminders()
  }

  private ensureOpen(): void {
    if (this.closed) throw new ApiError({ code: 'unavailable', message: 'Debrief has closed this data folder.' })
  }

  private serially<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(() => {
      this.ensureOpen()
      return task()
    })
    this.queue = run.catch(() => undefined)
    return run
  }

  private require(id: string): Interview {
    this.ensureOpen()
    const interview = this.store.get(id)
    if (!interview) throw new ApiError({ code: 'not-found', message: `No interview with id ${id}` })
    return interview
  }

  /** Journals one user change (durably), then tells every window. */
  private async record(entry: HistoryEntry | null, current: Interview): Promise<Interview> {
    if (!entry) return current
    await this.store.commit({ op: 'change', entry })
    this.afterChange(entry.interviewId)
    return entry.after ?? current
  }

  /** Journals several changes, then tells every window once. */
  private async recordAll(entries: HistoryEntry[]): Promise<void> {
    for (const entry of entries) await this.store.commit({ op: 'change', entry })
    if (entries.length > 0) this.afterChanges(entries.map((entry) => entry.interviewId))
  }

  /** The samples still on the board; a damaged samples file is told once and counts as none. */
  private async presentSamples(): Promise<string[]> {
    try {
      return (await this.samples.loaded()).filter((id) => this.store.get(id) !== undefined)
    } catch (error) {
      if (!(error instanceof DamagedSamplesFileError)) throw error
      this.addNotice('warning', error.message)
      return []
    }
  }

  private afterChange(id: string): void {
    this.afterChanges([id])
  }

  private afterChanges(ids: string[]): void {
    this.columns.invalidate()
    for (const id of ids) this.search.interviewChanged(id, this.store.get(id))
    this.emit({ topic: 'interviews', ids })
    if (this.store.wantsCompaction) void this.serially(() => this.compactQuietly())
  }

  /** Compaction after a change the user already has: a failure is a notice, the journal still holds everything. */
  private async compactQuietly(): Promise<void> {
    try {
      await this.store.compact()
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      this.addNotice('warning', `${message} Your changes are safe in the change journal; Debrief will try again.`)
    }
  }

  private addNotice(level: Notice['level'], message: string): void {
    this.notices = [...this.notices, createNotice(level, message, this.now())]
    this.emit({ topic: 'notices' })
  }

  private async step(direction: 'undo' | 'redo'): Promise<{ change: { label: string; interviewId: string } | null }> {
    const entry = direction === 'undo' ? this.store.lastUndoable() : this.store.lastRedoable()
    if (!entry) return { change: null }
    // The stack holds every later change undone, so the record's old place (its order key) is free again.
    const record = direction === 'undo' ? entry.before : entry.after
    await this.store.commit({ op: direction, id: entry.interviewId, record })
    this.afterChange(entry.interviewId)
    return { change: { label: entry.label, interviewId: entry.interviewId } }
  }

  private planner() {
    return taskPlanner(this.preferences, this.now())
  }

  private implementation(): ApiImplementation {
    const store = this.store
    return {
      listInterviews: async ({ includeArchived }) => {
        this.ensureOpen()
        return store.sorted().filter((interview) => includeArchived || !interview.archived)
      },
      listStagePage: async ({ stage, after, limit }) => {
        this.ensureOpen()
        return this.columns.page(stage, after, limit)
      },
      getInterview: async ({ id }) => this.require(id),
      getInterviews: async ({ ids }) => {
        this.ensureOpen()
        return ids.flatMap((id) => store.get(id) ?? [])
      },
      createInterview: ({ fields, stage }) =>
        this.serially(async () => {
          const entry = createChange(store, fields, stage, randomUUID(), this.now(), this.planner())
          return this.record(entry, entry.after!)
        }),
      updateInterview: ({ id, fields }) =>
        this.serially(async () => {
          const current = this.require(id)
          return this.record(updateChange(current, fields, this.now(), this.planner()), current)
        }),
      moveInterview: ({ id, stage, beforeId }) =>
        this.serially(async () => {
          let current = this.require(id)
          let entry = moveChange(store, current, stage, beforeId, this.now(), this.planner())
          if (needsRespace(entry.after!.order)) {
            await store.commit({ op: 'respace', stage })
            this.afterChanges([...store.values()].filter((each) => each.stage === stage).map((each) => each.id))
            current = this.require(id)
            entry = moveChange(store, current, stage, beforeId, this.now(), this.planner())
          }
          return this.record(entry, current)
        }),
      setArchived: ({ id, archived }) =>
        this.serially(async () => {
          const current = this.require(id)
          return this.record(archiveChange(current, archived, this.now()), current)
        }),
      deleteInterview: ({ id }) =>
        this.serially(async () => {
          const current = this.require(id)
          await this.record(deleteChange(current), current)
          return { id }
        }),
      updateTask: ({ interviewId, taskId, action, until }) =>
        this.serially(async () => {
          const current = this.require(interviewId)
          const entry = taskChange(current, taskId, taskUpdate(action, until, this.now()), action, this.now())
          return this.record(entry, current)
        }),
      loadSamples: ({ timeZone }) =>
        this.serially(async () => {
          const present = await this.presentSamples()
          if (present.length > 0) return { ids: present }
          const entries = sampleChanges(store, timeZone, this.now(), this.planner(), randomUUID)
          const ids = entries.map((entry) => entry.interviewId)
          await this.samples.replace(ids)
          await this.recordAll(entries)
          return { ids }
        }),
      removeSamples: () =>
        this.serially(async () => {
          const present = await this.presentSamples()
          await this.recordAll(present.map((id) => sampleRemoval(this.require(id))))
          return { ids: present }
        }),
      listSamples: async () => ({ ids: await this.presentSamples() }),
      undo: () => this.serially(() => this.step('undo')),
      redo: () => this.serially(() => this.step('redo')),
      readNotes: async ({ id }) => {
        this.require(id)
        return this.notes.read(id)
      },
      writeNotes: ({ id, markdown, baseRevision }) =>
        this.serially(async () => {
          this.require(id)
          return { revision: await this.writeNotesNow(id, markdown, baseRevision) }
        }),
      searchNotes: async ({ query, limit }) => {
        this.ensureOpen()
        return this.search.searchNotes(query, limit)
      },
      quickOpen: async ({ query, limit }) => {
        this.ensureOpen()
        return this.search.quickOpen(query, limit)
      },
      listImprovements: async () => {
        this.ensureOpen()
        return this.search.listImprovements()
      },
      listBackups: () => this.serially(() => listBackups(this.dataDir)),
      restoreBackup: ({ name }) =>
        this.serially(() => restoreFromBackup(this.dataAccess(), this.backups!.keeper, name)),
      exportData: ({ format }) => this.serially(() => exportData(this.dataAccess(), format)),
      importData: ({ json }) => this.serially(() => importData(this.dataAccess(), json)),
      getPreferences: async () => this.preferences,
      setPreferences: (preferences) =>
        this.serially(async () => {
          savePreferences(this.settings, preferences)
          this.preferences = preferences
          this.emit({ topic: 'preferences' })
          return preferences
        }),
      getHostInfo: async () => ({
        version: this.version,
        dataDir: this.dataDir,
        notices: this.notices,
        canUndo: store.lastUndoable() !== undefined,
        canRedo: store.lastRedoable() !== undefined,
      }),
      dismissNotice: async ({ id }) => {
        const before = this.notices.length
        this.notices = this.notices.filter((notice) => notice.id !== id)
        if (this.notices.length !== before) this.emit({ topic: 'notices' })
        return { id }
      },
    }
  }
}
