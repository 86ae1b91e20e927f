import { z } from 'zod'
import { wallTimeSchema } from './fields'

export const SETTINGS_SCHEMA_VERSION = 1

export const THEMES = ['system', 'light', 'dark'] as const

/** Quiet hours may run overnight (22:00–08:00), so unlike working hours the end may be before the start. */
const quietHoursSchema = z.strictObject({ start: wallTimeSchema, end: wallTimeSchema })

const timeRangeSchema = z
  .strictObject({ start: wallTimeSchema, end: wallTimeSchema })
  .refine((range) => range.start < range.end, { message: 'The start must be before the end', path: ['end'] })

/** The user's preferences, shared by the desktop and browser apps. Workflow timings feed the follow-up rules. */
export const preferencesSchema = z.strictObject({
  theme: z.enum(THEMES).default('system'),
  workingHours: timeRangeSchema.default({ start: '09:00', end: '17:30' }),
  lunch: timeRangeSchema.default({ start: '12:00', end: '13:30' }),
  /** "A few days later" for the formal letter, in days. */
  fewDays: z.number().int().min(1).max(30).default(3),
  businessDays: z.boolean().default(true),
  /** How soon to answer an offer or a next round, in hours from when it came in. */
  replyWithinHours: z.number().int().min(1).max(48).default(2),
  notificationsEnabled: z.boolean().default(true),
  /** Reminders due in these hours wait until they end; null: none. Equal start and end: none. */
  quietHours: quietHoursSchema.nullable().default(null),
  /** LinkedIn's limit on a connection note, in characters (free accounts get fewer). */
  linkedInNoteLimit: z.number().int().min(1).max(2000).default(300),
  /** Desktop app only: open Debrief when the user logs in to the computer. */
  startAtLogin: z.boolean().default(false),
  /** Desktop app only: closing the window leaves Debrief in the tray, so reminders still come. */
  keepRunningInTray: z.boolean().default(true),
  /** How many daily backups of the data folder to keep (electron/host/backups.ts). */
  backupsToKeep: z.number().int().min(1).max(365).default(7),
})
export type Preferences = z.output<typeof preferencesSchema>

export const DEFAULT_PREFERENCES: Preferences = preferencesSchema.parse({})
