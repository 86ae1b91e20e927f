import { randomUUID } from 'node:crypto'
import type { ApiImplementation, ChangeSummary, HostInfo, Notice } from '../../shared/api/contract'
import { ApiError } from '../../shared/api/errors'
import type { HistoryEntry, Interview } from '../../shared/domain/interview'
import type { Preferences } from '../../shared/domain/settings'
import type { BackupKeeper } from './backup/backup-keeper'
import { listBackups } from './backup/backups'
import type { BoardColumns } from './interviews/board-pages'
import { exportCalendar } from './follow-ups/calendar-export'
import { exportData, importData, restoreFromBackup, type DataFolderAccess } from './backup/data-transfer'
import { taskPlanner, taskUpdate } from './follow-ups/planner'
import { listFollowUps } from './follow-ups/due-today'
import { hasSummaryContent } from '../../shared/notes/summary'
import {
  archiveChange,
  createChange,
  deleteChange,
  doneUpToNowChange,
  moveChange,
  stillSendChange,
  summaryChange,
  taskChange,
  unansweredInquiryChange,
  updateChange,
} from './interviews/interview-changes'
import type { InterviewStore } from './storage/interview-store'
import type { NotesStore } from './notes/notes-store'
import { needsRespace } from './interviews/respace'
import { DamagedSamplesFileError, sampleChanges, sampleRemoval, type SampleRegistry } from './interviews/samples'
import type { NotesSearch } from './notes/search/notes-search'

/** What the contract's methods need of the running host (service.ts): its stores, its queue and its notices. */
export interface HostCore {
  readonly dataDir: string
  readonly store: InterviewStore
  readonly notes: NotesStore
  readonly samples: SampleRegistry
  readonly search: NotesSearch
  readonly columns: BoardColumns
  readonly now: () => Date
  readonly preferences: Preferences
  readonly backupKeeper: BackupKeeper
  ensureOpen(): void
  /** Every change runs alone, in call order: a change sees the state the previous one left. */
  serially<T>(task: () => Promise<T>): Promise<T>
  /** Journals one user change (durably), then tells every window. */
  record(entry: HistoryEntry | null, current: Interview): Promise<Interview>
  /** Journals several changes, then tells every window once. */
  recordAll(entries: HistoryEntry[]): Promise<void>
  afterChanges(ids: string[]): void
  writeNotesNow(id: string, markdown: string, baseRevision?: string): Promise<string>
  addNotice(level: Notice['level'], message: string): void
  dataAccess(): DataFolderAccess
  changePreferences(preferences: Preferences): Promise<Preferences>
  hostInfo(): HostInfo
  dismissNotice(id: string): void
}

