import { QUARTER_HOUR } from './call-windows'
import { instantToWallTime, wallTimeToInstant } from './time-zone'
import {
  addCalendarDays,
  compareWall,
  dayOf,
  minutesOfDay,
  timeOf,
  timeOfDay,
  wallAt,
  type WallDateTime,
} from './wall-time'

/** A daily stretch without notifications, in the user's own zone; `start` after `end` runs overnight. */
export interface QuietHours {
  start: string
  end: string
}

/**
 * When the quiet hours around `now` end, or undefined when `now` is outside them. Equal start and end
 * mean no quiet hours at all.
 */
export function quietHoursEnd(quiet: QuietHours | null | undefined, now: Date, timeZone: string): Date | undefined {
  if (!quiet || quiet.start === quiet.end) return undefined
  const wall = instantToWallTime(now, timeZone)
  const time = timeOf(wall)
  const today = dayOf(wall)
  // Zero-padded times of day order correctly as text.
  if (quiet.start < quiet.end) {
    return time >= quiet.start && time < quiet.end ? wallTimeToInstant(wallAt(today, quiet.end), timeZone) : undefined
  }
  if (time >= quiet.start) return wallTimeToInstant(wallAt(addCalendarDays(today, 1), quiet.end), timeZone)
  if (time < quiet.end) return wallTimeToInstant(wallAt(today, quiet.end), timeZone)
  return undefined
}

/**
 * A due time moved out of the user's quiet hours, on their own clock (DESIGN.md: nothing is due inside
 * them): to a quarter hour before they begin that evening, when that is not before `notBefore`; else to
 * when they end. A New York interview's end of working day fell at 23:30 a Berlin user's time, and an
 * evening interview's same-day steps at 23:59: each reminder was held till morning, overdue as it came
 * (a walkthrough). `due` and `notBefore` are on the interview's clock, as the result is.
 */
export function outsideQuietHours(
  due: WallDateTime,
  interviewZone: string,
  userZone: string,
  quiet: QuietHours | null,
  notBefore: WallDateTime,
): WallDateTime {
  const end = quietHoursEnd(quiet, wallTimeToInstant(due, interviewZone), userZone)
  if (!end || !quiet) return due
  const after = instantToWallTime(end, userZone)
  const evening = minutesOfDay(quiet.start) - QUARTER_HOUR
  if (evening >= 0) {
    const startDay = quiet.start < quiet.end ? dayOf(after) : addCalendarDays(dayOf(after), -1)
    const before = wallTimeToInstant(wallAt(startDay, timeOfDay(evening)), userZone)
    const beforeHere = instantToWallTime(before, interviewZone)
    if (compareWall(beforeHere, notBefore) >= 0) return beforeHere
  }
  return instantToWallTime(end, interviewZone)
}
