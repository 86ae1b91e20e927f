import { addHours } from 'date-fns'
import type { Interview } from '../domain/interview'
import type { Preferences } from '../domain/settings'
import { firstGoodCallWindowAfter } from './call-windows'
import { instantToWallTime } from './time-zone'
import {
  addCalendarDays,
  addWorkingDays,
  dayOf,
  minutesOfDay,
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

/**
 * A few hours after the outcome came in, counted on the real clock. In the hour repeated when clocks
 * fall back, the wall time reads the earlier occurrence, which only makes the reminder earlier.
 */
export function replyDeadline(enteredAt: Date, timeZone: string, preferences: Preferences): WallDateTime {
  return instantToWallTime(addHours(enteredAt, preferences.replyWithinHours), timeZone)
}

export function endOfNextWorkingDay(enteredAt: Date, timeZone: string, preferences: Preferences): WallDateTime {
  const enteredDay = dayOf(instantToWallTime(enteredAt, timeZone))
  return wallAt(addWorkingDays(enteredDay, 1), preferences.workingHours.end)
}
