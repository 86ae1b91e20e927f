import { DAVClient, type DAVCalendar } from 'tsdav'
import { checkFeedAddress, FeedAddressError } from './feed-url'
import { CalendarFormatError } from '../../../shared/calendar/ics'
import { CALENDARS_SCHEMA_VERSION, type CalendarEventsFile } from '../../../shared/calendar/sources'
import { readIcsText, type ReadContext, type SourceReading } from './feed-source'
import { FeedError } from './fetch-feed'

/**
 * A CalDAV account through tsdav: discovery of the account's calendars, then an incremental read by
 * ctag and etags. A calendar whose ctag has not moved is not read at all; otherwise only its objects'
 * etags are listed, and only new or changed objects are downloaded (a multiget), deleted ones dropped.
 */

export interface CalDavAccount {
  server: string
  username: string
  password: string
}

const REQUEST_TIMEOUT_MS = 60_000

/** What Settings › Calendars shows of the server: its address without any path secret (CalDAV paths carry none). */
export function caldavOrigin(server: string): string {
  return checkFeedAddress(server).href.replace(/\/$/, '')
}

/**
 * tsdav's requests, held to the same rules as a subscription: https (or http to this machine) only,
 * redirects only where tsdav reads them itself (discovery), and a time limit on each request.
 */
function guardedFetch(input: string | URL | Request, init?: RequestInit): Promise<Response> {
  const url = checkFeedAddress(input instanceof Request ? input.url : String(input))
  return fetch(url, {
    ...init,
    redirect: init?.redirect === 'manual' ? 'manual' : 'error',
    signal: init?.signal ?? AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  })
}

function describe(error: unknown, host: string): Error {
  if (error instanceof CalendarFormatError || error instanceof FeedAddressError) return error
  const message = error instanceof Error ? error.message : String(error)
  if (/401|unauthori[sz]ed|invalid credentials/i.test(message)) {
    return new FeedError(`${host} refused the user name or app password. Check them, or make a new app password.`)
  }
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return new FeedError(`${host} did not answer in time; Debrief will try again later.`)
  }
  const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : ''
  return new FeedError(`Debrief could not read the calendars at ${host}: ${message}${cause}`)
}

function absolute(href: string, base: string): string {
  return new URL(href, base.endsWith('/') ? base : `${base}/`).href
}

function hasEvents(calendar: DAVCalendar): boolean {
  return !calendar.components || calendar.components.includes('VEVENT')
}

export async function readCalDav(
  account: CalDavAccount,
  previous: CalendarEventsFile | undefined,
  context: ReadContext,
): Promise<SourceReading> {
  const host = checkFeedAddress(account.server).host
  try {
    const client = new DAVClient({
      serverUrl: account.server,
      credentials: { username: account.username, password: account.password },
      authMethod: 'Basic',
      defaultAccountType: 'caldav',
      fetch: guardedFetch as typeof fetch,
    })
    await client.login()
    const calendars = (await client.fetchCalendars()).filter(hasEvents)
    const objects: CalendarEventsFile['objects'] = {}
    const collections: CalendarEventsFile['collections'] = {}
    let changed = !previous || Object.keys(previous.collections).length !== calendars.length
    for (const calendar of calendars) {
      const before = previous?.collections[calendar.url]
      const kept = Object.entries(previous?.objects ?? {}).filter(([href]) => href.startsWith(calendar.url))
      collections[calendar.url] = {
        ...(calendar.ctag ? { ctag: calendar.ctag } : {}),
        ...(calendar.syncToken ? { syncToken: calendar.syncToken } : {}),
      }
      if (before && calendar.ctag && before.ctag === calendar.ctag) {
        for (const [href, object] of kept) objects[href] = object
        continue
      }
      const listing = await client.calendarQuery({
        url: calendar.url,
        props: { 'd:getetag': {} },
        filters: {
          'comp-filter': { _attributes: { name: 'VCALENDAR' }, 'comp-filter': { _attributes: { name: 'VEVENT' } } },
        },
        depth: '1',
      })
      const known = new Map(kept)
      const wanted: string[] = []
      for (const response of listing) {
        if (!response.href || !response.ok) continue
        const href = absolute(response.href, calendar.url)
        const etag = String(response.props?.getetag ?? '')
        const old = known.get(href)
        if (old && etag && old.etag === etag) objects[href] = old
        else wanted.push(href)
      }
      if (wanted.length > 0 || kept.length !== listing.length) changed = true
      if (wanted.length === 0) continue
      const fetched = await client.fetchCalendarObjects({ calendar, objectUrls: wanted, urlFilter: () => true })
      for (const object of fetched) {
        if (typeof object.data !== 'string' || !object.data.trim()) continue
        const read = await readIcsText(object.data, context)
        objects[absolute(object.url, calendar.url)] = { etag: object.etag ?? '', events: read.objects['']!.events }
        await context.pause()
      }
    }
    if (!changed) return { changed: false, sync: {} }
    return { changed: true, events: { schemaVersion: CALENDARS_SCHEMA_VERSION, objects, collections }, sync: {} }
  } catch (error) {
    throw describe(error, host)
  }
}
