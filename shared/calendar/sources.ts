import { z } from 'zod'
import { calendarEventSchema } from './event'
import { calendarSettingsSchema } from './settings'

/** Calendar sources as the host keeps them (no secret in here: those live in the secret store). */

export const CALENDAR_SOURCE_KINDS = ['file', 'subscription', 'caldav'] as const
export type CalendarSourceKind = (typeof CALENDAR_SOURCE_KINDS)[number]

export const calendarSyncStateSchema = z.strictObject({
  lastSyncAt: z.string().optional(),
  /** The last attempt's failure, for Settings › Calendars; cleared by a good sync. */
  lastError: z.string().max(2000).optional(),
  eventCount: z.number().int().min(0).default(0),
  etag: z.string().max(500).optional(),
  lastModified: z.string().max(200).optional(),
  /** The last body read, hashed: a server without validators that sends the same calendar costs no parse. */
  bodyHash: z.string().max(100).optional(),
})
export type CalendarSyncState = z.output<typeof calendarSyncStateSchema>

export const calendarSourceSchema = z.strictObject({
  id: z.uuid(),
  kind: z.enum(CALENDAR_SOURCE_KINDS),
  label: z.string().max(200),
  /** What may be shown of where it comes from: a file name or a server's host, never a secret path. */
  origin: z.string().max(300),
  /** CalDAV: the account's user name (also one of the user's own addresses when it is one). */
  username: z.string().max(320).optional(),
  addedAt: z.string(),
  sync: calendarSyncStateSchema.default({ eventCount: 0 }),
})
export type CalendarSource = z.output<typeof calendarSourceSchema>

/** An interview added from an event: how Debrief follows the event afterwards. */
export const calendarLinkSchema = z.strictObject({
  interviewId: z.uuid(),
  sourceId: z.uuid(),
  eventKey: z.string().max(1200),
  /** The event's times when last seen, to tell a move from an edit the user made. */
  start: z.string(),
  end: z.string(),
  cancelled: z.boolean().default(false),
  /** When the interview was added from the event: only one known before it ended is asked about. */
  linkedAt: z.string().optional(),
  /** The prompts already shown for it (promptName): each is shown once, whatever changes after. */
  prompted: z.array(z.string().max(40)).max(10).default([]),
})
export type CalendarLink = z.output<typeof calendarLinkSchema>

export const CALENDARS_SCHEMA_VERSION = 1

export const calendarsFileSchema = z.strictObject({
  schemaVersion: z.literal(CALENDARS_SCHEMA_VERSION),
  settings: calendarSettingsSchema.default(calendarSettingsSchema.parse({})),
  sources: z.array(calendarSourceSchema).default([]),
  /** "Not an interview": suggestion keys (source id | event key) never suggested again. */
  dismissed: z.array(z.string().max(1300)).default([]),
  links: z.array(calendarLinkSchema).default([]),
})
export type CalendarsFile = z.output<typeof calendarsFileSchema>

/** One source's events as last read: per CalDAV object (its href) or one object ('') for a whole feed. */
export const calendarEventsFileSchema = z.strictObject({
  schemaVersion: z.literal(CALENDARS_SCHEMA_VERSION),
  objects: z.record(z.string(), z.strictObject({ etag: z.string(), events: z.array(calendarEventSchema) })),
  /** CalDAV: each calendar's collection state (sync-token and ctag), by its URL. */
  collections: z
    .record(z.string(), z.strictObject({ syncToken: z.string().optional(), ctag: z.string().optional() }))
    .default({}),
})
export type CalendarEventsFile = z.output<typeof calendarEventsFileSchema>
