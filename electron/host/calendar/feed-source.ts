import { createHash } from 'node:crypto'
import { parseCalendarInSlices } from '../../../shared/calendar/ics'
import type { CalendarEventsFile, CalendarSyncState } from '../../../shared/calendar/sources'
import { CALENDARS_SCHEMA_VERSION } from '../../../shared/calendar/sources'
import { fetchFeed, type FeedLimits } from './fetch-feed'

/** What one read of a source brought: nothing new, or its events as they now are. */
export type SourceReading =
  | { changed: false; sync: Partial<CalendarSyncState> }
  | { changed: true; events: CalendarEventsFile; sync: Partial<CalendarSyncState> }

export interface ReadContext {
  now: Date
  timeZone: string
  /** Lets other requests through between slices of a large calendar. */
  pause: () => Promise<void>
}

/** Lets the event loop answer what is waiting (a setImmediate turn) before the next slice. */
export function yieldToLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve))
}

function hashOf(text: string): string {
  return createHash('sha256').update(text).digest('base64url')
}

/** Parses a whole .ics text into one object of events. */
export async function readIcsText(text: string, context: ReadContext): Promise<CalendarEventsFile> {
  const events = await parseCalendarInSlices(text, { now: context.now, timeZone: context.timeZone }, context.pause)
  return { schemaVersion: CALENDARS_SCHEMA_VERSION, objects: { '': { etag: hashOf(text), events } }, collections: {} }
}

/** A subscription: a conditional GET; an unchanged body (same validators or the same bytes) is not parsed again. */
export async function readSubscription(
  address: string,
  previous: CalendarSyncState,
  context: ReadContext,
  limits?: FeedLimits,
): Promise<SourceReading> {
  const validators = previous.bodyHash ? { etag: previous.etag, lastModified: previous.lastModified } : {}
  const result = await fetchFeed(address, validators, limits)
  if (result.status === 'not-modified') return { changed: false, sync: {} }
  const bodyHash = hashOf(result.text)
  const sync = { etag: result.validators.etag, lastModified: result.validators.lastModified, bodyHash }
  if (bodyHash === previous.bodyHash) return { changed: false, sync }
  return { changed: true, events: await readIcsText(result.text, context), sync }
}
