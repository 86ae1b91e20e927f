import type { FollowUpTask, Interview } from '../domain/interview'
import { effectiveDue } from '../workflow/task-state'
import { wallTimeToInstant } from '../workflow/time-zone'
import { spokenDay } from './wording'

/**
 * Open follow-ups as an iCalendar file (RFC 5545) the user can import into any calendar app. Each
 * one is a short event at its due time with an alarm, because calendar apps import events far more
 * reliably than to-dos. Times are written in UTC, worked out from the interview's own time zone, so
 * no VTIMEZONE block is needed and every app places them at the same instant.
 *
 * Written by hand rather than with the `ics` package, which folds lines at 75 characters instead of
 * 75 octets and so breaks the limit for names such as "株式会社" or "Søn".
 */

export type CalendarInterview = Pick<Interview, 'company' | 'role' | 'round' | 'date' | 'time' | 'timeZone'>

export interface CalendarFollowUp {
  interview: CalendarInterview
  task: FollowUpTask
  /** When it is due, as an instant, where the caller knows it already (the host's open-task index). */
  dueMs?: number
}

const EVENT_MINUTES = 15
const MAX_LINE_OCTETS = 75
const CRLF = '\r\n'
// eslint-disable-next-line no-control-regex -- the whole 7-bit range is what "one octet per character" means
const ASCII = /^[\x00-\x7f]*$/

/** 20261023T153000Z */
function utcStamp(instant: Date): string {
  return instant
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '')
}

/** Control characters other than tab and line breaks are not allowed in iCalendar text. */
const DISALLOWED_CONTROLS = /(?![\t\r\n])\p{Cc}/gu

/** TEXT escaping (RFC 5545, 3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return value
    .replace(DISALLOWED_CONTROLS, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
}

function utf8Octets(char: string): number {
  const codePoint = char.codePointAt(0) ?? 0
  if (codePoint < 0x80) return 1
  if (codePoint < 0x800) return 2
  return codePoint < 0x10000 ? 3 : 4
}

/**
 * Folds a content line so no line is longer than 75 octets (RFC 5545, 3.1): each continuation
 * starts with one space, which counts toward its 75, and a multi-octet character is never split.
 */
export function foldLine(line: string): string {
  // Most lines are short ASCII: 75 characters of it are 75 octets, nothing to fold.
  if (line.length <= MAX_LINE_OCTETS && ASCII.test(line)) return line
  const lines: string[] = []
  let current = ''
  let octets = 0
  for (const char of line) {
    const size = utf8Octets(char)
    if (octets + size > MAX_LINE_OCTETS) {
      lines.push(current)
      current = ' '
      octets = 1
    }
    current += char
    octets += size
  }
  lines.push(current)
  return lines.join(CRLF)
}

function eventDescription(interview: CalendarInterview): string {
  const role = interview.role.trim()
  const company = interview.company.trim()
  const position = role && company ? `${role} at ${company}` : role || company
  const day = spokenDay(interview.date)
  const when = day ? `Interview: ${day} at ${interview.time} (${interview.timeZone})` : ''
  const round = interview.round > 1 ? `Round ${interview.round}` : ''
  return [position, round, when, 'A follow-up from Debrief.'].filter((line) => line !== '').join('\n')
}

function eventLines(
  { interview, task, dueMs }: CalendarFollowUp,
  stamp: string,
  describe: (interview: CalendarInterview) => string,
): string[] {
  const start = new Date(dueMs ?? wallTimeToInstant(effectiveDue(task), interview.timeZone).getTime())
  const end = new Date(start.getTime() + EVENT_MINUTES * 60_000)
  const summary = escapeText(task.title)
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(`${task.id}@debrief`)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART:${utcStamp(start)}`,
    `DTEND:${utcStamp(end)}`,
    `SUMMARY:${summary}`,
    `DESCRIPTION:${describe(interview)}`,
    // A reminder should not show the user as busy.
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${summary}`,
    'TRIGGER:PT0S',
    'END:VALARM',
    'END:VEVENT',
  ]
}

const HEADER = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Debrief//Follow-ups//EN',
  'CALSCALE:GREGORIAN',
  'METHOD:PUBLISH',
  'X-WR-CALNAME:Debrief follow-ups',
]

/**
 * An iCalendar file written a piece at a time, so a host with 200,000 follow-ups can answer other
 * requests between pieces: `add` the open follow-ups in any number of calls, then `finish`.
 */
export class IcsWriter {
  readonly #stamp: string
  readonly #pieces: string[] = [HEADER.map(foldLine).join(CRLF)]
  #events = 0
  /** An interview's follow-ups share its description: worked out once. */
  readonly #descriptions = new WeakMap<CalendarInterview, string>()
  readonly #describe = (interview: CalendarInterview): string => {
    let description = this.#descriptions.get(interview)
    if (description === undefined) {
      description = escapeText(eventDescription(interview))
      this.#descriptions.set(interview, description)
    }
    return description
  }

  constructor(now: Date) {
    this.#stamp = utcStamp(now)
  }

  /** Adds one event per open follow-up (done and dismissed ones are left out). */
  add(items: readonly CalendarFollowUp[]): void {
    const lines = items
      .filter((item) => item.task.status === 'open')
      .flatMap((item) => eventLines(item, this.#stamp, this.#describe))
    if (lines.length === 0) return
    this.#events += lines.length
    this.#pieces.push(lines.map(foldLine).join(CRLF))
  }

  /** The file; a calendar must hold at least one event, so with none this throws a message the UI can show. */
  finish(): string {
    if (this.#events === 0) throw new Error('There are no open follow-ups to add to a calendar')
    return [...this.#pieces, 'END:VCALENDAR'].join(CRLF) + CRLF
  }
}

/**
 * An iCalendar file with one event per open follow-up (done and dismissed ones are left out); a
 * snoozed task is placed at its snooze time. A calendar must hold at least one event, so with no
 * open follow-up this throws a message the UI can show.
 */
export function followUpsToIcs(items: readonly CalendarFollowUp[], { now }: { now: Date }): string {
  const writer = new IcsWriter(now)
  writer.add(items)
  return writer.finish()
}
