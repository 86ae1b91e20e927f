import { isSameYear } from 'date-fns'
import { cityOfZone } from '../../shared/domain/time-zones'

/** Formatters are costly to build and a board may show thousands of cards, so each is built once. */
const zoneParts = new Map<string, Intl.DateTimeFormat>()
const displayFormats = new Map<string, Intl.DateTimeFormat>()

function partsFormat(timeZone: string): Intl.DateTimeFormat {
  let format = zoneParts.get(timeZone)
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
    zoneParts.set(timeZone, format)
  }
  return format
}

/** `timeZone`'s wall clock at `instant`, as numbers. */
function wallParts(timeZone: string, instant: number): Record<string, number> {
  return Object.fromEntries(
    partsFormat(timeZone)
      .formatToParts(instant)
      .map((part) => [part.type, Number(part.value)]),
  )
}

/** How far a wall clock reading `parts` at `instant` is ahead of UTC, in milliseconds. */
function offsetOf(parts: Record<string, number>, instant: number): number {
  const asUtc = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!)
  return asUtc - Math.floor(instant / 1000) * 1000
}

/** How far `timeZone`'s wall clock is ahead of UTC at `instant`, in milliseconds. */
function zoneOffset(timeZone: string, instant: number): number {
  return offsetOf(wallParts(timeZone, instant), instant)
}

/** The instant at which a wall-clock date and time happen in `timeZone`; null if they cannot be read. */
export function instantOf(date: string, time: string, timeZone: string): Date | null {
  const [year, month, day] = date.split('-').map(Number)
  const [hour, minute] = time.split(':').map(Number)
  if ([year, month, day, hour, minute].some((value) => value === undefined || Number.isNaN(value))) return null
  const wall = Date.UTC(year!, month! - 1, day!, hour!, minute!)
  try {
    // Two passes settle the offset on the right side of a daylight-saving change.
    const firstGuess = wall - zoneOffset(timeZone, wall)
    return new Date(wall - zoneOffset(timeZone, firstGuess))
  } catch {
    return null
  }
}

function displayFormat(withYear: boolean, timeZone: string): Intl.DateTimeFormat {
  const key = `${withYear}|${timeZone}`
  let format = displayFormats.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(undefined, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      ...(withYear ? { year: 'numeric' } : {}),
      hour: '2-digit',
      minute: '2-digit',
      // 24-hour, as every time in Debrief (shared/workflow/zone-text.ts): en-US would say "10:00 AM" here.
      hourCycle: 'h23',
      timeZone,
    })
    displayFormats.set(key, format)
  }
  return format
}

/** Reading the machine's zone builds a formatter, too costly per card; a zone changed while running shows within a minute. */
const ZONE_RECHECK_MS = 60_000
let userZone: { name: string; readAt: number } | null = null

export function userTimeZone(): string {
  const now = Date.now()
  if (!userZone || now - userZone.readAt >= ZONE_RECHECK_MS) {
    userZone = { name: Intl.DateTimeFormat().resolvedOptions().timeZone, readAt: now }
  }
  return userZone.name
}

export interface InterviewTime {
  /** In the user's locale and time zone, e.g. "Tue, 3 Jun, 14:00". */
  local: string
  /** The same moment on the interview's own clock, when that clock differs from the user's: "Wed, 2 Dec, 09:00 in New York". */
  inInterviewZone: string | null
}

export function formatInterviewTime(
  interview: { date: string; time: string; timeZone: string },
  now: Date = new Date(),
): InterviewTime {
  const instant = instantOf(interview.date, interview.time, interview.timeZone)
  if (!instant) return { local: `${interview.date} ${interview.time}`, inInterviewZone: null }
  const withYear = !isSameYear(instant, now)
  const userZone = userTimeZone()
  const local = displayFormat(withYear, userZone).format(instant)
  if (interview.timeZone === userZone) return { local, inInterviewZone: null }
  // Both clocks read once: they tell whether the clocks differ and, where they do, whether the day does.
  const ms = instant.getTime()
  const its = wallParts(interview.timeZone, ms)
  const yours = wallParts(userZone, ms)
  // A different zone name on the same clock (Europe/London and UTC in winter) is not worth a second line.
  if (offsetOf(its, ms) === offsetOf(yours, ms)) return { local, inInterviewZone: null }
  // Named by its city, as every other time on another clock ("in New York", shared/workflow/zone-text.ts;
  // Intl's short zone name said "GMT-5" outside the US), by its time alone when both clocks are on the
  // same day (the date said twice wrapped a card's line to three).
  const sameDay = its.year === yours.year && its.month === yours.month && its.day === yours.day
  const pad = (value: number | undefined) => String(value).padStart(2, '0')
  const when = sameDay
    ? `${pad(its.hour)}:${pad(its.minute)}`
    : displayFormat(withYear, interview.timeZone).format(instant)
  return { local, inInterviewZone: `${when} in ${cityOfZone(interview.timeZone)}` }
}
