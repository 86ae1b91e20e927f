import { join } from 'node:path'
import type { ApiImplementation, HostEvent, HostInfo, Notice } from '../../shared/api/contract'
import { ApiError } from '../../shared/api/errors'
import type { Preferences } from '../../shared/domain/settings'
import { nodeFileSystem, type FileSystem } from './storage/durable-file'
import type { Host, HostOptions, SettingsBackend } from './host'
import type { InterviewStore } from './storage/interview-store'
import { Compactor } from './storage/compactor'
import type { FolderLock } from './storage/lock'
import type { NotesStore } from './notes/notes-store'
import { heldNotes, NOTES_FOLDER, type NotesKeptBeside } from './notes/notes-store'
import type { SampleRegistry } from './interviews/samples'
import { BoardColumns } from './interviews/board-pages'
import { FirstPagesKeeper } from './interviews/first-pages'
import { HostNotices } from './host-notices'
import { BackupKeeper } from './backup/backup-keeper'
import { Downloads, type DownloadFile } from './backup/downloads'
import type { DataFolderAccess } from './backup/data-transfer'
import { hostApi, type HostCore } from './host-api'
import { PendingWrites } from './storage/held-writes'
import { changePreferences, type PreferenceAccess } from './settings/preference-changes'
import { PreferencesWriter } from './settings/settings-file'
import { NotesSearch } from './notes/search/notes-search'
import type { Notifier } from './follow-ups/reminders/notifier'
import type { ReminderScheduler } from './follow-ups/reminders/scheduler'
import { startHostReminders } from './follow-ups/reminders/host-reminders'
import { OpenTaskIndex, type UpcomingFollowUp } from './follow-ups/open-tasks'
import { CalendarCenter } from './calendar/calendar-center'
import { linkedChanges } from './calendar/linked-changes'
import { UpcomingInterviewIndex } from './interviews/upcoming-interviews'
import { taskPlanner } from './follow-ups/planner'
import { AfterFirstAnswer } from './first-answer'
import { ChangeQueue } from './change-queue'

/**
 * The running host over one open data folder: the change queue every change waits in, the events
 * every window follows, and the adapters its parts reach each other through (service.ts opens it).
 */
export class HostService implements Host, HostCore {
  readonly dataDir: string
  /** The user's clock: the machine's, or the one a test gives. */
  readonly timeZone: string
  readonly api: ApiImplementation
  private readonly listeners = new Set<(event: HostEvent) => void>()
  private readonly version: string
  private closed = false
  readonly columns: BoardColumns
  /** Open follow-ups by due time: the scheduler, Today, the status bar and the tray all read it. */
  readonly followUps: OpenTaskIndex
  readonly upcomingInterviews: UpcomingInterviewIndex
  private closing: Promise<void> | undefined
  private reminders: ReminderScheduler | undefined
  private backups: { keeper: BackupKeeper; fs: FileSystem } | undefined
  readonly search: NotesSearch
  private readonly preferencesWriter: PreferencesWriter
  /** Changes the disk refused, held in memory and retried (storage/held-writes.ts). */
  private readonly pending: PendingWrites
  /** Read-only calendar sources and the interviews found in them (calendar/). */
  readonly calendar: CalendarCenter
  /** Folds the journal into a new snapshot when its growth warrants it, off the queue (storage/compactor.ts). */
  private readonly compactor: Compactor
  /** The board's first cards, kept for the next start to show before it reads the interviews. */
  readonly firstPages: FirstPagesKeeper
  private readonly notices: HostNotices
  readonly downloads = new Downloads()
  /** Start-up work that can wait for the first answer (first-answer.ts). */
  readonly afterFirstAnswer = new AfterFirstAnswer()
  /** The one path of every change: queued, journaled, then told to the indexes and windows (change-queue.ts). */
  readonly changes: ChangeQueue

