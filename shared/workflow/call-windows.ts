import type { Preferences } from '../domain/settings'
import {
  addCalendarDays,
  dayOf,
  isWorkingDay,
  minutesOfDay,
  timeOf,
  timeOfDay,
  type IsoDay,
  type TimeOfDay,
  type WallDateTime,
} from './wall-time'

/**
 * When to phone about a result: on a working day (Monday to Friday), but not in its first hour, not
 * over lunch and not in its last hour, when people are busiest or away. With the default hours
 * (09:00–17:30, lunch 12:00–13:30) that leaves 10:00–12:00 and 13:30–16:30.
 */

export type CallWindowPreferences = Pick<Preferences, 'workingHours' | 'lunch'>

export interface CallWindow {
  start: TimeOfDay
  end: TimeOfDay
}

export interface DatedCallWindow extends CallWindow {
  date: IsoDay
}

/** Kept clear at each end of the working day. */
const BUSY_EDGE_MINUTES = 60
/** Call windows are whole quarter hours: "Good time to call: 14:00–16:30", never "13:56–16:30". */
export const QUARTER_HOUR = 15

function quarterUp(minutes: number): number {
  return Math.ceil(minutes / QUARTER_HOUR) * QUARTER_HOUR
}

function quarterDown(minutes: number): number {
  return Math.floor(minutes / QUARTER_HOUR) * QUARTER_HOUR
}

/** A range shrunk to whole quarter hours; empty when no quarter hour fits. */
function onQuarters(range: MinuteRange): MinuteRange {
  return { start: quarterUp(range.start), end: quarterDown(range.end) }
}

interface MinuteRange {
  start: number
  end: number
}

function withoutRange(ranges: MinuteRange[], cut: MinuteRange): MinuteRange[] {
  return ranges
    .flatMap((range) => [
      { start: range.start, end: Math.min(range.end, cut.start) },
      { start: Math.max(range.start, cut.end), end: range.end },
    ])
    .filter((range) => range.start < range.end)
}

/**
 * The good windows of one day, earliest first; none on a weekend. When the working day is too short
 * to spare its first and last hour, the whole working day except lunch is used (and, if lunch covers
 * it all, the whole working day), so every working day offers somewhere to call.
 */
export function goodCallWindows(date: IsoDay, preferences: CallWindowPreferences): CallWindow[] {
  if (!isWorkingDay(date)) return []
  const working = {
    start: minutesOfDay(preferences.workingHours.start),
    end: minutesOfDay(preferences.workingHours.end),
  }
  const lunch = { start: minutesOfDay(preferences.lunch.start), end: minutesOfDay(preferences.lunch.end) }
  const trimmed = { start: working.start + BUSY_EDGE_MINUTES, end: working.end - BUSY_EDGE_MINUTES }
  const onQuarterHours = (ranges: MinuteRange[]) => ranges.map(onQuarters).filter((range) => range.start < range.end)
  const candidates = [withoutRange([trimmed], lunch), withoutRange([working], lunch), [working]].map(onQuarterHours)
  const windows = candidates.find((ranges) => ranges.length > 0) ?? []
  return windows.map((range) => ({ start: timeOfDay(range.start), end: timeOfDay(range.end) }))
}

/** A week always holds a working day, and each working day has a window. */
const DAYS_TO_SEARCH = 7

/**
 * The least of a window worth offering: a polite call with time to spare before lunch or the day's last
 * hour. A walkthrough at 11:38 was offered "Good time to call: 11:45–12:00", the quarter hour before
 * lunch, and not the afternoon.
 */
const LEAST_CALL_MINUTES = 30

/**
 * The first good call window at or after `from`. When `from` falls inside a window, the rest of that
 * window from the next quarter hour is returned, so "Good time to call: 10:45–12:00" never points to
 * the past and never reads 10:41; a rest shorter than LEAST_CALL_MINUTES gives way to the next window.
 */
export function firstGoodCallWindowAfter(from: WallDateTime, preferences: CallWindowPreferences): DatedCallWindow {
  const fromDay = dayOf(from)
  const fromTime = timeOf(from)
  for (let offset = 0; offset <= DAYS_TO_SEARCH; offset++) {
    const date = addCalendarDays(fromDay, offset)
    // Zero-padded times of day order correctly as text.
    const notBefore = offset === 0 ? timeOfDay(quarterUp(minutesOfDay(fromTime))) : '00:00'
    for (const window of goodCallWindows(date, preferences)) {
      if (window.start >= notBefore) return { date, ...window }
      // Only the rest of a window is held to the least: a whole one is what the user's hours leave.
      const restMinutes = minutesOfDay(window.end) - minutesOfDay(notBefore)
      if (restMinutes >= LEAST_CALL_MINUTES) return { date, start: notBefore, end: window.end }
    }
  }
  throw new Error('The working hours leave no time to call; check the working hours in Settings')
}
