import { randomUUID } from 'node:crypto'
import { join } from 'node:path'
import type { ApiImplementation, HostEvent, Notice } from '../../shared/api/contract'
import { ApiError } from '../../shared/api/errors'
import type { FollowUpTask, HistoryEntry, Interview, TaskAction } from '../../shared/domain/interview'
import type { Preferences } from '../../shared/domain/settings'
import { nodeFileSystem, storageError, type FileSystem } from './durable-file'
import type { Host, HostOptions, SettingsBackend } from './host'
import {
  completeTask,
  dismissTask,
  generateTasks,
  regenerateTasks,
  reopenTask,
  snoozeTask,
  tasksAfterStageChange,
} from '../../shared/workflow'
import {
  archiveChange,
  createChange,
  deleteChange,
  moveChange,
  taskChange,
  updateChange,
  type TaskPlanner,
} from './interview-changes'
import { InterviewStore } from './interview-store'
import { acquireDataFolderLock, DataFolderLockedError, LOCK_FILE, type DataFolderLock } from './lock'
import { NotesStore } from './notes-store'
import { createNotice } from './notices'
import { loadPreferences, savePreferences } from './preferences'
import type { Notifier } from './reminders/notifier'
import { createReminderScheduler, openReminders, type ReminderScheduler } from './reminders/scheduler'

/** Storage knobs beyond HostOptions: tests inject failing file operations and small thresholds. */
export interface StorageOptions {
  fileSystem?: FileSystem
  /** The user's zone, for migrating files that stored instants; the system's by default. */
  timeZone?: string
  /** Journal size (bytes) past which it is folded into a new snapshot. */
  compactAtBytes?: number
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
    const loaded = loadPreferences(options.settings, now())
    const notices = [...(options.notices ?? []), ...opened.notices, ...loaded.notices]
    const service = new HostService(
      options,
      now,
      lock,
      opened.store,
      new NotesStore(options.dataDir, fs),
      loaded.preferences,
      notices,
    )
    if (options.notifier) service.startReminders(options.notifier)
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
  private readonly settings: SettingsBackend
  private readonly version: string
  /** Every change runs alone, in call order: a change sees the state the previous one left. */
  private queue: Promise<unknown> = Promise.resolve()
  private closed = false
  private closing: Promise<void> | undefined
  private reminders: ReminderScheduler | undefined

  constructor(
    options: HostOptions,
    private readonly now: () => Date,
    private readonly lock: DataFolderLock,
    private readonly store: InterviewStore,
    private readonly notes: NotesStore,
    private preferences: Preferences,
    private notices: Notice[],
  ) {
    this.dataDir = options.dataDir
    this.settings = options.settings
    this.version = options.version
    this.api = this.implementation()
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

  private async shutdown(): Promise<void> {
    await this.reminders?.stop()
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

  private afterChange(id: string): void {
    this.emit({ topic: 'interviews', ids: [id] })
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

  /** The follow-up rules bound to the user's preferences and this moment. */
  private planner(): TaskPlanner {
    const preferences = this.preferences
    const options = { newId: randomUUID, now: this.now() }
    return {
      forNew: (draft) => generateTasks(draft, preferences, options),
      afterEdit: (_current, edited) => regenerateTasks(edited.tasks, edited, preferences, options),
      afterMove: (current, toStage) => tasksAfterStageChange(current, current.stage, toStage, preferences, options),
    }
  }

  private taskUpdate(action: TaskAction, until: string | undefined): (task: FollowUpTask) => FollowUpTask {
    switch (action) {
      case 'done':
        return (task) => completeTask(task, this.now())
      case 'dismiss':
        return dismissTask
      case 'reopen':
        return reopenTask
      case 'snooze':
        return (task) => snoozeTask(task, until as string)
    }
  }

  private implementation(): ApiImplementation {
    const store = this.store
    return {
      listInterviews: async ({ includeArchived }) => {
        this.ensureOpen()
        return store.sorted().filter((interview) => includeArchived || !interview.archived)
      },
      getInterview: async ({ id }) => this.require(id),
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
          const current = this.require(id)
          return this.record(moveChange(store, current, stage, beforeId, this.now(), this.planner()), current)
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
          const entry = taskChange(current, taskId, this.taskUpdate(action, until), action, this.now())
          return this.record(entry, current)
        }),
      undo: () => this.serially(() => this.step('undo')),
      redo: () => this.serially(() => this.step('redo')),
      readNotes: async ({ id }) => {
        this.require(id)
        return this.notes.read(id)
      },
      writeNotes: ({ id, markdown, baseRevision }) =>
        this.serially(async () => {
          const interview = this.require(id)
          const revision = await this.notes.write(id, markdown, baseRevision, interview.company)
          this.emit({ topic: 'notes', id, revision })
          return { revision }
        }),
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
