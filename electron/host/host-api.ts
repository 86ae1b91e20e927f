import { randomUUID } from 'node:crypto'
import type { ApiImplementation, ChangeRef, ChangeSummary, HostInfo, Notice } from '../../shared/api/contract'
import { ApiError } from '../../shared/api/errors'
import type { HistoryEntry, Interview, InterviewFields } from '../../shared/domain/interview'
import type { StageId } from '../../shared/domain/stages'
import type { Preferences } from '../../shared/domain/settings'
import type { BackupKeeper } from './backup/backup-keeper'
import { listBackups, manualBackupName } from './backup/backups'
import type { BoardColumns } from './interviews/board-pages'
import { exportCalendar } from './follow-ups/calendar-export'
import { exportData, importData, restoreFromBackup, type DataFolderAccess } from './backup/data-transfer'
import type { Downloads } from './backup/downloads'
import { taskPlanner, taskUpdate } from './follow-ups/planner'
import type { OpenTaskIndex } from './follow-ups/open-tasks'
import { hasSummaryContent } from '../../shared/notes/summary'
import { hasBegun } from '../../shared/workflow/due-times'
import { instantToWallTime } from '../../shared/workflow/time-zone'
import {
  archiveChange,
  createChange,
  deleteChange,
  doneUpToNowChange,
  laterRoundChanges,
  noneDoneYetChange,
  moveChange,
  stillSendChange,
  taskChange,
  doneChange,
  updateChange,
} from './interviews/interview-changes'
import type { InterviewStore } from './storage/interview-store'
import type { NotesStore } from './notes/notes-store'
import { needsRespace } from './interviews/respace'
import { WindowStateFile } from './settings/window-state'
import { DamagedSamplesFileError, sampleChanges, sampleRemoval, type SampleRegistry } from './interviews/samples'
import type { NotesSearch } from './notes/search/notes-search'
import { calendarApi } from './calendar/calendar-api'
import type { CalendarCenter } from './calendar/calendar-center'
import type { UpcomingInterviewIndex } from './interviews/upcoming-interviews'
import type { ChangeQueue } from './change-queue'

/** What the contract's methods need of the running host (service.ts): its stores, its queue and its notices. */
export interface HostCore {
  readonly dataDir: string
  readonly store: InterviewStore
  readonly notes: NotesStore
  readonly samples: SampleRegistry
  readonly search: NotesSearch
  readonly columns: BoardColumns
  readonly followUps: OpenTaskIndex
  readonly now: () => Date
  /** The user's clock. */
  readonly timeZone: string
  readonly preferences: Preferences
  readonly backupKeeper: BackupKeeper
  readonly calendar: CalendarCenter
  readonly upcomingInterviews: UpcomingInterviewIndex
  /** Exports waiting for their door to stream them (backup/downloads.ts). */
  readonly downloads: Downloads
  ensureOpen(): void
  /** The one path of every change (change-queue.ts). */
  readonly changes: ChangeQueue
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
  const windowState = new WindowStateFile(core.dataDir)
  const planner = () => taskPlanner(core.preferences, core.now(), core.timeZone)

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

  /**
   * The interview with "Write your summary" done when `markdown` (its notes) holds one, undefined when
   * that changes nothing. Notes are saved as the user types: the text is read only while the task is
   * open. Before the interview they are preparation, not its summary (a walkthrough's closed it days ahead).
   */
  const summarised = (interview: Interview, markdown: () => Promise<string>) => {
    const open = interview.tasks.some((task) => task.kind === 'write-summary' && task.status === 'open')
    if (!open || !hasBegun(interview, instantToWallTime(core.now(), interview.timeZone))) return undefined
    return markdown().then((text) =>
      hasSummaryContent(text) ? { ...interview, tasks: planner().afterSummary(interview) } : undefined,
    )
  }

