import { tzOffset } from '@date-fns/tz'
import ICAL from 'ical.js'
import { isValidTimeZone } from '../domain/fields'
import { instantToWallTime, wallTimeToInstant } from '../workflow/time-zone'
import type { CalendarEvent, CalendarPerson } from './event'

/**
 * Reads iCalendar text (RFC 5545) with ical.js into expanded occurrences: RRULE series with their
 * EXDATEs and RECURRENCE-ID overrides, VTIMEZONE definitions, all-day and floating times.
 *
 * The file is cut into its events before ical.js reads them, one UID at a time, so a caller can pause
 * between slices (a 5,000-event feed read in one ICAL.parse call held the host's loop for ~400 ms).
 */

export class CalendarFormatError extends Error {
  override name = 'CalendarFormatError'
}

export interface ParseOptions {
  /** The host's clock: occurrences are kept from `pastDays` before it to `futureDays` after. */
  now: Date
  /** The user's zone: floating and all-day times are read on its clock. */
  timeZone: string
  pastDays?: number
  futureDays?: number
  /** At most this many occurrences of one series (a daily series without end stops here). */
  maxOccurrences?: number
}

const DAY_MS = 86_400_000
const DEFAULT_PAST_DAYS = 60
const DEFAULT_FUTURE_DAYS = 365
const DEFAULT_MAX_OCCURRENCES = 400
/** Events read between two pauses of the async reader. */
const SLICE = 40

interface Block {
  name: string
  lines: string[]
}

/** Lines cut between two pauses of the async reader (about 1 ms of work each on a laptop). */
const LINES_PER_SLICE = 4000
const LINE_END = /\r\n|\n|\r/g

/**
 * Cuts the file into its top-level components (VEVENT, VTIMEZONE, …) as text, without parsing their
 * properties; a line at a time from where it stopped, so the async reader can pause between slices
 * (done in one go, the cut of a 5,000-event feed was the longest stretch of a sync without a pause).
 */
class ComponentCutter {
  readonly blocks: Block[] = []
  private readonly text: string
  private position = 0
  private lineNumber = 0
  private started = false
  private current: Block | undefined
  private depth = 0
  private ended = false

  constructor(text: string) {
    this.text = text.replace(/^\uFEFF/, '')
  }

  get done(): boolean {
    return this.position > this.text.length
  }

  /** Cuts up to `count` more lines. */
  cut(count: number): void {
    for (let left = count; left > 0 && !this.done; left--) this.take(this.nextLine())
  }

  /** The components, once every line is cut; throws on a file that did not end. */
  finish(): Block[] {
    if (!this.ended) throw new CalendarFormatError('The calendar file is cut short: it has no END:VCALENDAR.')
    return this.blocks
  }

  private nextLine(): string {
    LINE_END.lastIndex = this.position
    const end = LINE_END.exec(this.text)
    const line = this.text.slice(this.position, end ? end.index : this.text.length)
    this.position = end ? end.index + end[0].length : this.text.length + 1
    this.lineNumber++
    return line
  }

  private take(line: string): void {
    if (!this.started) {
      if (line.trim() === '') return
      if (line.trim().toUpperCase() !== 'BEGIN:VCALENDAR') {
        throw new CalendarFormatError('This is not an iCalendar file: it does not start with BEGIN:VCALENDAR.')
      }
      this.started = true
      return
    }
    if (this.ended) {
      if (line.trim() !== '') {
        throw new CalendarFormatError(`The calendar has text after its end (line ${this.lineNumber}).`)
      }
      return
    }
    const upper = line.length < 40 ? line.trim().toUpperCase() : ''
    if (upper.startsWith('BEGIN:')) {
      if (this.depth === 0) this.current = { name: upper.slice(6), lines: [] }
      this.depth++
    } else if (upper.startsWith('END:')) {
      if (this.depth === 0) {
        if (upper !== 'END:VCALENDAR') {
          throw new CalendarFormatError(`Unexpected ${line.trim()} on line ${this.lineNumber}.`)
        }
        this.ended = true
        return
      }
      this.depth--
      if (this.depth === 0) {
        this.current!.lines.push(line)
        this.blocks.push(this.current!)
        this.current = undefined
        return
      }
    }
    this.current?.lines.push(line)
  }
}

function splitComponents(text: string): Block[] {
  const cutter = new ComponentCutter(text)
  while (!cutter.done) cutter.cut(Number.MAX_SAFE_INTEGER)
  return cutter.finish()
}

async function splitComponentsInSlices(text: string, pause: () => Promise<void>): Promise<Block[]> {
  const cutter = new ComponentCutter(text)
  while (!cutter.done) {
    cutter.cut(LINES_PER_SLICE)
    await pause()
  }
  return cutter.finish()
}

function uidOf(block: Block): string {
  for (const line of block.lines) {
    if (/^UID[:;]/i.test(line)) return line.slice(line.indexOf(':') + 1).trim()
  }
  return ''
}

