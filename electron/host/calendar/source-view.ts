import type { CalendarSourceView } from '../../../shared/calendar/api'
import { CalendarFormatError } from '../../../shared/calendar/ics'
import type { CalendarEventsFile, CalendarSource } from '../../../shared/calendar/sources'
import { ApiError } from '../../../shared/api/errors'
import { FeedAddressError } from './feed-url'
import { FeedError } from './fetch-feed'
import { SecretUnavailableError } from './secrets'

/** What the window is told of a source: never its secret, only where it is and how its last read went. */
export function sourceView(source: CalendarSource): CalendarSourceView {
  const { sync } = source
  return {
    id: source.id,
    kind: source.kind,
    label: source.label,
    origin: source.origin,
    ...(source.username ? { username: source.username } : {}),
    addedAt: source.addedAt,
    ...(sync.lastSyncAt ? { lastSyncAt: sync.lastSyncAt } : {}),
    ...(sync.lastError ? { lastError: sync.lastError } : {}),
    eventCount: sync.eventCount,
  }
}

export function countEvents(file: CalendarEventsFile): number {
  let count = 0
  for (const object of Object.values(file.objects)) count += object.events.length
  return count
}

/** A failure the user can act on, worded without the address or password it may concern. */
export function userMessage(error: unknown): string {
  if (
    error instanceof FeedError ||
    error instanceof CalendarFormatError ||
    error instanceof FeedAddressError ||
    error instanceof SecretUnavailableError ||
    error instanceof ApiError
  ) {
    return error.message
  }
  return `Debrief could not read this calendar (${error instanceof Error ? error.name : 'unknown error'}).`
}
