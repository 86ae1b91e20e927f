import { isSameYear } from 'date-fns'

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

/** How far `timeZone`'s wall clock is ahead of UTC at `instant`, in milliseconds. */
function zoneOffset(timeZone: string, instant: number): number {
  const parts = Object.fromEntries(
    partsFormat(timeZone)
      .formatToParts(instant)
      .map((part) => [part.type, Number(part.value)]),
  )
  const asUtc = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!)
  return asUtc - Math.floor(instant / 1000) * 1000
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

/** `showZone`: name the zone, for a time shown on a clock other than the user's. */
function displayFormat(withYear: boolean, timeZone: string, showZone: boolean): Intl.DateTimeFormat {
  const key = `${withYear}|${timeZone}|${showZone}`
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
      ...(showZone ? { timeZoneName: 'short' } : {}),
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
  /** The same moment on the interview's own clock, when that clock differs from the user's. */
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
  const local = displayFormat(withYear, userZone, false).format(instant)
  // A different zone name on the same clock (Europe/London and UTC in winter) is not worth a second line.
  const sameClock =
    interview.timeZone === userZone ||
    zoneOffset(interview.timeZone, instant.getTime()) === zoneOffset(userZone, instant.getTime())
  const inInterviewZone = sameClock ? null : displayFormat(withYear, interview.timeZone, true).format(instant)
  return { local, inInterviewZone }
}