  const step = async (direction: 'undo' | 'redo', of?: ChangeRef): Promise<{ change: ChangeSummary | null }> => {
    if (of) refuseUnlessLast(of)
    const entry = direction === 'undo' ? store.lastUndoable() : store.lastRedoable()
    if (!entry) return { change: null }
    // The stack holds every later change undone, so the record's old place (its order key) is free again.
    const restored = direction === 'undo' ? entry.before : entry.after
    // A record from before the summary was written still has it to do: the notes hold it, so it stays
    // done. Undoing a move reopened it, and a reminder asked for the summary the notes held (a walkthrough).
    // Notes that cannot be read now leave the record as it was: the undo itself must not fail on them.
    const notes = () =>
      core.notes.read(entry.interviewId).then(
        ({ markdown }) => markdown,
        () => '',
      )
    const record = restored && ((await summarised(restored, notes)) ?? restored)
    await store.commit({ op: direction, id: entry.interviewId, record })
    core.changes.afterChanges([entry.interviewId])
    return { change: { label: entry.label, interviewId: entry.interviewId } }
  }

  /** A notice's Undo for a change no longer the last one: undoing the last instead would undo another. */
  const refuseUnlessLast = (of: ChangeRef): void => {
    const made = (entry: HistoryEntry) =>
      entry.interviewId === of.interviewId && (entry.after?.updatedAt ?? null) === of.updatedAt
    const place = store.placeInHistory(made)
    if (place === 'last') return
    const reason = {
      earlier: `Later changes came after it: undo them first (Edit › Undo, Ctrl+Z) to reach it`,
      undone: 'It is already undone',
      gone: 'It is no longer in the history',
    }[place]
    throw new ApiError({ code: 'conflict', message: `Not undone. ${reason}.` })
  }

