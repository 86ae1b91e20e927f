import { isSameYear } from 'date-fns'
import { wallTimeToInstant, type DatedCallWindow, type WallDateTime } from '../../shared/workflow'
import { wallTimeNotBefore } from '../../shared/workflow/snooze'
import { wallAt } from '../../shared/workflow/wall-time'
import { userTimeZone } from './interviewTime'

/**
 * Times that say their zone: a follow-up's due time, a call window or a snooze shown on the user's
 * clock, and where the interview's clock differs, on that clock too, named by its city
 * ("10:00–12:00 in Berlin · 01:00–03:00 your time").
 */

/** "Europe/Berlin" → "Berlin", "America/Argentina/Buenos_Aires" → "Buenos Aires". */
export function cityOf(timeZone: string): string {
  return (timeZone.split('/').at(-1) ?? timeZone).replaceAll('_', ' ')
}

const formats = new Map<string, Intl.DateTimeFormat>()
function formatFor(kind: 'day' | 'dayYear' | 'time', timeZone: string): Intl.DateTimeFormat {
  const key = `${kind}|${timeZone}`
  let format = formats.get(key)
  if (!format) {
    const day = { weekday: 'short', day: 'numeric', month: 'short' } as const
    const options: Intl.DateTimeFormatOptions =
      kind === 'time' ? { hour: 'numeric', minute: '2-digit' } : kind === 'day' ? day : { ...day, year: 'numeric' }
    format = new Intl.DateTimeFormat(undefined, { ...options, timeZone })
    formats.set(key, format)
  }
  return format
}

function dayText(instant: Date, timeZone: string, now: Date): string {
  return formatFor(isSameYear(instant, now) ? 'day' : 'dayYear', timeZone).format(instant)
}

function timeText(instant: Date, timeZone: string): string {
  return formatFor('time', timeZone).format(instant)
}

/** Whether two zones show the same clock at this instant (Europe/London and UTC in winter). */
function sameClock(a: string, b: string, instant: Date): boolean {
  if (a === b) return true
  const wall = (zone: string) => `${dayText(instant, zone, instant)} ${timeText(instant, zone)}`
  return wall(a) === wall(b)
}

export interface ZonedText {
  /** On the user's clock, with its day: "Mon, 30 Nov, 01:00". */
  yours: string
  /** On the interview's clock with its city, when that clock differs: "Mon, 30 Nov, 10:00 in Berlin". */
  theirs: string | null
  /** Both, for one line: "Mon, 30 Nov, 01:00 your time · 10:00 in Berlin". */
  text: string
}

function joined(yours: string, theirs: string | null): string {
  return theirs ? `${yours} your time · ${theirs}` : yours
}

/** A moment on both clocks. The other clock's day is named only where it is another day. */
export function zonedInstant(
  instant: Date,
  interviewZone: string,
  now: Date = new Date(),
  zone: string = userTimeZone(),
): ZonedText {
  const yours = `${dayText(instant, zone, now)}, ${timeText(instant, zone)}`
  if (sameClock(zone, interviewZone, instant)) return { yours, theirs: null, text: yours }
  const theirDay = dayText(instant, interviewZone, now)
  const otherDay = theirDay !== dayText(instant, zone, now)
  const theirs = `${otherDay ? `${theirDay}, ` : ''}${timeText(instant, interviewZone)} in ${cityOf(interviewZone)}`
  return { yours, theirs, text: joined(yours, theirs) }
}

/** A wall time stored on the interview's clock (a due time), shown on both clocks. */
export function zonedWall(
  wall: WallDateTime,
  interviewZone: string,
  now: Date = new Date(),
  zone: string = userTimeZone(),
): ZonedText {
  return zonedInstant(wallTimeToInstant(wall, interviewZone), interviewZone, now, zone)
}

/**
 * A call window, planned on the interview's clock: "Tue, 3 Nov, 10:00–12:00 in Berlin · 01:00–03:00
 * your time", or "Tue, 3 Nov, 10:00–12:00" when the clocks agree.
 */
export function zonedCallWindow(
  window: DatedCallWindow,
  interviewZone: string,
  now: Date = new Date(),
  zone: string = userTimeZone(),
): string {
  const start = wallTimeToInstant(wallAt(window.date, window.start), interviewZone)
  const end = wallTimeToInstant(wallAt(window.date, window.end), interviewZone)
  const range = (timeZone: string) => `${timeText(start, timeZone)}–${timeText(end, timeZone)}`
  if (sameClock(zone, interviewZone, start)) return `${dayText(start, zone, now)}, ${range(zone)}`
  const theirDay = dayText(start, interviewZone, now)
  const yourDay = dayText(start, zone, now)
  const yours = `${yourDay === theirDay ? '' : `${yourDay}, `}${range(zone)} your time`
  return `${theirDay}, ${range(interviewZone)} in ${cityOf(interviewZone)} · ${yours}`
}

/** A wall time on the user's clock, as the same moment on the interview's clock (where times are stored). */
export function onInterviewClock(yours: WallDateTime, interviewZone: string): WallDateTime {
  return wallTimeNotBefore(wallTimeToInstant(yours, userTimeZone()), interviewZone)
}
