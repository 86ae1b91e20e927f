import { z } from 'zod'
import { idSchema, instantSchema, timeZoneSchema, wallDateTimeSchema } from '../domain/fields'
import {
  followUpTaskSchema,
  interviewFieldsSchema,
  interviewSchema,
  sentMessageSchema,
  stageIdSchema,
  TASK_ACTIONS,
} from '../domain/interview'
import { preferencesSchema } from '../domain/settings'
import { calendarMethods } from '../calendar/api'
import { byId, method, noInput } from './method'
import { MAX_IDS_PER_CALL } from './limits'
import type { METHOD_NAMES } from './method-names'
import { windowStateSchema } from '../domain/window-state'

export const MAX_NOTES_LENGTH = 2_000_000
/** Far above a real export (10,000 interviews with notes is about 50 MB). */
export const MAX_IMPORT_LENGTH = 200_000_000
export { MAX_IDS_PER_CALL }

const sampleIdsSchema = z.strictObject({ ids: z.array(idSchema) })

const revisionSchema = z.string().max(100)

/**
 * A file the host streams: each door serves it once at downloadPath(download) (shared/api/downloads.ts),
 * so a file of hundreds of MB never travels as one reply.
 */
const downloadSchema = z.strictObject({ fileName: z.string(), download: z.string() })
export type Download = z.output<typeof downloadSchema>

/** A change the host can undo, described for the UI ("Undid move of Acme"). */
export const changeSummarySchema = z.strictObject({
  label: z.string(),
  interviewId: idSchema,
})
export type ChangeSummary = z.output<typeof changeSummarySchema>

/**
 * One change in the history, named by what it left: the interview as of its `updatedAt`, or null for the
 * change that deleted it. A notice's Undo names its own change, so the host undoes that one or none.
 */
export const changeRefSchema = z.strictObject({ interviewId: idSchema, updatedAt: instantSchema.nullable() })
export type ChangeRef = z.output<typeof changeRefSchema>

/** A backup's folder name: a daily one (YYYY-MM-DD) or a copy set aside by a restore; nothing else reaches the disk. */
export const BACKUP_NAME_PATTERN = /^(?:\d{4}-\d{2}-\d{2}|(?:before-restore|manual)-\d{8}-\d{6}(?:-\d{1,2})?)$/

export const backupInfoSchema = z.strictObject({
  name: z.string(),
  /** Daily snapshots rotate; a copy set aside before a restore stays, so the restore can be undone. */
  kind: z.enum(['daily', 'before-restore', 'manual']),
  takenAt: z.string(),
  interviewCount: z.number().int(),
})
export type BackupInfo = z.output<typeof backupInfoSchema>

/** A restore: the backup it brought back, and the one holding what it replaced (restoring that one undoes it). */
export const restoredBackupsSchema = z.strictObject({ restored: backupInfoSchema, setAside: backupInfoSchema })
export type RestoredBackups = z.output<typeof restoredBackupsSchema>

export const noticeSchema = z.strictObject({
  id: z.string(),
  level: z.enum(['info', 'warning', 'error']),
  message: z.string(),
  at: z.string(),
  /**
   * Set on the notice about changes the host keeps in memory because the disk refused them: it stays
   * until they are written (it cannot be dismissed), and quitting meanwhile would lose them.
   */
  unsavedChanges: z.number().int().min(1).optional(),
  /** Set on the notice that reminders wait for desktop notifications: the browser app offers to show them itself. */
  remindersWaiting: z.literal(true).optional(),
  /** The system's own words, for whoever fixes it: shown folded under "Details", never in the message itself. */
  detail: z.string().optional(),
  /**
   * Set on the notice of a restore: the banner names both backups as the backups table does, on the
   * user's clock and in their language, and a newer restore's notice takes its place.
   */
  restore: restoredBackupsSchema.optional(),
})
export type Notice = z.output<typeof noticeSchema>