function readComponents(blocks: Block[], what: string): ICAL.Component[] {
  const text = ['BEGIN:VCALENDAR', 'VERSION:2.0', ...blocks.flatMap((block) => block.lines), 'END:VCALENDAR'].join(
    '\r\n',
  )
  try {
    return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents()
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new CalendarFormatError(`The calendar has ${what} Debrief cannot read: ${reason}`)
  }
}

function text(component: ICAL.Component, name: string, max: number): string {
  const value = component.getFirstPropertyValue(name)
  return typeof value === 'string' ? value.slice(0, max) : ''
}

function emailOf(address: unknown): string {
  return typeof address === 'string' ? address.replace(/^mailto:/i, '').trim() : ''
}

function personOf(property: ICAL.Property): CalendarPerson {
  const name = property.getParameter('cn')
  return {
    name: (typeof name === 'string' ? name : '').slice(0, 300),
    email: emailOf(property.getFirstValue()).slice(0, 320),
  }
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0')
}

function wallOf(time: ICAL.Time): string {
  return `${pad(time.year, 4)}-${pad(time.month)}-${pad(time.day)}T${pad(time.hour)}:${pad(time.minute)}`
}

class Clock {
  private readonly zones = new Map<string, ICAL.Timezone>()
  /**
   * Each zone's offset by UTC day, or null on a day its offset changes (then asked per instant). Asking
   * Intl (through @date-fns/tz) for every instant was 60% of reading a 5,000-event calendar.
   */
  private readonly dayOffsets = new Map<string, Map<number, number | null>>()

  constructor(
    readonly userZone: string,
    timezones: ICAL.Component[],
  ) {
    for (const component of timezones) {
      const zone = new ICAL.Timezone(component)
      if (zone.tzid) this.zones.set(zone.tzid, zone)
    }
  }

  private offsetMs(zone: string, instantMs: number): number {
    let days = this.dayOffsets.get(zone)
    if (!days) this.dayOffsets.set(zone, (days = new Map()))
    const day = Math.floor(instantMs / DAY_MS)
    let offset = days.get(day)
    if (offset === undefined) {
      const first = tzOffset(zone, new Date(day * DAY_MS))
      offset = first === tzOffset(zone, new Date((day + 1) * DAY_MS - 60_000)) ? first * 60_000 : null
      days.set(day, offset)
    }
    return offset ?? tzOffset(zone, new Date(instantMs)) * 60_000
  }

  /** As shared/workflow/time-zone.ts's wallTimeToInstant (the earlier of a repeated hour), with cached offsets. */
  private instantOf(wall: string, zone: string): Date {
    const wanted = Date.parse(`${wall}Z`)
    let best: number | undefined
    for (const shift of [-DAY_MS, 0, DAY_MS]) {
      const candidate = wanted - this.offsetMs(zone, wanted + shift)
      if (candidate + this.offsetMs(zone, candidate) === wanted && (best === undefined || candidate < best)) {
        best = candidate
      }
    }
    // A wall time in a spring-forward gap is rare: the shared rule settles it.
    return best === undefined ? wallTimeToInstant(wall, zone) : new Date(best)
  }

  /** The instant and the wall clock (with its IANA zone) of a time as written in `property`. */
  read(time: ICAL.Time, tzid: string | undefined): { instant: Date; wall: string; zone: string } {
    if (time.isDate) {
      const wall = `${wallOf(time).slice(0, 10)}T00:00`
      return { instant: this.instantOf(wall, this.userZone), wall, zone: this.userZone }
    }
    const wall = wallOf(time)
    if (tzid && isValidTimeZone(tzid)) return { instant: this.instantOf(wall, tzid), wall, zone: tzid }
    const defined = tzid ? this.zones.get(tzid) : undefined
    const utc = time.zone?.tzid === 'UTC'
    if (!defined && !utc) return { instant: this.instantOf(wall, this.userZone), wall, zone: this.userZone }
    const data = { year: time.year, month: time.month, day: time.day, hour: time.hour, minute: time.minute }
    const instant = utc
      ? new Date(Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second))
      : new Date(ICAL.Time.fromData({ ...data, second: time.second }, defined).toUnixTime() * 1000)
    return { instant, wall: instantToWallTime(instant, this.userZone).slice(0, 16), zone: this.userZone }
  }
}

function tzidOf(component: ICAL.Component, name: 'dtstart' | 'dtend'): string | undefined {
  const value = component.getFirstProperty(name)?.getParameter('tzid')
  return typeof value === 'string' ? value : undefined
}

