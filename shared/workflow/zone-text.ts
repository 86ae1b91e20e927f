import { cityOfZone } from '../domain/time-zones'
import type { DatedCallWindow } from './call-windows'
import { instantToWallTime, wallTimeToInstant } from './time-zone'
import { dayOf, timeOf, wallAt, type IsoDay, type WallDateTime } from './wall-time'

/**
 * Times that say their zone. Due times and call windows are wall-clock times on the interview's clock;
 * shown to a user elsewhere they read in both: "10:00–12:00 in Berlin · 01:00–03:00 your time". Where
 * both clocks agree, the time alone. Times of day are 24-hour, as everywhere in Debrief.
 */

/** The same moment on the user's clock. */
export function onUserClock(wall: WallDateTime, interviewZone: string, userZone: string): WallDateTime {
  return instantToWallTime(wallTimeToInstant(wall, interviewZone), userZone)
}

/** Whether the user's clock reads the same as the interview's at that moment (same zone, or same offset then). */
export function sameClock(wall: WallDateTime, interviewZone: string, userZone: string): boolean {
  return interviewZone === userZone || onUserClock(wall, interviewZone, userZone) === wall.slice(0, 16)
}

const DAY_FORMATS = new Map<string, Intl.DateTimeFormat>()

/** "Mon, Nov 30" in the given locale (a calendar day, so formatted as UTC); "Mon, Nov 30, 2031" `withYear`. */
export function dayText(day: IsoDay, locale = 'en-US', withYear = false): string {
  const key = `${locale}|${withYear}`
  let format = DAY_FORMATS.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      weekday: 'short',
      month: 'short',
      day: 'numeric',
      ...(withYear ? { year: 'numeric' } : {}),
      timeZone: 'UTC',
    })
    DAY_FORMATS.set(key, format)
  }
  return format.format(new Date(`${day}T12:00:00Z`))
}

/**
 * A call window in both zones: "10:00–12:00 in Berlin · 01:00–03:00 your time", naming the user's day
 * when it is not the interview's ("… · 18:00–20:00 Sun, Nov 29 your time"). The time alone where the
 * clocks agree.
 */
export function callWindowInZones(
  window: DatedCallWindow,
  interviewZone: string,
  userZone: string,
  locale = 'en-US',
): string {
  const start = wallAt(window.date, window.start)
  const range = `${window.start}–${window.end}`
  if (sameClock(start, interviewZone, userZone)) return range
  const userStart = onUserClock(start, interviewZone, userZone)
  const userEnd = onUserClock(wallAt(window.date, window.end), interviewZone, userZone)
  const userDay = dayOf(userStart) === window.date ? '' : ` ${dayText(dayOf(userStart), locale)}`
  return `${range} in ${cityOfZone(interviewZone)} · ${timeOf(userStart)}–${timeOf(userEnd)}${userDay} your time`
}

/**
 * A moment on the interview's clock (a follow-up's due time or snooze, the interview's own start) in both
 * zones, the user's clock first, as the card says it: the user acts then. "due Tue 1 Dec, 01:00 in New
 * York · 07:00 your time" read as the middle of the night, and the tab's header put the other clock first
 * where the card put the user's (walkthroughs). "Tue, Dec 1, 07:00 your time · 01:00 in New York", the
 * interview's day named when it differs; one clock where they agree.
 */
export function userClockFirst(wall: WallDateTime, interviewZone: string, userZone: string, locale = 'en-US'): string {
  if (sameClock(wall, interviewZone, userZone)) return `${dayText(dayOf(wall), locale)}, ${timeOf(wall)}`
  const user = onUserClock(wall, interviewZone, userZone)
  return `${dayText(dayOf(user), locale)}, ${timeOf(user)} your time · ${onTheirClock(wall, interviewZone, userZone, locale)}`
}

/** The interview's side of a time: "01:00 in New York", with its day where that is not the user's. */
export function onTheirClock(wall: WallDateTime, interviewZone: string, userZone: string, locale = 'en-US'): string {
  const user = onUserClock(wall, interviewZone, userZone)
  const theirDay = dayOf(user) === dayOf(wall) ? '' : `${dayText(dayOf(wall), locale)}, `
  return `${theirDay}${timeOf(wall)} in ${cityOfZone(interviewZone)}`
}

/**
 * A time the user picks (a snooze) is on their own clock; it is stored on the interview's, as every due
 * time is. The picker says "your time" and this does the rest.
 */
export function fromUserClock(userWall: WallDateTime, userZone: string, interviewZone: string): WallDateTime {
  return instantToWallTime(wallTimeToInstant(userWall, userZone), interviewZone)
}
