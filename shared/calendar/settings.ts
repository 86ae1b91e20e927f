import { z } from 'zod'
import { wallTimeSchema } from '../domain/fields'

/**
 * What the user tunes about calendars (Settings › Calendars). Kept beside the calendar sources, not in
 * the app's preferences: it belongs to the calendar concern, and sources come and go with it.
 */

/** Words that name an interview in the languages Debrief's users write their calendars in. */
export const DEFAULT_INTERVIEW_KEYWORDS = [
  'interview',
  'entretien',
  'entrevista',
  'Vorstellungsgespräch',
  'colloquio',
  'sollicitatiegesprek',
  '面试',
  '面接',
] as const

export const calendarSettingsSchema = z.strictObject({
  keywords: z
    .array(z.string().trim().min(1, { message: 'A keyword cannot be empty' }).max(100))
    .max(100, { message: 'At most 100 keywords' })
    .default([...DEFAULT_INTERVIEW_KEYWORDS]),
  /** The user's own addresses: never made interviewers or arrangers. */
  ownAddresses: z
    .array(z.email({ message: 'Must be an email address like name@example.com' }).max(320))
    .max(20, { message: 'At most 20 addresses' })
    .default([]),
  /** How often subscriptions and CalDAV accounts are read, in minutes. */
  pollMinutes: z
    .number({ message: 'Enter a number of minutes' })
    .int({ message: 'Must be a whole number of minutes' })
    .min(5, { message: 'Must be at least 5 minutes' })
    .max(1440, { message: 'Must be at most 1440 minutes (a day)' })
    .default(15),
  /** How long after an interview's end "How did it go?" comes, in minutes. */
  promptDelayMinutes: z
    .number({ message: 'Enter a number of minutes' })
    .int({ message: 'Must be a whole number of minutes' })
    .min(0, { message: 'Must be 0 or more' })
    .max(240, { message: 'Must be at most 240 minutes' })
    .default(10),
  /** Before a next round from the calendar: a reminder the evening before at this time (null: none). */
  prepareEveningAt: wallTimeSchema.nullable().default('19:00'),
  /** …and this many minutes before it starts (null: none). */
  prepareMinutesBefore: z
    .number({ message: 'Enter a number of minutes' })
    .int({ message: 'Must be a whole number of minutes' })
    .min(5, { message: 'Must be at least 5 minutes' })
    .max(720, { message: 'Must be at most 720 minutes' })
    .nullable()
    .default(60),
})
export type CalendarSettings = z.output<typeof calendarSettingsSchema>

export const DEFAULT_CALENDAR_SETTINGS: CalendarSettings = calendarSettingsSchema.parse({})
