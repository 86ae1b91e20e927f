import { z } from 'zod'
import { CALENDAR_SOURCE_KINDS } from './sources'
import { calendarSettingsSchema } from './settings'
import { idSchema } from '../domain/fields'
import { interviewSchema } from '../domain/interview'
import { byId, method, noInput } from '../api/method'

/** The calendar's methods of the contract (shared/api/contract.ts), with their inputs and outputs. */

/** Same cap as a subscription's body (electron/host/calendar/fetch-feed.ts). */
export const MAX_CALENDAR_FILE_LENGTH = 40 * 1024 * 1024

export const secretProtectionSchema = z.enum(['encrypted', 'file-only'])

export const calendarSourceViewSchema = z.strictObject({
  id: z.string(),
  kind: z.enum(CALENDAR_SOURCE_KINDS),
  label: z.string(),
  origin: z.string(),
  username: z.string().optional(),
  addedAt: z.string(),
  lastSyncAt: z.string().optional(),
  lastError: z.string().optional(),
  eventCount: z.number().int(),
})
export type CalendarSourceView = z.output<typeof calendarSourceViewSchema>

export const calendarOverviewSchema = z.strictObject({
  sources: z.array(calendarSourceViewSchema),
  settings: calendarSettingsSchema,
  /** How a subscription address or password entered now is kept (said in Settings › Calendars). */
  secretProtection: secretProtectionSchema,
})
export type CalendarOverview = z.output<typeof calendarOverviewSchema>

export const addCalendarSourceSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('file'),
    fileName: z.string().trim().min(1).max(300),
    text: z.string().max(MAX_CALENDAR_FILE_LENGTH, {
      message: `The calendar file is larger than ${MAX_CALENDAR_FILE_LENGTH / 1024 / 1024} MB; Debrief did not read it.`,
    }),
  }),
  z.strictObject({
    kind: z.literal('subscription'),
    label: z.string().trim().max(200).default(''),
    address: z.string().trim().min(1, { message: 'Paste the calendar’s address' }).max(4000),
  }),
  z.strictObject({
    kind: z.literal('caldav'),
    label: z.string().trim().max(200).default(''),
    server: z.string().trim().min(1, { message: 'Enter the server’s address' }).max(2000),
    username: z.string().trim().min(1, { message: 'Enter the user name' }).max(320),
    password: z.string().min(1, { message: 'Enter the app password' }).max(1000),
  }),
])
export type AddCalendarSource = z.input<typeof addCalendarSourceSchema>

const prefillPersonSchema = z.strictObject({ name: z.string(), email: z.string() })

export const calendarSuggestionSchema = z.strictObject({
  /** Source id and event key: what "Add" and "Not an interview" name. */
  key: z.string(),
  sourceLabel: z.string(),
  summary: z.string(),
  start: z.string(),
  end: z.string(),
  allDay: z.boolean(),
  reason: z.string(),
  prefill: z.strictObject({
    company: z.string(),
    role: z.string(),
    round: z.number().int(),
    date: z.string(),
    time: z.string(),
    timeZone: z.string(),
    format: z.enum(['in-person', 'video', 'phone']),
    location: z.string(),
    interviewers: z.array(prefillPersonSchema),
    arrangers: z.array(prefillPersonSchema),
  }),
})
export type CalendarSuggestion = z.output<typeof calendarSuggestionSchema>

export const suggestionKeySchema = z.string().min(1).max(1300)

/** An interview added from the calendar, with its event's times: for "How did it go?", Upcoming and cancellations. */
export const calendarInterviewSchema = z.strictObject({
  interviewId: z.string(),
  start: z.string(),
  end: z.string(),
  /** Cancelled or deleted in the calendar (the interview itself is kept). */
  cancelled: z.boolean(),
})
export type CalendarInterview = z.output<typeof calendarInterviewSchema>

/** An interview still to come (Today's Upcoming, the tray): what its line shows. */
export const upcomingInterviewSchema = z.strictObject({
  interviewId: z.string(),
  company: z.string(),
  role: z.string(),
  round: z.number(),
  /** When it starts (ISO instant), from its date, time and zone. */
  start: z.string(),
  timeZone: z.string(),
})
export type UpcomingInterview = z.output<typeof upcomingInterviewSchema>

export const listUpcomingInterviewsSchema = z.strictObject({
  limit: z.number().int().min(1).max(50).default(5),
})

/** The calendar's part of the contract's table. */
export const calendarMethods = {
  /** Calendar sources (read-only), their settings and how their secrets are kept; never a secret itself. */
  getCalendars: method(noInput, calendarOverviewSchema),
  /** Reads a calendar once (an .ics file's text, a subscription address or a CalDAV account) and keeps it if it could. */
  addCalendarSource: method(addCalendarSourceSchema, calendarSourceViewSchema),
  removeCalendarSource: method(byId, z.strictObject({ id: idSchema })),
  /** Reads one source again now, or every source. */
  syncCalendars: method(z.strictObject({ id: idSchema.optional() }), calendarOverviewSchema),
  setCalendarSettings: method(calendarSettingsSchema, calendarSettingsSchema),
  /** Events that look like interviews, not yet added nor set aside, with what "Add as interview" fills in. */
  listCalendarSuggestions: method(noInput, z.array(calendarSuggestionSchema)),
  /** "Not an interview": never suggested again. */
  dismissCalendarSuggestion: method(z.strictObject({ key: suggestionKeySchema }), z.strictObject({ key: z.string() })),
  /** Adds the interview an event describes, with the company and role the user confirmed. */
  addInterviewFromCalendar: method(
    z.strictObject({ key: suggestionKeySchema, company: z.string().max(200), role: z.string().max(200) }),
    interviewSchema,
  ),
  /** The interviews added from the calendar, with their events' times, soonest first. */
  listCalendarInterviews: method(noInput, z.array(calendarInterviewSchema)),
  /** The next interviews on the board, soonest first, less those cancelled in the calendar. */
  listUpcomingInterviews: method(listUpcomingInterviewsSchema, z.array(upcomingInterviewSchema)),
} as const
