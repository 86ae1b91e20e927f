import { z } from 'zod'

/**
 * One occurrence of a calendar event, as Debrief keeps it: already expanded from its recurrence rule,
 * with its instants and the wall-clock start in the zone it was written in. Everything here is text
 * from someone else's calendar: the UI renders it as text, never as markup.
 */

export const calendarPersonSchema = z.strictObject({
  name: z.string().max(300),
  email: z.string().max(320),
})
export type CalendarPerson = z.output<typeof calendarPersonSchema>

export const calendarEventSchema = z.strictObject({
  /** Stable across syncs: the UID, and for an occurrence of a series the original start it stands for. */
  key: z.string().max(1200),
  uid: z.string().max(1000),
  summary: z.string().max(2000),
  description: z.string().max(20_000),
  location: z.string().max(2000),
  url: z.string().max(2000),
  /** Instants (ISO, UTC). */
  start: z.string(),
  end: z.string(),
  /** The start on the wall clock of `timeZone` (YYYY-MM-DDTHH:mm). */
  wallStart: z.string(),
  /** The IANA zone the event was written in; the user's zone for floating, UTC-only and Windows-named times. */
  timeZone: z.string(),
  allDay: z.boolean(),
  organizer: calendarPersonSchema.nullable(),
  attendees: z.array(calendarPersonSchema).max(500),
  cancelled: z.boolean(),
})
export type CalendarEvent = z.output<typeof calendarEventSchema>
