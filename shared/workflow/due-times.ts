import type { Interview } from '../domain/interview'
import type { Preferences } from '../domain/settings'
import { firstGoodCallWindowAfter, QUARTER_HOUR } from './call-windows'
import { instantToWallTime, wallTimeToInstant } from './time-zone'
import {
  addCalendarDays,
  addWorkingDays,
  compareWall,
  dayOf,
  isWorkingDay,
  minutesOfDay,
  timeOf,
  timeOfDay,
  wallAt,
  type IsoDay,
  type WallDateTime,
} from './wall-time'

/** When each follow-up step falls due, as a wall-clock time in the interview's zone. */

type InterviewTime = Pick<Interview, 'date' | 'time'>

/** Only the start of an interview is recorded; an hour is assumed when asking whether it ends after work. */
const ASSUMED_INTERVIEW_MINUTES = 60

const LAST_MINUTE_OF_DAY = '23:59'

export function atInterview(interview: InterviewTime): WallDateTime {
  return wallAt(interview.date, interview.time)
}

/** Whether the interview has begun, given the current wall-clock time in its zone. */
export function hasBegun(interview: InterviewTime, nowInZone: WallDateTime): boolean {
  return compareWall(atInterview(interview), nowInZone) <= 0
}

/**
 * Whether an interview on the board is still to come, as its card's "Upcoming" tag and its side bar row
 * say; an archived one is not on the board.
 */
export function isUpcoming(interview: InterviewTime & Pick<Interview, 'archived' | 'timeZone'>, now: Date): boolean {
  return !interview.archived && !hasBegun(interview, instantToWallTime(now, interview.timeZone))
}

/** When the interview is taken to end, on its clock: an hour after it starts. */
export function interviewEnd(interview: InterviewTime & Pick<Interview, 'timeZone'>): WallDateTime {
  const start = wallTimeToInstant(atInterview(interview), interview.timeZone)
  return instantToWallTime(new Date(start.getTime() + ASSUMED_INTERVIEW_MINUTES * 60_000), interview.timeZone)
}

/**
 * The end of the interview's working day; for an interview that runs past the end of work, the end of
 * that day instead, so the same-day steps still have the evening.
 */
export function endOfInterviewDay(interview: InterviewTime, preferences: Preferences): WallDateTime {
  const assumedEnd = minutesOfDay(interview.time) + ASSUMED_INTERVIEW_MINUTES
  const endsAfterWork = assumedEnd > minutesOfDay(preferences.workingHours.end)
  return wallAt(interview.date, endsAfterWork ? LAST_MINUTE_OF_DAY : preferences.workingHours.end)
}

/** "A few days later", counted in working days when the user asks for business days. */
export function fewDaysLater(interview: InterviewTime, preferences: Preferences): WallDateTime {
  const day = preferences.businessDays
    ? addWorkingDays(interview.date, preferences.fewDays)
    : addCalendarDays(interview.date, preferences.fewDays)
  return wallAt(day, preferences.workingHours.end)
}

/** The first good call window once the expected decision day is over. */
export function afterDecisionDate(expectedDate: IsoDay, preferences: Preferences): WallDateTime {
  const window = firstGoodCallWindowAfter(wallAt(addCalendarDays(expectedDate, 1), '00:00'), preferences)
  return wallAt(window.date, window.start)
}

/** The first working day at or after `day`. */
function workingDayFrom(day: IsoDay): IsoDay {
  return isWorkingDay(day) ? day : addWorkingDays(day, 1)
}

/**
 * "Reply quickly" after an offer or a next round: within a few working hours of when it came in,
 * counted inside the working day (lunch included: a reply fits in it) and carried over to the next
 * working day when today's hours run out. An outcome that comes in outside the working hours (at
 * night, at a weekend) is due at the start of the next working day, never in the middle of the night.
 * The time is rounded up to the quarter hour.
 * Counted on the interview's wall clock, so a change of clocks overnight moves nothing.
 */
export function replyDeadline(enteredAt: Date, timeZone: string, preferences: Preferences): WallDateTime {
  const entered = instantToWallTime(enteredAt, timeZone)
  const start = minutesOfDay(preferences.workingHours.start)
  const end = minutesOfDay(preferences.workingHours.end)
  const enteredDay = dayOf(entered)
  const enteredMinute = minutesOfDay(timeOf(entered))
  const insideHours = isWorkingDay(enteredDay) && enteredMinute >= start && enteredMinute < end
  if (!insideHours) {
    const day = enteredMinute < start ? workingDayFrom(enteredDay) : addWorkingDays(enteredDay, 1)
    return wallAt(day, preferences.workingHours.start)
  }
  let day = enteredDay
  let minute = enteredMinute
  let remaining = preferences.replyWithinHours * 60
  while (minute + remaining > end) {
    remaining -= end - minute
    day = addWorkingDays(day, 1)
    minute = start
  }
  // Whole quarter hours read better ("12:15", not "12:13"), as long as that stays inside the working day.
  const dueMinute = minute + remaining
  const onQuarter = Math.ceil(dueMinute / QUARTER_HOUR) * QUARTER_HOUR
  return wallAt(day, timeOfDay(onQuarter <= end ? onQuarter : dueMinute))
}

export function endOfNextWorkingDay(enteredAt: Date, timeZone: string, preferences: Preferences): WallDateTime {
  const enteredDay = dayOf(instantToWallTime(enteredAt, timeZone))
  return wallAt(addWorkingDays(enteredDay, 1), preferences.workingHours.end)
}
