import { z } from 'zod'
import {
  idSchema,
  instantSchema,
  isoDateSchema,
  optionalEmailSchema,
  optionalLinkedInSchema,
  optionalPhoneSchema,
  requiredText,
  text,
  timeZoneSchema,
  wallDateTimeSchema,
  wallTimeSchema,
} from './fields'
import { STAGE_IDS } from './stages'

/** Version of the interviews data file; bump it with a migration in electron/host/storage/migrations.ts. */
export const INTERVIEWS_SCHEMA_VERSION = 1

export const INTERVIEW_FORMATS = ['in-person', 'video', 'phone'] as const
export const DECISION_INFORMERS = ['interviewer', 'hr', 'other'] as const
export const DECISION_CHANNELS = ['email', 'phone', 'letter'] as const
/** `skipped`: closed by the user's progress (a stage passed, an outcome in), not by doing it; kept and reopenable. */
export const TASK_STATUSES = ['open', 'done', 'dismissed', 'skipped'] as const
export type TaskStatus = (typeof TASK_STATUSES)[number]
/**
 * Why a task was closed other than by the user's own Done or Dismiss (shared/workflow/progress.ts):
 * - stage-passed: the card moved past the stage the task belongs to (status skipped);
 * - outcome: an outcome came in, so asking for it is moot (status skipped);
 * - superseded: after an outcome the user said not to send it any more (status skipped);
 * - summary-saved: the notes were saved with a summary (status done);
 * - already-done: "all done up to today" on an interview entered late (status done);
 * - no-answer: an inquiry made without getting an answer (status done; a "check again" follows);
 * - later-round-added: the next round is on the board, so replying to its invitation is done (status done);
 * - asked-in-thanks: a thank-you email, which asks what is not known of the decision, was sent (status done);
 * - asked-by-move: the card moved to Result inquired, the user's word that they asked (status done);
 * - sent-by-move: the card moved to Thanked or Letter sent, the user's word that they sent it (status done).
 */
export const TASK_CLOSE_REASONS = [
  'stage-passed',
  'outcome',
  'superseded',
  'summary-saved',
  'already-done',
  'no-answer',
  'later-round-added',
  'asked-in-thanks',
  'asked-by-move',
  'sent-by-move',
] as const
export type TaskCloseReason = (typeof TASK_CLOSE_REASONS)[number]
/** The answer to "Still send the letter?" after an outcome: asked once (ask), then yes or no. */
export const STILL_SEND_ANSWERS = ['ask', 'yes', 'no'] as const
export type StillSendAnswer = (typeof STILL_SEND_ANSWERS)[number]
/** What a user can do to a follow-up task. */
export const TASK_ACTIONS = ['done', 'dismiss', 'reopen', 'snooze'] as const
export type TaskAction = (typeof TASK_ACTIONS)[number]
/** How a message goes; the UI offers a mail link for email and a character count for LinkedIn. */
export const MESSAGE_CHANNELS = ['email', 'linkedin', 'letter', 'phone'] as const
export type MessageChannel = (typeof MESSAGE_CHANNELS)[number]
/**
 * A follow-up done by "Mark sent" (or "Mark called") on a message: how it went and to whom, so that the
 * change is named as the message it was, not as the follow-up's title ("Call Dana …" after an email).
 */
export const sentMessageSchema = z.strictObject({
  channel: z.enum(MESSAGE_CHANNELS),
  /** The recipient's name, or address or number when no name is known; '' for nobody. */
  to: text('Sent to', 300).default(''),
})
export type SentMessage = z.output<typeof sentMessageSchema>

export const stageIdSchema = z.enum(STAGE_IDS, { message: `Must be one of the stages: ${STAGE_IDS.join(', ')}` })