/** The contract implemented over the host: inputs arrive already checked by the door (shared/api/dispatch.ts). */
export function hostApi(core: HostCore): ApiImplementation {
  const { store } = core
  const planner = () => taskPlanner(core.preferences, core.now())

  const require = (id: string): Interview => {
    core.ensureOpen()
    const interview = store.get(id)
    if (!interview) throw new ApiError({ code: 'not-found', message: `No interview with id ${id}` })
    return interview
  }

  /** Reads need no queue: they see the state the last finished change left. */
  const read =
    <I, O>(run: (input: I) => O) =>
    async (input: I): Promise<Awaited<O>> => {
      core.ensureOpen()
      return await run(input)
    }

  const step = async (direction: 'undo' | 'redo'): Promise<{ change: ChangeSummary | null }> => {
    const entry = direction === 'undo' ? store.lastUndoable() : store.lastRedoable()
    if (!entry) return { change: null }
    // The stack holds every later change undone, so the record's old place (its order key) is free again.
    const record = direction === 'undo' ? entry.before : entry.after
    await store.commit({ op: direction, id: entry.interviewId, record })
    core.afterChanges([entry.interviewId])
    return { change: { label: entry.label, interviewId: entry.interviewId } }
  }

  /** The samples still on the board; a damaged samples file is told once and counts as none. */
  const presentSamples = async (): Promise<string[]> => {
    try {
      return (await core.samples.loaded()).filter((id) => store.get(id) !== undefined)
    } catch (error) {
      if (!(error instanceof DamagedSamplesFileError)) throw error
      core.addNotice('warning', error.message)
      return []
    }
  }

  return {
    listInterviews: read(({ includeArchived }) =>
      store.sorted().filter((interview) => includeArchived || !interview.archived),
    ),
    listStagePage: read(({ stage, after, limit }) => core.columns.page(stage, after, limit)),
    getInterview: async ({ id }) => require(id),
    getInterviews: read(({ ids }) => ids.flatMap((id) => store.get(id) ?? [])),
    createInterview: ({ fields, stage }) =>
      core.serially(async () => {
        const entry = createChange(store, fields, stage, randomUUID(), core.now(), planner())
        return core.record(entry, entry.after!)
      }),
    updateInterview: ({ id, fields }) =>
      core.serially(async () => {
        const current = require(id)
        return core.record(updateChange(current, fields, core.now(), planner()), current)
      }),
    moveInterview: ({ id, stage, beforeId }) =>
      core.serially(async () => {
        let current = require(id)
        let entry = moveChange(store, current, stage, beforeId, core.now(), planner())
        if (needsRespace(entry.after!.order)) {
          await store.commit({ op: 'respace', stage })
          core.afterChanges([...store.values()].filter((each) => each.stage === stage).map((each) => each.id))
          current = require(id)
          entry = moveChange(store, current, stage, beforeId, core.now(), planner())
        }
        return core.record(entry, current)
      }),
    setArchived: ({ id, archived }) =>
      core.serially(async () => {
        const current = require(id)
        return core.record(archiveChange(current, archived, core.now()), current)
      }),
    deleteInterview: ({ id }) =>
      core.serially(async () => {
        const current = require(id)
        await core.record(deleteChange(current), current)
        return { id }
      }),
    updateTask: ({ interviewId, taskId, action, until, noAnswer }) =>
      core.serially(async () => {
        const current = require(interviewId)
        const entry =
          noAnswer === true
            ? unansweredInquiryChange(current, taskId, core.now(), planner())
            : taskChange(current, taskId, taskUpdate(action, until, core.now()), action, core.now())
        return core.record(entry, current)
      }),
    markDoneUpToNow: ({ interviewId }) =>
      core.serially(async () => {
        const current = require(interviewId)
        return core.record(doneUpToNowChange(current, core.now(), planner()), current)
      }),
    answerStillSend: ({ interviewId, send }) =>
      core.serially(async () => {
        const current = require(interviewId)
        return core.record(stillSendChange(current, send, core.now(), planner()), current)
      }),
    loadSamples: ({ timeZone }) =>
      core.serially(async () => {
        const present = await presentSamples()
        if (present.length > 0) return { ids: present }
        const entries = sampleChanges(store, timeZone, core.now(), planner(), randomUUID)
        const ids = entries.map((entry) => entry.interviewId)
        await core.samples.replace(ids)
        await core.recordAll(entries)
        return { ids }
      }),
    removeSamples: () =>
      core.serially(async () => {
        const present = await presentSamples()
        await core.recordAll(present.map((id) => sampleRemoval(require(id))))
        return { ids: present }
      }),
    listSamples: async () => ({ ids: await presentSamples() }),
    undo: () => core.serially(() => step('undo')),
    redo: () => core.serially(() => step('redo')),
    readNotes: async ({ id }) => {
      require(id)
      return core.notes.read(id)
    },
    writeNotes: ({ id, markdown, baseRevision }) =>
      core.serially(async () => {
        require(id)
        const revision = await core.writeNotesNow(id, markdown, baseRevision)
        // Read again: the notes are on disk, and the summary closes its task as a change of its own.
        const current = require(id)
        const summaryOpen = current.tasks.some((task) => task.kind === 'write-summary' && task.status === 'open')
        // Notes are saved as the user types: the text is read only while the task is open.
        if (summaryOpen && hasSummaryContent(markdown)) {
          await core.record(summaryChange(current, core.now(), planner()), current)
        }
        return { revision }
      }),
    searchNotes: read(({ query, limit }) => core.search.searchNotes(query, limit)),
    quickOpen: read(({ query, limit }) => core.search.quickOpen(query, limit)),
    listImprovements: read(() => core.search.listImprovements()),
    listFollowUps: read(({ limit }) => listFollowUps(store.values(), core.now(), limit)),
    listBackups: () => core.serially(() => listBackups(core.dataDir)),
    restoreBackup: ({ name }) => core.serially(() => restoreFromBackup(core.dataAccess(), core.backupKeeper, name)),
    exportData: ({ format }) => core.serially(() => exportData(core.dataAccess(), format)),
    exportCalendar: read(() => exportCalendar(store.values(), core.now())),
    importData: ({ json }) => core.serially(() => importData(core.dataAccess(), json)),
    getPreferences: async () => core.preferences,
    setPreferences: (preferences) => core.serially(() => core.changePreferences(preferences)),
    getHostInfo: async () => core.hostInfo(),
    dismissNotice: async ({ id }) => {
      core.dismissNotice(id)
      return { id }
    },
  }
}