/**
 * Desktop reminders as the scheduler sees them: `unavailable` while the notification service does
 * not answer (no D-Bus session, no daemon), when `pending` reminders wait to be shown once it does.
 */
export const reminderStatusSchema = z.strictObject({
  notifications: z.enum(['available', 'unavailable', 'off']),
  pending: z.number().int().min(0),
})
export type ReminderStatus = z.output<typeof reminderStatusSchema>

export const hostInfoSchema = z.strictObject({
  version: z.string(),
  dataDir: z.string(),
  notices: z.array(noticeSchema),
  canUndo: z.boolean(),
  canRedo: z.boolean(),
  reminders: reminderStatusSchema,
})
export type HostInfo = z.output<typeof hostInfoSchema>

export const notesSchema = z.strictObject({
  markdown: z.string(),
  /** Opaque token of the version on disk; a write naming an older one is a conflict. */
  revision: revisionSchema,
})
export type Notes = z.output<typeof notesSchema>

/** A piece of a search snippet: the window marks `match` pieces itself, so no markup crosses the door. */
export const textSegmentSchema = z.strictObject({ text: z.string(), match: z.boolean() })
export type TextSegment = z.output<typeof textSegmentSchema>

const interviewSummaryShape = {
  interviewId: idSchema,
  company: z.string(),
  role: z.string(),
  date: z.string(),
  stage: stageIdSchema,
  archived: z.boolean(),
}

export const noteHitSchema = z.strictObject({
  ...interviewSummaryShape,
  /** Up to three extracts of the notes around the matches. */
  snippets: z.array(z.array(textSegmentSchema)),
})
export type NoteHit = z.output<typeof noteHitSchema>

export const quickOpenHitSchema = z.strictObject({
  ...interviewSummaryShape,
  /** The interviewers and arrangers whose names matched. */
  people: z.array(z.string()),
})
export type QuickOpenHit = z.output<typeof quickOpenHitSchema>

/** One interview's "where I can improve" section, for the Insights view. */
export const improvementSchema = z.strictObject({
  ...interviewSummaryShape,
  time: z.string(),
  markdown: z.string(),
})
export type Improvement = z.output<typeof improvementSchema>

/** An open follow-up with what the Today view shows of its interview. */
export const followUpItemSchema = z.strictObject({
  interviewId: idSchema,
  company: z.string(),
  role: z.string(),
  stage: stageIdSchema,
  timeZone: z.string(),
  task: followUpTaskSchema,
  /** When it is due (its snooze, if any), as an instant: follow-ups on different clocks sort together. */
  dueAt: z.string(),
  /** Its place among the interview's follow-ups: those due at the same time keep the interview's order. */
  position: z.number().int().nonnegative(),
  /** One that "Which of these have you already done?" asks about (an interview entered after it happened). */
  askedIfDone: z.literal(true).optional(),
  /** A call (isCall): its times say the interview's clock too, where that differs from the user's. */
  call: z.literal(true).optional(),
})
export type FollowUpItem = z.output<typeof followUpItemSchema>

/** How many open follow-ups are due by the end of today on each interview's clock, and how many of them now. */
export const dueCountsSchema = z.strictObject({
  /** The host's clock when counted. */
  asOf: z.string(),
  total: z.number().int(),
  dueNow: z.number().int(),
})
export type DueCounts = z.output<typeof dueCountsSchema>

export const followUpListSchema = z.strictObject({
  /** The host's clock when the list was made: `dueAt` at or before it is due now. */
  asOf: z.string(),
  /** Open follow-ups of interviews on the board due by the end of today on each one's clock, earliest first. */
  items: z.array(followUpItemSchema),
  /** How many there are, `items` holding at most the `limit` asked for. */
  total: z.number().int(),
  /** How many are due now. */
  dueNow: z.number().int(),
  /** The first open follow-up due after today, if any. */
  next: followUpItemSchema.nullable(),
  /**
   * Replies due after today that lead already (leadsBeforeDue: answering an offer or a next round,
   * thanking after a no), earliest first: Today lists them under "Reply now", as Next and the card lead
   * with them (recorded on a Friday evening, the reply was due Monday and Today said nothing of it).
   */
  replies: z.array(followUpItemSchema),
})
export type FollowUpList = z.output<typeof followUpListSchema>

