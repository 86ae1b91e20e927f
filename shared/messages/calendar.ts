import type { FollowUpTask, Interview } from '../domain/interview'
import { effectiveDue } from '../workflow/task-state'
import { firstGoodCallWindowAfter, type CallWindowPreferences } from '../workflow/call-windows'
import { instantToWallTime, wallTimeToInstant } from '../workflow/time-zone'
import { resultAskedOn } from '../workflow/progress'
import { checkAgainCallScript, resultInquiryCallScript } from './result-inquiry'
import type { MessageRecipient } from './context'
import { spokenDay } from './wording'

/**
 * Open follow-ups as an iCalendar file (RFC 5545) the user can import into any calendar app. Each
 * one is a short event at its due time with an alarm a little before, because calendar apps import
 * events far more reliably than to-dos. Only what is still ahead goes in: an overdue follow-up is
 * placed at the next good time in the user's working hours (as a reminder's "Good time to call"),
 * rather than in the past where no alarm would ring, nor at 02:15 for an export made at night. A call
 * says whom to ring, at which number, and what to say. Times are written in UTC, worked out from the
 * interview's own time zone, so no VTIMEZONE block is needed and every app places them at the same instant.
 *
 * Written by hand rather than with the `ics` package, which folds lines at 75 characters instead of
 * 75 octets and so breaks the limit for names such as "株式会社" or "Søn".
 */

export type CalendarInterview = Pick<
  Interview,
  'company' | 'role' | 'round' | 'date' | 'time' | 'timeZone' | 'interviewers' | 'arrangers' | 'decision' | 'tasks'
>

export interface CalendarFollowUp {
  interview: CalendarInterview
  task: FollowUpTask
  /** When it is due, as an instant, where the caller knows it already (the host's open-task index). */
  dueMs?: number
}

const EVENT_MINUTES = 15
/** The alarm rings this long before the event, so there is time to get ready for it. */
export const ALARM_MINUTES_BEFORE = 10
const MAX_LINE_OCTETS = 75
const CRLF = '\r\n'

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

/**
 * Whom a result inquiry by phone should ring: the person named to give the decision, else the number the
 * Decision section gives for one who is not among the people (HR's "Rachel Kim", a walkthrough), else the
 * first with a number.
 */
function personToCall(interview: CalendarInterview): MessageRecipient | undefined {
  const people = [...interview.interviewers, ...interview.arrangers]
  const named = interview.decision.informerName.trim()
  const informer = named ? people.find((person) => person.name.trim().toLowerCase() === named.toLowerCase()) : undefined
  if (informer?.phone) return informer
  const phone = interview.decision.informerPhone?.trim() ?? ''
  if (phone && !informer) return { name: named, phone }
  return people.find((person) => person.phone) ?? informer
}

/** The lines a call needs: who, the number, then the short script (the first asking's, or the check again's). */
function callLines(interview: CalendarInterview, kind: 'inquire-result' | 'check-again'): string[] {
  const callee = personToCall(interview)
  const who = callee
    ? `Call ${callee.name || 'the company'}${callee.phone ? ` on ${callee.phone}` : ' (no number saved: add it to their business card)'}`
    : interview.decision.informerName.trim()
      ? `Call ${interview.decision.informerName.trim()} (no number saved)`
      : 'Call the company (no number saved)'
  const render = kind === 'check-again' ? checkAgainCallScript : resultInquiryCallScript
  const script = render({
    interview,
    recipient:
      callee ?? (interview.decision.informerName.trim() ? { name: interview.decision.informerName } : undefined),
    askedOn: resultAskedOn(interview),
  }).body
  return [who, '', script]
}