  /**
   * A new interview. A later round also closes its earlier rounds' "Confirm the next round", in the same
   * journal line; the new interview comes last, so its Undo is the one on top.
   */
  const addInterview = async (fields: InterviewFields, stage: StageId): Promise<Interview> => {
    const entry = createChange(store, fields, stage, randomUUID(), core.now(), planner())
    const confirmed = laterRoundChanges(store, entry.after!, core.now())
    if (confirmed.length === 0) return core.changes.record(entry, entry.after!)
    await core.changes.recordAll([...confirmed, entry])
    return entry.after!
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
    createInterview: ({ fields, stage }) => core.changes.serially(() => addInterview(fields, stage)),
    updateInterview: ({ id, fields }) =>
      core.changes.serially(async () => {
        const current = require(id)
        return core.changes.record(updateChange(current, fields, core.now(), planner()), current)
      }),
    moveInterview: ({ id, stage, beforeId }) =>
      core.changes.serially(async () => {
        const current = require(id)
        const entry = moveChange(store, current, stage, beforeId, core.now(), planner())
        if (!needsRespace(entry.after!.order)) return core.changes.record(entry, current)
        // The stage's fresh keys and the move are one journal line: a kill leaves both or neither.
        const respaced = store.respacedView(stage)
        const moved = moveChange(respaced, respaced.get(id)!, stage, beforeId, core.now(), planner())
        await core.changes.commitBatch({
          parts: [
            { op: 'respace', stage },
            { op: 'change', entry: moved },
          ],
        })
        return moved.after!
      }),
    setArchived: ({ id, archived }) =>
      core.changes.serially(async () => {
        const current = require(id)
        return core.changes.record(archiveChange(current, archived, core.now()), current)
      }),
    deleteInterview: ({ id }) =>
      core.changes.serially(async () => {
        const current = require(id)
        await core.changes.record(deleteChange(current), current)
        return { id }
      }),
    updateTask: ({ interviewId, taskId, action, until, sent }) =>
      core.changes.serially(async () => {
        const current = require(interviewId)
        const entry =
          action === 'done'
            ? doneChange(current, taskId, core.now(), planner(), sent)
            : taskChange(current, taskId, taskUpdate(action, until), action, core.now())
        return core.changes.record(entry, current)
      }),
    markDoneUpToNow: ({ interviewId, taskIds }) =>
      core.changes.serially(async () => {
        const current = require(interviewId)
        return core.changes.record(doneUpToNowChange(current, core.now(), planner(), taskIds), current)
      }),
    markNoneDoneYet: ({ interviewId }) =>
      core.changes.serially(async () => {
        const current = require(interviewId)
        return core.changes.record(noneDoneYetChange(current, core.now()), current)
      }),
    answerStillSend: ({ interviewId, send }) =>
      core.changes.serially(async () => {
        const current = require(interviewId)
        return core.changes.record(stillSendChange(current, send, core.now(), planner()), current)
      }),
    loadSamples: ({ timeZone }) =>
      core.changes.serially(async () => {
        const present = await presentSamples()
        if (present.length > 0) return { ids: present }
        const entries = sampleChanges(store, timeZone, core.now(), planner(), randomUUID)
        const ids = entries.map((entry) => entry.interviewId)
        await core.samples.replace(ids)
        await core.changes.recordAll(entries)
        return { ids }
      }),
    removeSamples: () =>
      core.changes.serially(async () => {
        const present = await presentSamples()
        await core.changes.recordAll(present.map((id) => sampleRemoval(require(id))))
        return { ids: present }
      }),
    listSamples: async () => ({ ids: await presentSamples() }),
    undo: ({ of }) => core.changes.serially(() => step('undo', of)),
    redo: () => core.changes.serially(() => step('redo')),
    readNotes: async ({ id }) => {
      require(id)
      return core.notes.read(id)
    },
    writeNotes: ({ id, markdown, baseRevision }) =>
      core.changes.serially(async () => {
        require(id)
        const revision = await core.writeNotesNow(id, markdown, baseRevision)
        // Read again: the notes are on disk. The summary closes its task as the app's own step, not the
        // user's: out of the history, so Ctrl+Z on the board undoes what the user did last, not this
        // (it did, and the reopened task was reminded of while the notes held the summary).
        const written = await summarised(require(id), async () => markdown)
        if (written)
          await core.changes.commitBatch({ parts: [{ op: 'replan', interviews: [{ id, tasks: written.tasks }] }] })
        return { revision, summaryWritten: written !== undefined }
      }),
    searchNotes: read(({ query, limit }) => core.search.searchNotes(query, limit)),
    quickOpen: read(({ query, limit }) => core.search.quickOpen(query, limit)),
    listImprovements: read(() => core.search.listImprovements()),
    listFollowUps: read(({ limit }) => core.followUps.list(core.now(), limit)),
    listBackups: () => core.changes.serially(() => listBackups(core.dataDir)),
    backUpNow: () =>
      core.changes.serially(async () => {
        const name = await manualBackupName(core.dataDir, core.now())
        await core.backupKeeper.takeNow(name)
        const taken = (await listBackups(core.dataDir)).find((backup) => backup.name === name)
        if (!taken)
          throw new ApiError({ code: 'internal', message: `The backup ${name} was not found after it was taken.` })
        return taken
      }),
    restoreBackup: ({ name }) =>
      core.changes.serially(() => restoreFromBackup(core.dataAccess(), core.backupKeeper, name)),
    // Outside the queue: an export only reads (every write is an atomic replace), and changes need not wait for it.
    exportData: read(async ({ format, includeSamples }) => {
      const file = exportData(core.dataAccess(), format, new Set(includeSamples ? [] : await presentSamples()))
      return { fileName: file.fileName, download: core.downloads.offer(file) }
    }),
    exportCalendar: read(async ({ includeSamples }) => {
      const samples = new Set(includeSamples ? [] : await presentSamples())
      const open = core.followUps.all()
      const file = exportCalendar(
        samples.size ? open.filter(({ interview }) => !samples.has(interview.id)) : open,
        core.now(),
        core.preferences,
      )
      return { fileName: file.fileName, download: core.downloads.offer(file) }
    }),
    importData: ({ json }) => core.changes.serially(() => importData(core.dataAccess(), json)),
    getPreferences: async () => core.preferences,
    setPreferences: (preferences) => core.changes.serially(() => core.changePreferences(preferences)),
    getHostInfo: async () => core.hostInfo(),
    getWindowState: read(() => windowState.read()),
    setWindowState: (state) => {
      windowState.accept(state)
      return core.changes.serially(async () => {
        await windowState.write(state)
        return state
      })
    },
    dismissNotice: async ({ id }) => {
      core.dismissNotice(id)
      return { id }
    },
    ...calendarApi({
      calendar: () => core.calendar,
      ensureOpen: () => core.ensureOpen(),
      serially: (task) => core.changes.serially(task),
      createInterview: (fields) => addInterview(fields, 'interviewed'),
      now: () => core.now(),
      interviews: () => store.values(),
      interview: (id) => store.get(id),
      upcoming: core.upcomingInterviews,
    }),
  }
}