/**
 * The one API between the renderer and the host. Channel names, the preload bridge, the IPC
 * handlers, the HTTP routes and the renderer client are all derived from this table, and both
 * doors validate every input with its schema before the host sees it.
 */
export const contract = {
  listInterviews: method(z.strictObject({ includeArchived: z.boolean().default(false) }), z.array(interviewSchema)),
  /**
   * One stage's interviews on the board (not archived), in board order, a page at a time: those after
   * `after` (a card's order key and id). A window shows the first page of every stage at once and
   * loads the rest after, so a board of 10,000 paints as fast as one of 100.
   */
  listStagePage: method(
    z.strictObject({
      stage: stageIdSchema,
      after: z.strictObject({ order: z.string().max(200), id: idSchema }).optional(),
      limit: z.number().int().min(1).max(MAX_IDS_PER_CALL),
    }),
    z.strictObject({ interviews: z.array(interviewSchema), more: z.boolean() }),
  ),
  getInterview: method(byId, interviewSchema),
  /** The interviews with these ids that exist, archived or not: a window refetches only what an event names. */
  getInterviews: method(
    z.strictObject({ ids: z.array(idSchema).max(MAX_IDS_PER_CALL, { message: `At most ${MAX_IDS_PER_CALL} ids` }) }),
    z.array(interviewSchema),
  ),
  createInterview: method(
    z.strictObject({ fields: interviewFieldsSchema, stage: stageIdSchema.default('interviewed') }),
    interviewSchema,
  ),
  updateInterview: method(z.strictObject({ id: idSchema, fields: interviewFieldsSchema }), interviewSchema),
  /** Puts the interview in `stage`, just before `beforeId`, or last when `beforeId` is absent. */
  moveInterview: method(
    z.strictObject({ id: idSchema, stage: stageIdSchema, beforeId: idSchema.optional() }),
    interviewSchema,
  ),
  setArchived: method(z.strictObject({ id: idSchema, archived: z.boolean() }), interviewSchema),
  deleteInterview: method(byId, z.strictObject({ id: idSchema })),
  /**
   * Marks one follow-up (one person's, for per-person steps) done, dismisses, reopens or snoozes it
   * (snooze needs `until`, a wall-clock time in the interview's zone). A result inquiry marked done
   * plans one "check again" follow-up, once (shared/workflow/progress.ts withCheckAgain). `sent`: done
   * by Mark sent on a message, which names the change (shared/messages/marked-sent.ts).
   */
  updateTask: method(
    z
      .strictObject({
        interviewId: idSchema,
        taskId: idSchema,
        action: z.enum(TASK_ACTIONS),
        until: wallDateTimeSchema.optional(),
        sent: sentMessageSchema.optional(),
      })
      .refine((input) => (input.action === 'snooze') === (input.until !== undefined), {
        message: 'A snooze needs a time to snooze until, and only a snooze takes one',
        path: ['until'],
      })
      .refine((input) => input.sent === undefined || input.action === 'done', {
        message: 'Only a follow-up marked done is sent',
        path: ['sent'],
      }),
    interviewSchema,
  ),
  /**
   * An interview entered late: every open follow-up due by now is marked done ("all done up to today"),
   * or with `taskIds` those ("mark the ticked ones done"), in one undoable change.
   */
  markDoneUpToNow: method(
    z.strictObject({ interviewId: idSchema, taskIds: z.array(idSchema).min(1).max(500).optional() }),
    interviewSchema,
  ),
  /** An interview entered late: none of the follow-ups already due is done yet, so the question is not asked again (undoable). */
  markNoneDoneYet: method(z.strictObject({ interviewId: idSchema }), interviewSchema),
  /** The answer to "Still send the letter?" after an outcome: no skips the open thank-you, LinkedIn and letter tasks, yes reopens them. */
  answerStillSend: method(z.strictObject({ interviewId: idSchema, send: z.boolean() }), interviewSchema),
  /** Adds a few made-up interviews, dated around today in `timeZone`, for trying Debrief out. */
  loadSamples: method(z.strictObject({ timeZone: timeZoneSchema }), sampleIdsSchema),
  /** Deletes the sample interviews still present (undoably, like any delete). */
  removeSamples: method(noInput, sampleIdsSchema),
  /** The sample interviews still present. */
  listSamples: method(noInput, sampleIdsSchema),
  /** Undoes the last change; with `of`, only if that is the change named (a conflict otherwise, saying why). */
  undo: method(
    z.strictObject({ of: changeRefSchema.optional() }),
    z.strictObject({ change: changeSummarySchema.nullable() }),
  ),
  redo: method(noInput, z.strictObject({ change: changeSummarySchema.nullable() })),
  readNotes: method(byId, notesSchema),
  writeNotes: method(
    z.strictObject({
      id: idSchema,
      markdown: z.string().max(MAX_NOTES_LENGTH, { message: `Notes must be at most ${MAX_NOTES_LENGTH} characters` }),
      baseRevision: revisionSchema.optional(),
    }),
    /** `summaryWritten`: these notes closed "Write your summary" (hasSummaryContent), as a change of its own. */
    z.strictObject({ revision: revisionSchema, summaryWritten: z.boolean() }),
  ),
  getPreferences: method(noInput, preferencesSchema),
  setPreferences: method(preferencesSchema, preferencesSchema),
  getHostInfo: method(noInput, hostInfoSchema),
  /** The tabs the window had open (null before the first save), so a restart shows them again. */
  getWindowState: method(noInput, windowStateSchema.nullable()),
  setWindowState: method(windowStateSchema, windowStateSchema),
  dismissNotice: method(z.strictObject({ id: z.string().max(100) }), z.strictObject({ id: z.string() })),
  /** The backups in the data folder, newest first. */
  listBackups: method(noInput, z.array(backupInfoSchema)),
  /** A backup of the data folder now ("Back up now"), kept like a copy set aside before a restore. */
  backUpNow: method(noInput, backupInfoSchema),
  /** Replaces the interviews, notes and preferences with a backup's, after setting the current ones aside as a backup. */
  restoreBackup: method(
    z.strictObject({ name: z.string().regex(BACKUP_NAME_PATTERN, { message: 'Must be the name of a backup' }) }),
    z.strictObject({ restored: z.string(), setAsideAs: z.string() }),
  ),
  /**
   * Everything as one file: JSON (interviews and their Markdown notes) or CSV (one row per interview),
   * fetched from downloadPath(download). The sample interviews stay out unless `includeSamples`, so
   * they never come back as the user's own.
   */
  exportData: method(
    z.strictObject({ format: z.enum(['json', 'csv']), includeSamples: z.boolean().default(false) }),
    downloadSchema,
  ),
  /** The open follow-ups of every interview on the board (not archived, not a sample unless asked) as an .ics file. */
  exportCalendar: method(z.strictObject({ includeSamples: z.boolean().default(false) }), downloadSchema),
  /** Loads a JSON export into a data folder that has no interviews yet. */
  importData: method(
    z.strictObject({ json: z.string().max(MAX_IMPORT_LENGTH, { message: 'The file is too large to import' }) }),
    /** `kept`: interviews of the file the board already had as new or newer, left as they were. */
    z.strictObject({ interviews: z.number().int(), notes: z.number().int(), kept: z.number().int() }),
  ),
  /** Full-text search over every interview's notes, best match first. */
  searchNotes: method(
    z.strictObject({ query: z.string().max(500), limit: z.number().int().min(1).max(200).default(50) }),
    z.strictObject({ hits: z.array(noteHitSchema), total: z.number().int() }),
  ),
  /** Interviews by company, role or the name of someone met; the newest ones for an empty query. */
  quickOpen: method(
    z.strictObject({ query: z.string().max(200), limit: z.number().int().min(1).max(100).default(30) }),
    z.array(quickOpenHitSchema),
  ),
  listImprovements: method(noInput, z.array(improvementSchema)),
  /** What is due today across every interview on the board: the Today view and the due counts. */
  listFollowUps: method(
    z.strictObject({ limit: z.number().int().min(1).max(MAX_IDS_PER_CALL).default(200) }),
    followUpListSchema,
  ),
  ...calendarMethods,
  /** An interview's earlier rounds (same company, started before it, archived ones too), oldest first. */
  listEarlierRounds: method(byId, z.array(interviewSchema)),
} as const

