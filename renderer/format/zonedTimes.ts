import { instantToWallTime, type DatedCallWindow, type WallDateTime } from '../../shared/workflow'
import { dayOf, timeOf, wallAt, type IsoDay } from '../../shared/workflow/wall-time'
import {
  callWindowInZones,
  dayText,
  userClockFirst,
  onTheirClock,
  onUserClock,
  sameClock,
} from '../../shared/workflow/zone-text'
import { userTimeZone } from './interviewTime'

/**
 * Times that say their zone, on this window's clock and in its language, through the shared wording
 * (shared/workflow/zone-text.ts) the reminders use too: "Mon 30 Nov, 10:00 in Berlin · 01:00 your time".
 */

function locale(): string {
  return typeof navigator === 'undefined' ? 'en-US' : navigator.language
}

/** A calendar day in words, as a card says it ("Tue 1 Dec"), with its year when that is not this one. */
export function dayInWords(day: IsoDay, now: Date = new Date()): string {
  return dayText(day, locale(), day.slice(0, 4) !== String(now.getFullYear()))
}

/**
 * A wall time stored on the interview's clock (a due time, a snooze) on the user's: "Sat 5 Dec, 07:00";
 * for a call (`theirClock`, isCall), on both where they differ, the user's first.
 */
export function zonedWall(
  wall: WallDateTime,
  interviewZone: string,
  { theirClock }: { theirClock: boolean },
  userZone: string = userTimeZone(),
): string {
  if (theirClock) return userClockFirst(wall, interviewZone, userZone, locale())
  const yours = onUserClock(wall, interviewZone, userZone)
  return `${dayText(dayOf(yours), locale())}, ${timeOf(yours)}`
}

/**
 * When an interview is, in a sentence, on both clocks where they differ, as its header says it: "Thu 10 Dec,
 * 15:30 your time · 09:30 in New York", the user's first as on its card. "Still to come: Thu 10 Dec, 15:30."
 * read as a typing error to a user who had entered 09:30 New York time (a walkthrough).
 */
export function interviewWhen(interview: { date: string; time: string; timeZone: string }): string {
  return userClockFirst(wallAt(interview.date, interview.time), interview.timeZone, userTimeZone(), locale())
}

/** A moment on the interview's clock, or null where that clock reads as the user's. */
function wallIfOther(instant: Date, interviewZone: string, userZone: string): WallDateTime | null {
  const wall = instantToWallTime(instant, interviewZone)
  return sameClock(wall, interviewZone, userZone) ? null : wall
}

/** A moment on both clocks, or null where the interview's clock reads as the user's. */
export function zonedInstantIfOther(
  instant: Date,
  interviewZone: string,
  userZone: string = userTimeZone(),
): string | null {
  const wall = wallIfOther(instant, interviewZone, userZone)
  return wall && zonedWall(wall, interviewZone, { theirClock: true }, userZone)
}

/**
 * The interview's clock of a moment, where it is not the user's: "01:00 in New York", for beside a time
 * already said on the user's clock ("today 07:00 (01:00 in New York)").
 */
export function theirClockIfOther(
  instant: Date,
  interviewZone: string,
  userZone: string = userTimeZone(),
): string | null {
  const wall = wallIfOther(instant, interviewZone, userZone)
  return wall && onTheirClock(wall, interviewZone, userZone, locale())
}

/** A call window with its day: "Wed 2 Dec, 10:00–12:00 in Berlin · 01:00–03:00 your time". */
export function zonedCallWindow(
  window: DatedCallWindow,
  interviewZone: string,
  userZone: string = userTimeZone(),
): string {
  return `${dayText(window.date, locale())}, ${callWindowInZones(window, interviewZone, userZone, locale())}`
}
