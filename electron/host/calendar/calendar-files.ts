import { mkdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import {
  CALENDARS_SCHEMA_VERSION,
  calendarEventsFileSchema,
  calendarsFileSchema,
  type CalendarEventsFile,
  type CalendarsFile,
} from '../../../shared/calendar/sources'
import { isMissingFile, writeFileDurable } from '../storage/durable-file'
import { setAside } from '../storage/notices'

/**
 * The calendar concern's files, in `<dataDir>/calendar/`: `calendars.json` (settings, sources, what was
 * dismissed, which interviews came from which events) and `events-<source id>.json` (what each source
 * held when last read). Each is replaced durably; a damaged one is set aside and read afresh.
 */

export const CALENDAR_FOLDER = 'calendar'
const STATE_FILE = 'calendars.json'

export function emptyCalendars(): CalendarsFile {
  return calendarsFileSchema.parse({ schemaVersion: CALENDARS_SCHEMA_VERSION })
}

function emptyEvents(): CalendarEventsFile {
  return { schemaVersion: CALENDARS_SCHEMA_VERSION, objects: {}, collections: {} }
}

async function readJson<T>(
  path: string,
  parse: (value: unknown) => T | undefined,
  empty: () => T,
  now: Date,
): Promise<{ value: T; setAsideAs?: string }> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    if (isMissingFile(error)) return { value: empty() }
    throw error
  }
  let value: T | undefined
  try {
    value = parse(JSON.parse(text))
  } catch {
    value = undefined
  }
  if (value !== undefined) return { value }
  return { value: empty(), setAsideAs: await setAside(path, now) }
}

const EVENTS_PER_SLICE = 500

async function stringifyInSlices(file: CalendarEventsFile, pause: () => Promise<void>): Promise<string> {
  const parts: string[] = []
  for (const [href, object] of Object.entries(file.objects)) {
    const events: string[] = []
    for (let index = 0; index < object.events.length; index += EVENTS_PER_SLICE) {
      events.push(
        object.events
          .slice(index, index + EVENTS_PER_SLICE)
          .map((event) => JSON.stringify(event))
          .join(','),
      )
      await pause()
    }
    parts.push(`${JSON.stringify(href)}:{"etag":${JSON.stringify(object.etag)},"events":[${events.join(',')}]}`)
  }
  return (
    `{"schemaVersion":${file.schemaVersion},"objects":{${parts.join(',')}},` +
    `"collections":${JSON.stringify(file.collections)}}`
  )
}

export class CalendarFiles {
  private readonly folder: string

  constructor(dataDir: string) {
    this.folder = join(dataDir, CALENDAR_FOLDER)
  }

  private eventsPath(sourceId: string): string {
    return join(this.folder, `events-${sourceId}.json`)
  }

  loadState(now: Date): Promise<{ value: CalendarsFile; setAsideAs?: string }> {
    return readJson(
      join(this.folder, STATE_FILE),
      (value) => calendarsFileSchema.safeParse(value).data,
      emptyCalendars,
      now,
    )
  }

  async saveState(state: CalendarsFile): Promise<void> {
    await mkdir(this.folder, { recursive: true })
    await writeFileDurable(join(this.folder, STATE_FILE), `${JSON.stringify(state, null, 2)}\n`)
  }

  loadEvents(sourceId: string, now: Date): Promise<{ value: CalendarEventsFile; setAsideAs?: string }> {
    return readJson(
      this.eventsPath(sourceId),
      (value) => calendarEventsFileSchema.safeParse(value).data,
      emptyEvents,
      now,
    )
  }

  /**
   * One line, nobody edits it by hand. Written a slice of events at a time, pausing between slices:
   * stringifying a 5,000-event calendar at once held the host's loop for tens of milliseconds.
   */
  async saveEvents(sourceId: string, events: CalendarEventsFile, pause: () => Promise<void>): Promise<void> {
    await mkdir(this.folder, { recursive: true })
    await writeFileDurable(this.eventsPath(sourceId), await stringifyInSlices(events, pause))
  }

  removeEvents(sourceId: string): Promise<void> {
    return rm(this.eventsPath(sourceId), { force: true })
  }
}