export type Contract = typeof contract
export type MethodName = keyof Contract
export { channelOf, EVENT_CHANNEL, METHOD_NAMES } from './method-names'

/** A method added to the contract but not to METHOD_NAMES (the preload's zod-free list) fails here, by name. */
type UnlistedMethod = Exclude<MethodName, (typeof METHOD_NAMES)[number]>
const everyMethodListed: [UnlistedMethod] extends [never] ? true : UnlistedMethod = true
void everyMethodListed

export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>

/** What the renderer calls: every method, typed from the table. */
export type Api = { [M in MethodName]: (input: MethodInput<M>) => Promise<MethodOutput<M>> }

/** What the host implements: inputs arrive already parsed by the door. */
export type ApiImplementation = { [M in MethodName]: (input: ParsedInput<M>) => Promise<MethodOutput<M>> }

/** Most interviews one event carries; a larger change names none, and windows read the board again. */
export const MAX_INTERVIEWS_PER_EVENT = MAX_IDS_PER_CALL

/**
 * Events pushed from the host to every open window. `interviews` carries the changed records, so no
 * window asks for them again: `ids` names every interview the change touched, `interviews` holds those
 * that still exist (an id without its record was deleted). Empty `ids` means "anything may have changed"
 * (a change past MAX_INTERVIEWS_PER_EVENT, or a reconnected window that may have missed events).
 */