/** A business card: everything needed to thank, write to or connect with a person. */
export const personSchema = z.strictObject({
  id: idSchema,
  name: requiredText('Name', 200),
  title: text('Title', 200).default(''),
  /** How the person is addressed with the surname ("Dr", "Ms"), for the title-and-surname greeting. */
  honorific: text('Form of address', 40).optional(),
  email: optionalEmailSchema.default(''),
  phone: optionalPhoneSchema.default(''),
  mailingAddress: text('Mailing address', 1000).default(''),
  linkedin: optionalLinkedInSchema.default(''),
  cardCollected: z.boolean().default(false),
})
export type Person = z.output<typeof personSchema>

/** What the user asked at the end of the interview: when the decision comes, who tells them, and how. */
export const decisionSchema = z.strictObject({
  expectedDate: z.union([z.literal(''), isoDateSchema]).default(''),
  informer: z.enum(DECISION_INFORMERS).default('interviewer'),
  informerName: text('Name of who will inform you', 200).default(''),
  /**
   * Their address, for one who is not among the interviewers and arrangers (HR's "Monica Hall"): the
   * inquiry about the result goes to it. Optional, not defaulted: a sealed record written before it
   * was kept is read back without being parsed again (storage/seal.ts), so it can be absent.
   */
  informerEmail: optionalEmailSchema.optional(),
  /**
   * Their number, for the call when the Channel is Phone: the inquiry to HR's "Rachel Kim" said "No phone
   * number" with nowhere to type one (a walkthrough). Optional, not defaulted, as informerEmail is.
   */
  informerPhone: optionalPhoneSchema.optional(),
  channel: z.union([z.literal(''), z.enum(DECISION_CHANNELS)]).default(''),
})
export type Decision = z.output<typeof decisionSchema>

export const outcomeSchema = z.strictObject({
  receivedOn: z.union([z.literal(''), isoDateSchema]).default(''),
  note: text('Outcome note', 5000).default(''),
  /**
   * The day an offer must be answered by (shared/workflow/offer-decision.ts). Optional, not defaulted, as
   * the decision's informerEmail is: a sealed record written before it was kept is read back as it was.
   */
  answerBy: z.union([z.literal(''), isoDateSchema]).optional(),
})
export type Outcome = z.output<typeof outcomeSchema>

/** One follow-up step. `due` is a wall-clock time in the interview's time zone (DESIGN.md: wall-clock on disk). */
export const followUpTaskSchema = z.strictObject({
  id: idSchema,
  kind: requiredText('Task kind', 64),
  title: requiredText('Task title', 300),
  personId: idSchema.optional(),
  due: wallDateTimeSchema,
  status: z.enum(TASK_STATUSES).default('open'),
  snoozedUntil: wallDateTimeSchema.optional(),
  completedAt: instantSchema.optional(),
  /** Set when the task was closed by the workflow rather than by the user's own Done or Dismiss. */
  closedBy: z.enum(TASK_CLOSE_REASONS).optional(),
})
export type FollowUpTask = z.output<typeof followUpTaskSchema>

/** The fields a user edits, unchecked against each other: the stored record's shape. */
const interviewFieldsShape = z.strictObject({
  company: requiredText('Company', 200),
  role: requiredText('Role', 200),
  round: z
    .number({ message: 'Round must be a number' })
    .int({ message: 'Round must be a whole number' })
    .min(1, { message: 'Round must be 1 or more' })
    .max(50, { message: 'Round must be 50 or less' })
    .default(1),
  date: isoDateSchema,
  time: wallTimeSchema,
  timeZone: timeZoneSchema,
  format: z.enum(INTERVIEW_FORMATS, { message: 'Format must be in person, video or phone' }).default('in-person'),
  location: text('Location or link', 1000).default(''),
  interviewers: z.array(personSchema).max(50, { message: 'At most 50 interviewers' }).default([]),
  arrangers: z.array(personSchema).max(50, { message: 'At most 50 people who arranged it' }).default([]),
  decision: decisionSchema.default({ expectedDate: '', informer: 'interviewer', informerName: '', channel: '' }),
  outcome: outcomeSchema.default({ receivedOn: '', note: '' }),
})

