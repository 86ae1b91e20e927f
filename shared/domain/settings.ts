import { z } from 'zod'
import { optionalEmailSchema, optionalPhoneSchema, text, wallTimeSchema } from './fields'

export const SETTINGS_SCHEMA_VERSION = 1

export const THEMES = ['system', 'light', 'dark'] as const
/** Compact: smaller cards and narrower columns, so all eight stages fit a laptop's screen. */
export const BOARD_DENSITIES = ['comfortable', 'compact'] as const

/** Quiet hours may run overnight (22:00–08:00), so unlike working hours the end may be before the start. */
export const quietHoursSchema = z.strictObject({ start: wallTimeSchema, end: wallTimeSchema })

function timeRangeSchema(what: string) {
  return z
    .strictObject({ start: wallTimeSchema, end: wallTimeSchema })
    .refine((range) => range.start < range.end, { message: `${what} must end after it starts`, path: ['end'] })
}

const workingHoursSchema = timeRangeSchema('The working day')
const lunchSchema = timeRangeSchema('Lunch')

/** The preferences that are checked against each other; stored ones that disagree fall back together. */
export const WORKING_DAY_KEYS = ['workingHours', 'lunch'] as const
const workingDaySchema = z.object({ workingHours: workingHoursSchema, lunch: lunchSchema })
type WorkingDay = z.output<typeof workingDaySchema>

/** The lunch rules run whenever both ranges are valid on their own, even while another preference is not. */
const workingDayRule = {
  when: (payload: { value: unknown }) => workingDaySchema.safeParse(payload.value).success,
}

/** How the user greets a recipient: "Dear Priya", "Dear Priya Raman", "Dear Dr Raman". */
export const GREETING_STYLES = ['first-name', 'full-name', 'title-surname'] as const
export type GreetingStyle = (typeof GREETING_STYLES)[number]

/** Settings › You: who the messages come from, and how they greet. Everything may stay empty. */
export const senderSchema = z.strictObject({
  name: text('Your name', 200).default(''),
  email: optionalEmailSchema.default(''),
  phone: optionalPhoneSchema.default(''),
  /** The postal address lines under the name on a formal letter. */
  address: text('Your address', 1000).default(''),
  /** Lines after the name at the end of a message (a title, a portfolio link); '' for none. */
  signature: text('Signature', 2000).default(''),
  greeting: z.enum(GREETING_STYLES).default('full-name'),
})
export type Sender = z.output<typeof senderSchema>

function count(noun: string, min: number, max: number) {
  return z
    .number({ message: `Enter a number of ${noun}` })
    .int({ message: `Must be a whole number of ${noun}` })
    .min(min, { message: `Must be at least ${min}` })
    .max(max, { message: `Must be at most ${max}` })
}

/** The user's preferences, shared by the desktop and browser apps. Workflow timings feed the follow-up rules. */
export const preferencesSchema = z
  .strictObject({
    theme: z.enum(THEMES).default('system'),
    /** The board's density, the same in every window (its switch is on the board, like the theme's in the activity bar). */
    boardDensity: z.enum(BOARD_DENSITIES).default('comfortable'),
    workingHours: workingHoursSchema.default({ start: '09:00', end: '17:30' }),
    lunch: lunchSchema.default({ start: '12:00', end: '13:30' }),
    /** "A few days later" for the formal letter, in days. */
    fewDays: count('days', 1, 30).default(3),
    businessDays: z.boolean().default(true),
    /** How soon to answer an offer or a next round, in hours from when it came in. */
    replyWithinHours: count('hours', 1, 48).default(2),
    notificationsEnabled: z.boolean().default(true),
    /** Reminders due in these hours wait until they end; null: none. Equal start and end: none. */
    quietHours: quietHoursSchema.nullable().default({ start: '22:00', end: '07:00' }),
    /** LinkedIn's limit on a connection note, in characters (free accounts get fewer). */
    linkedInNoteLimit: count('characters', 1, 2000).default(300),
    /** Desktop app only: open Debrief when the user logs in to the computer. */
    startAtLogin: z.boolean().default(false),
    /** Desktop app only: closing the window leaves Debrief in the tray, so reminders still come. */
    keepRunningInTray: z.boolean().default(true),
    /** An inquiry made without an answer: ask once more after this many business days. */
    checkAgainAfterDays: count('business days', 1, 30).default(5),
    /** The default answer to "Still send the letter?" once an outcome is in (thank-you, LinkedIn and letter tasks). */
    stillSendAfterOutcome: z.boolean().default(true),
    you: senderSchema.default({ name: '', email: '', phone: '', address: '', signature: '', greeting: 'full-name' }),
    /** The first run's "What is your name?" step was answered or skipped, so it is not asked again. */
    nameStepSeen: z.boolean().default(false),
    /** How many daily backups of the data folder to keep (electron/host/backup/backups.ts). */
    backupsToKeep: count('backups', 1, 365).default(7),
  })
  // Calls are planned around lunch inside the working day (shared/workflow/call-windows.ts).
  .refine((preferences: WorkingDay) => preferences.lunch.start >= preferences.workingHours.start, {
    path: ['lunch', 'start'],
    error: (issue) =>
      `Lunch must start within the working day, at ${(issue.input as WorkingDay).workingHours.start} or later`,
    ...workingDayRule,
  })
  .refine((preferences: WorkingDay) => preferences.lunch.end <= preferences.workingHours.end, {
    path: ['lunch', 'end'],
    error: (issue) => `Lunch must end within the working day, by ${(issue.input as WorkingDay).workingHours.end}`,
    ...workingDayRule,
  })
export type Preferences = z.output<typeof preferencesSchema>

export const DEFAULT_PREFERENCES: Preferences = preferencesSchema.parse({})