export const hostEventSchema = z.discriminatedUnion('topic', [
  z.strictObject({
    topic: z.literal('interviews'),
    ids: z.array(idSchema),
    interviews: z.array(interviewSchema),
    /** Today's counts after the change, once anything has asked for the follow-ups. */
    followUps: dueCountsSchema.optional(),
  }),
  z.strictObject({ topic: z.literal('notes'), id: idSchema, revision: revisionSchema }),
  z.strictObject({ topic: z.literal('preferences') }),
  // Carries the notices as they are now, so no window asks for them back; absent after a reconnect (read them again).
  z.strictObject({ topic: z.literal('notices'), notices: z.array(noticeSchema).optional() }),
  z.strictObject({ topic: z.literal('calendar') }),
  /** A calendar prompt the notification service just took: a window without desktop clicks offers it too. */
  z.strictObject({
    topic: z.literal('calendar-prompt'),
    interviewId: idSchema,
    view: z.enum(['quick-debrief', 'prepare']),
    title: z.string().max(400),
  }),
  /**
   * A reminder for the browser app's page to show as the browser's own notification, which (unlike the
   * system's notify-send) reports its click: serve-web sends it to the pages that may notify, instead.
   */
  z.strictObject({
    topic: z.literal('reminder'),
    title: z.string().max(400),
    body: z.string().max(4000),
    interviewId: idSchema.optional(),
    taskId: idSchema.optional(),
    view: z.enum(['quick-debrief', 'prepare']).optional(),
  }),
])
export type HostEvent = z.output<typeof hostEventSchema>