function occurrence(
  clock: Clock,
  item: ICAL.Event,
  startDate: ICAL.Time,
  endDate: ICAL.Time,
  key: string,
): CalendarEvent {
  const component = item.component
  const start = clock.read(startDate, tzidOf(component, 'dtstart'))
  const end = clock.read(endDate, tzidOf(component, 'dtend') ?? tzidOf(component, 'dtstart'))
  const organizer = component.getFirstProperty('organizer')
  const status = text(component, 'status', 40).toUpperCase()
  return {
    key,
    uid: item.uid.slice(0, 1000),
    summary: text(component, 'summary', 2000),
    description: text(component, 'description', 20_000),
    location: text(component, 'location', 2000),
    url: text(component, 'url', 2000),
    start: start.instant.toISOString(),
    end: (end.instant.getTime() < start.instant.getTime() ? start.instant : end.instant).toISOString(),
    wallStart: start.wall,
    timeZone: start.zone,
    allDay: startDate.isDate,
    organizer: organizer ? personOf(organizer) : null,
    attendees: component
      .getAllProperties('attendee')
      .slice(0, 500)
      .map((property) => personOf(property)),
    cancelled: status === 'CANCELLED',
  }
}

function expandSeries(components: ICAL.Component[], clock: Clock, options: Required<ParseOptions>): CalendarEvent[] {
  const events = components.filter((component) => component.name === 'vevent')
  const master = events.find((component) => !component.hasProperty('recurrence-id'))
  const from = options.now.getTime() - options.pastDays * DAY_MS
  const to = options.now.getTime() + options.futureDays * DAY_MS
  const inWindow = (event: CalendarEvent) => Date.parse(event.end) >= from && Date.parse(event.start) <= to
  if (!master) {
    // Overrides whose series is not in the file (a shared single occurrence): each stands alone.
    return events.map((component) => {
      const event = new ICAL.Event(component)
      return occurrence(clock, event, event.startDate, event.endDate, `${event.uid}#${event.recurrenceId}`)
    })
  }
  const series = new ICAL.Event(master)
  if (!series.startDate) throw new CalendarFormatError(`The event "${series.summary}" has no start time.`)
  if (!series.isRecurring()) {
    const event = occurrence(clock, series, series.startDate, series.endDate ?? series.startDate, series.uid)
    return inWindow(event) ? [event] : []
  }
  for (const component of events) if (component !== master) series.relateException(component)
  const found: CalendarEvent[] = []
  const iterator = series.iterator()
  for (let next = iterator.next(), count = 0; next && count < options.maxOccurrences; next = iterator.next()) {
    const details = series.getOccurrenceDetails(next)
    const key = `${series.uid}#${details.recurrenceId.toString()}`
    const event = occurrence(clock, details.item, details.startDate, details.endDate, key)
    if (Date.parse(event.start) > to) break
    if (inWindow(event)) {
      found.push(event)
      count++
    }
  }
  return found
}

interface Prepared {
  clock: Clock
  groups: Block[][]
  options: Required<ParseOptions>
}

function prepare(blocks: Block[], options: ParseOptions): Prepared {
  const clock = new Clock(
    options.timeZone,
    readComponents(
      blocks.filter((block) => block.name === 'VTIMEZONE'),
      'a time zone',
    ),
  )
  const byUid = new Map<string, Block[]>()
  for (const block of blocks) {
    if (block.name !== 'VEVENT') continue
    const uid = uidOf(block)
    // Without a UID an event cannot be followed from one sync to the next; each stands alone.
    const group = uid ? byUid.get(uid) : undefined
    if (group) group.push(block)
    else byUid.set(uid || `#${byUid.size}`, [block])
  }
  return {
    clock,
    groups: [...byUid.values()],
    options: {
      pastDays: DEFAULT_PAST_DAYS,
      futureDays: DEFAULT_FUTURE_DAYS,
      maxOccurrences: DEFAULT_MAX_OCCURRENCES,
      ...options,
    },
  }
}

function readGroup({ clock, options }: Prepared, group: Block[]): CalendarEvent[] {
  const components = readComponents(group, `an event (${uidOf(group[0]!) || 'without UID'})`)
  try {
    return expandSeries(components, clock, options)
  } catch (error) {
    if (error instanceof CalendarFormatError) throw error
    const reason = error instanceof Error ? error.message : String(error)
    throw new CalendarFormatError(`The calendar has an event Debrief cannot read (${uidOf(group[0]!)}): ${reason}`)
  }
}

/** Every occurrence in the window, soonest first. Throws CalendarFormatError on a file it cannot read. */
export function parseCalendar(icsText: string, options: ParseOptions): CalendarEvent[] {
  const prepared = prepare(splitComponents(icsText), options)
  return sortByStart(prepared.groups.flatMap((group) => readGroup(prepared, group)))
}

/** As parseCalendar, awaiting `pause` between slices so other requests are answered meanwhile. */
export async function parseCalendarInSlices(
  icsText: string,
  options: ParseOptions,
  pause: () => Promise<void>,
): Promise<CalendarEvent[]> {
  const prepared = prepare(await splitComponentsInSlices(icsText, pause), options)
  const events: CalendarEvent[] = []
  for (let index = 0; index < prepared.groups.length; index++) {
    if (index % SLICE === 0) await pause()
    events.push(...readGroup(prepared, prepared.groups[index]!))
  }
  return sortByStart(events)
}

function sortByStart(events: CalendarEvent[]): CalendarEvent[] {
  return events.sort((a, b) => a.start.localeCompare(b.start) || a.key.localeCompare(b.key))
}