function eventDescription({ interview, task }: CalendarFollowUp, overdueSince: string | null): string {
  const role = interview.role.trim()
  const company = interview.company.trim()
  const position = role && company ? `${role} at ${company}` : role || company
  const day = spokenDay(interview.date)
  const when = day ? `Interview: ${day} at ${interview.time} (${interview.timeZone})` : ''
  const round = interview.round > 1 ? `Round ${interview.round}` : ''
  const overdue = overdueSince ? `Overdue: it was due ${overdueSince.replace('T', ' ')} (${interview.timeZone}).` : ''
  const asking = task.kind === 'inquire-result' || task.kind === 'check-again' ? task.kind : undefined
  const call = asking && interview.decision.channel === 'phone' ? ['', ...callLines(interview, asking), ''] : []
  return [position, round, when, overdue, ...call, 'A follow-up from Debrief.']
    .filter((line, index) => line !== '' || index >= 4)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
}

/**
 * The next good time to act in the interview's zone, after `now`: the start of the first call window
 * (call-windows.ts), read from the next minute, since a wall time drops the seconds already gone.
 */
function nextGoodTime(now: Date, timeZone: string, hours: CallWindowPreferences): Date {
  const window = firstGoodCallWindowAfter(instantToWallTime(new Date(now.getTime() + 60_000), timeZone), hours)
  return wallTimeToInstant(`${window.date}T${window.start}`, timeZone)
}

/** What the event is called: the follow-up, with the company where it does not name it ("Write your summary…" did not). */
function eventTitle({ interview, task }: CalendarFollowUp): string {
  const company = interview.company.trim()
  return !company || task.title.includes(company) ? task.title : `${task.title} — ${company}`
}

function eventLines(item: CalendarFollowUp, now: Date, stamp: string, hours: CallWindowPreferences): string[] {
  const { interview, task } = item
  const due = new Date(item.dueMs ?? wallTimeToInstant(effectiveDue(task), interview.timeZone).getTime())
  const overdue = due.getTime() < now.getTime()
  const start = overdue ? nextGoodTime(now, interview.timeZone, hours) : due
  const end = new Date(start.getTime() + EVENT_MINUTES * 60_000)
  const summary = escapeText(eventTitle(item))
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(`${task.id}@debrief`)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART:${utcStamp(start)}`,
    `DTEND:${utcStamp(end)}`,
    `SUMMARY:${summary}`,
    `DESCRIPTION:${escapeText(eventDescription(item, overdue ? effectiveDue(task) : null))}`,
    // A reminder should not show the user as busy.
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${summary}`,
    `TRIGGER:-PT${ALARM_MINUTES_BEFORE}M`,
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
  private readonly now: Date
  private readonly hours: CallWindowPreferences
  private readonly stamp: string
  /** Written lines not taken yet, each ending in CRLF. */
  private pieces: string[] = [HEADER.map(foldLine).join(CRLF) + CRLF]
  private events = 0

  /** `hours`: the user's working hours and lunch, where an overdue follow-up is placed. */
  constructor(now: Date, hours: CallWindowPreferences) {
    this.now = now
    this.hours = hours
    this.stamp = utcStamp(now)
  }

  /** Adds one event per open follow-up (done and dismissed ones are left out). */
  add(items: readonly CalendarFollowUp[]): void {
    const open = items.filter((item) => item.task.status === 'open')
    if (open.length === 0) return
    this.events += open.length
    this.pieces.push(
      open
        .flatMap((item) => eventLines(item, this.now, this.stamp, this.hours))
        .map(foldLine)
        .join(CRLF) + CRLF,
    )
  }

  /** The text written since the last take: a file sent in pieces is never held whole. */
  take(): string {
    const text = this.pieces.join('')
    this.pieces = []
    return text
  }

  /** The rest of the file; a calendar must hold at least one event, so with none this throws a message the UI can show. */
  finish(): string {
    if (this.events === 0) throw new Error('There are no open follow-ups to add to a calendar')
    return `${this.take()}END:VCALENDAR${CRLF}`
  }
}

/**
 * An iCalendar file with one event per open follow-up (done and dismissed ones are left out); a
 * snoozed task is placed at its snooze time. A calendar must hold at least one event, so with no
 * open follow-up this throws a message the UI can show.
 */
export function followUpsToIcs(
  items: readonly CalendarFollowUp[],
  { now, hours }: { now: Date; hours: CallWindowPreferences },
): string {
  const writer = new IcsWriter(now, hours)
  writer.add(items)
  return writer.finish()
}