/** Dates that cannot come before the interview: a decision or a result is about an interview already held. */
const NOT_BEFORE_INTERVIEW = [
  { path: ['decision', 'expectedDate'], what: 'The decision date', read: (f: FieldsShape) => f.decision.expectedDate },
  { path: ['outcome', 'receivedOn'], what: 'The result date', read: (f: FieldsShape) => f.outcome.receivedOn },
] as const
type FieldsShape = z.output<typeof interviewFieldsShape>

/**
 * The fields a user edits, checked at both doors and in the form. Everything else on an interview is
 * owned by the host. Stored records are read without these cross-checks, so an older record loads.
 */
export const interviewFieldsSchema = interviewFieldsShape.superRefine((fields, context) => {
  const { answerBy = '', receivedOn } = fields.outcome
  // The answer is due after the offer came: a day before it is a typo, said where it was typed.
  if (answerBy !== '' && answerBy < (receivedOn || fields.date)) {
    context.addIssue({
      code: 'custom',
      path: ['outcome', 'answerBy'],
      message: receivedOn
        ? 'The day to answer by cannot be before the day the result came'
        : "The day to answer by cannot be before the interview's date",
    })
  }
  for (const rule of NOT_BEFORE_INTERVIEW) {
    const day = rule.read(fields)
    // ISO days order as text.
    if (day !== '' && day < fields.date) {
      context.addIssue({
        code: 'custom',
        path: [...rule.path],
        // No date in the message: the form shows the interview's beside it, in the user's words. The
        // apostrophe is the curly one the rest of the app writes.
        message: `${rule.what} cannot be before the interview’s date`,
      })
    }
  }
})
export type InterviewFields = z.output<typeof interviewFieldsSchema>
export type InterviewFieldsInput = z.input<typeof interviewFieldsSchema>

export const interviewSchema = z.strictObject({
  id: idSchema,
  ...interviewFieldsShape.shape,
  stage: stageIdSchema,
  /** Position within the stage: a fractional index key, so a move rewrites one record. */
  order: z.string().min(1).max(200),
  archived: z.boolean().default(false),
  tasks: z.array(followUpTaskSchema).max(500).default([]),
  /**
   * "Still send the letter?" once an outcome is in while thank-you, LinkedIn or letter tasks are
   * open: `ask` until the user answers (the Settings default already applied), then their answer.
   */
  stillSend: z.enum(STILL_SEND_ANSWERS).optional(),
  /**
   * Set once the user answered "Which of these have you already done?" on an interview entered after it
   * took place with "None yet" or "Mark the ticked ones done" (the rest kept to do), so it is not asked again.
   */
  noneDoneYet: z.literal(true).optional(),
  /**
   * Set when a move into an outcome stage wrote the day it was made as the result day (outcome.receivedOn,
   * shared/workflow/result-day.ts): a move back out takes that day back. An edit of the day clears it.
   */
  resultDayByMove: z.literal(true).optional(),
  createdAt: instantSchema,
  updatedAt: instantSchema,
})
export type Interview = z.output<typeof interviewSchema>

/** One undoable change to one interview: the record before and after it (null: it did not exist). */
export const historyEntrySchema = z.strictObject({
  label: z.string().max(500),
  interviewId: idSchema,
  before: interviewSchema.nullable(),
  after: interviewSchema.nullable(),
})
export type HistoryEntry = z.output<typeof historyEntrySchema>

export const interviewsFileSchema = z.strictObject({
  schemaVersion: z.literal(INTERVIEWS_SCHEMA_VERSION),
  /** The last change-journal record folded into this snapshot (electron/host/storage/interview-store.ts). */
  seq: z.number().int().min(0).default(0),
  interviews: z.array(interviewSchema),
  /** Undo and redo stacks, oldest first, so undo survives a restart. */
  undo: z.array(historyEntrySchema).default([]),
  redo: z.array(historyEntrySchema).default([]),
})
export type InterviewsFile = z.output<typeof interviewsFileSchema>