  constructor(
    options: HostOptions & { retryHeldMs?: number; timeZone?: string; fileSystem?: FileSystem },
    settings: SettingsBackend,
    readonly now: () => Date,
    private readonly lock: FolderLock,
    readonly store: InterviewStore,
    readonly notes: NotesStore,
    readonly samples: SampleRegistry,
    public preferences: Preferences,
    notices: Notice[],
  ) {
    this.notices = new HostNotices(notices, now, () => this.noticesChanged())
    this.dataDir = options.dataDir
    this.timeZone = options.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone
    this.version = options.version
    this.columns = new BoardColumns(() => store.values())
    this.followUps = new OpenTaskIndex(() => store.values())
    this.upcomingInterviews = new UpcomingInterviewIndex(() => store.values())
    this.api = this.afterFirstAnswer.watch(hostApi(this))
    notes.onSetAside = (message) => this.notices.add('warning', message)
    this.search = new NotesSearch({
      notes,
      interviews: () => store.values(),
      emit: (event) => this.emit(event),
      exclusive: (task) => this.changes.serially(task),
      folder: join(options.dataDir, NOTES_FOLDER),
      onWatchError: (error) =>
        this.notices.add(
          'warning',
          `Debrief cannot watch the notes folder for changes made outside the app (${error.message}). ` +
            'Notes edited elsewhere show when you reopen them.',
        ),
    })
    this.preferencesWriter = new PreferencesWriter(settings, lock.ensure)
    this.changes = new ChangeQueue({
      store,
      notes,
      search: this.search,
      columns: this.columns,
      followUps: this.followUps,
      upcomingInterviews: this.upcomingInterviews,
      now,
      ensureOpen: () => this.ensureOpen(),
      preferencesChanged: (preferences) => {
        this.preferencesWriter.save(preferences)
        this.preferences = preferences
      },
      emit: (event) => this.emit(event),
      written: () => {
        this.pending.afterWrite()
        this.compactor.ask()
        this.firstPages.changed()
      },
    })
    this.pending = new PendingWrites({
      dataDir: this.dataDir,
      now,
      lock,
      parts: [store.held, heldNotes(notes, (kept) => this.notesKeptBeside(kept)), this.preferencesWriter],
      exclusive: (task) => this.changes.serially(task),
      onNotice: () => this.noticesChanged(),
      retryMs: options.retryHeldMs,
    })
    this.calendar = new CalendarCenter({
      dataDir: this.dataDir,
      now,
      timeZone: () => this.timeZone,
      cipher: options.secretCipher,
      interviews: () => store.values(),
      changed: () => this.emit({ topic: 'calendar' }),
      warn: (message) => this.notices.add('warning', message),
      linkedEventsChanged: (changes) =>
        this.changes.serially(async () => {
          const now = this.now()
          const { entries, notices } = linkedChanges(
            changes,
            (id) => store.get(id),
            now,
            taskPlanner(this.preferences, now, this.timeZone),
          )
          await this.changes.recordAll(entries)
          for (const message of notices) this.notices.add('info', message)
        }),
    })
    this.compactor = new Compactor({
      store,
      exclusive: (task) => this.changes.serially(task),
      holding: () => this.pending.unsaved > 0,
      beforeReplace: () => notes.syncBatchWrites(),
      onFailure: (error) => {
        const message = error instanceof Error ? error.message : String(error)
        this.notices.add('warning', `${message} Your changes are safe in the change journal; Debrief will try again.`)
      },
      onCompacted: () => this.firstPages.changed(),
    })
    this.firstPages = new FirstPagesKeeper({
      dataDir: this.dataDir,
      version: this.version,
      fs: options.fileSystem ?? nodeFileSystem,
      exclusive: (task) => this.changes.serially(task),
      pages: (limit) => this.columns.firstPages(limit),
      unsettled: () => this.pending.unsaved > 0 || this.compactor.busy,
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

  /** Fires each due follow-up once on the desktop (electron/host/follow-ups/reminders). */
  startReminders(notifier: Notifier): void {
    this.reminders = startHostReminders(
      {
        dataDir: this.dataDir,
        now: this.now,
        followUps: this.followUps,
        calendar: this.calendar,
        interview: (id) => this.store.get(id),
        preferences: () => this.preferences,
        notices: this.notices,
        emit: (event) => this.emit(event),
        samples: this.samples,
      },
      notifier,
    )
  }

  refreshReminders(): void {
    void this.reminders?.reschedule()
  }

  upcomingFollowUps(limit: number): UpcomingFollowUp[] {
    this.ensureOpen()
    return this.followUps.upcoming(limit)
  }

  heldChanges(): number {
    return this.pending.unsaved
  }

  takeDownload(id: string): DownloadFile | undefined {
    return this.closed ? undefined : this.downloads.take(id)
  }

  /** Takes today's backup of the data folder if it has none, then one each new day (electron/host/backup/backups.ts). */
  async startBackups(fs: FileSystem, checkEveryMs?: number): Promise<void> {
    const keeper = new BackupKeeper({
      dataDir: this.dataDir,
      version: this.version,
      fs,
      now: this.now,
      exclusive: (task) => this.changes.serially(task),
      interviews: () => this.store.sorted(),
      hasData: () => !this.store.values().next().done || this.store.lastUndoable() !== undefined,
      backupsToKeep: () => this.preferences.backupsToKeep,
      warn: (message) => this.notices.add('warning', message),
    })
    this.backups = { keeper, fs }
    await keeper.start(checkEveryMs)
  }

  /** Restore, import and export (data-transfer.ts) change the data through the same journal as the user. */
  dataAccess(): DataFolderAccess {
    if (!this.backups) throw new ApiError({ code: 'unavailable', message: 'Backups are not available yet.' })
    const { fs } = this.backups
    return {
      dataDir: this.dataDir,
      fs,
      timeZone: this.timeZone,
      now: this.now,
      interviews: () => this.store.sorted(),
      unordered: () => this.store.values(),
      notes: this.notes,
      preferences: () => this.preferences,
      commitBatch: (batch) => this.changes.commitBatch(batch),
      addNotice: (level, message) => this.notices.add(level, message),
      noticeRestore: (restore) => this.notices.restored(restore),
    }
  }

  /** New timings move the open follow-ups (preference-changes.ts), journaled in one append. */
  private preferenceAccess(): PreferenceAccess {
    return {
      current: () => this.preferences,
      save: (preferences) => {
        this.preferencesWriter.save(preferences)
        this.preferences = preferences
        this.pending.afterWrite()
      },
      interviews: () => this.store.values(),
      now: this.now,
      timeZone: this.timeZone,
      commitBatch: (batch) => this.changes.commitBatch(batch),
    }
  }

  /** Writes notes durably (refusing a stale base revision), then updates the search index and every window. */
  async writeNotesNow(id: string, markdown: string, baseRevision?: string): Promise<string> {
    const { revision } = await this.notes.write(id, markdown, baseRevision, this.store.get(id)?.company ?? id)
    this.pending.afterWrite()
    await this.search.notesWritten(id, markdown, revision)
    this.emit({ topic: 'notes', id, revision })
    return revision
  }

  /**
   * Finishes the change in progress, drops the compaction (the journal already holds every change, so
   * nothing is lost and the next start replays it), writes what is held if the disk now takes it,
   * and lets go of the folder: fast at any size.
   */
  private async shutdown(): Promise<void> {
    const compactionStopped = this.compactor.stop()
    this.afterFirstAnswer.cancel()
    await this.reminders?.stop()
    await this.calendar.stop()
    this.backups?.keeper.stop()
    this.search.close()
    this.downloads.clear()
    try {
      await compactionStopped
      await this.changes.serially(async () => {
        this.closed = true
        try {
          // Held changes are in memory only: the snapshot holds them all, so with room for it, it saves
          // them. Otherwise only a small folder is folded now; a large one starts from its journal.
          const rescue = this.pending.unsaved > 0 || this.store.cheapToCompact
          if (rescue && this.store.hasUncompactedChanges) {
            // Notes a batch wrote are vouched for by its journal line until they are fsynced.
            await this.notes.syncBatchWrites()
            await this.store.compact()
            this.firstPages.changed()
          }
        } catch (error) {
          if (this.pending.unsaved === 0) throw error
        }
        await this.pending.flushBeforeClose()
        await this.firstPages.closeInQueue()
      })
    } finally {
      this.pending.stop()
      await this.store.close()
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
    if (event.topic === 'interviews' || event.topic === 'preferences' || event.topic === 'calendar') {
      void this.reminders?.changed()
    }
  }

  ensureOpen(): void {
    if (this.closed) throw new ApiError({ code: 'unavailable', message: 'Debrief has closed this data folder.' })
  }

  /** Held notes went beside their file, changed outside Debrief meanwhile: the file's version is the one shown. */
  private notesKeptBeside({ id, path, copy }: NotesKeptBeside): void {
    void this.search.checkFile(id, { announce: true })
    this.notices.add(
      'warning',
      `The notes file ${path} changed outside Debrief while Debrief could not save it. That version is kept; ` +
        `the notes Debrief was keeping in memory were saved as ${copy}.`,
    )
  }

  addNotice(level: Notice['level'], message: string): void {
    this.notices.add(level, message)
  }

  get backupKeeper(): BackupKeeper {
    if (!this.backups) throw new ApiError({ code: 'unavailable', message: 'Backups are not available yet.' })
    return this.backups.keeper
  }

  async changePreferences(preferences: Preferences): Promise<Preferences> {
    await changePreferences(this.preferenceAccess(), preferences)
    this.emit({ topic: 'preferences' })
    return preferences
  }

  private currentNotices(): Notice[] {
    // Notices may come while the constructor runs, before the held writes exist.
    const held = (this.pending as PendingWrites | undefined)?.notice
    return held ? [held, ...this.notices.all] : this.notices.all
  }

  private noticesChanged(): void {
    this.emit({ topic: 'notices', notices: this.currentNotices() })
  }

  hostInfo(): HostInfo {
    return {
      version: this.version,
      dataDir: this.dataDir,
      notices: this.currentNotices(),
      canUndo: this.store.lastUndoable() !== undefined,
      canRedo: this.store.lastRedoable() !== undefined,
      reminders: this.reminders?.status() ?? { notifications: 'off', pending: 0 },
    }
  }

  dismissNotice(id: string): void {
    if (this.pending.dismiss(id)) this.noticesChanged()
    if (this.notices.dismiss(id)) this.noticesChanged()
  }
}
