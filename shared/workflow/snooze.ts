import type { FollowUpTask } from '../domain/interview'
import { effectiveDue } from './task-state'
import { instantToWallTime, wallTimeToInstant } from './time-zone'
import {
  addCalendarDays,
  dayOf,
  isWorkingDay,
  parseWall,
  wallAt,
  type IsoDay,
  type TimeOfDay,
  type WallDateTime,
} from './wall-time'
import { fromUserClock } from './zone-text'

/**
 * The snooze choices a user is offered, as wall-clock times on the interview's clock (where due times
 * live), and the check of a time the user picks.
 */

const MINUTE_MS = 60_000
const HOUR_MS = 60 * MINUTE_MS
const PICKED_TIME = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(?::\d{2})?$/

function addWallMinutes(wall: WallDateTime, minutes: number): WallDateTime {
  const { year, month, day, hour, minute } = parseWall(wall)
  return new Date(Date.UTC(year, month - 1, day, hour, minute + minutes)).toISOString().slice(0, 16)
}

/**
 * The earliest whole-minute wall time on the zone's clock that does not read as before `instant`. In the
 * hour repeated when clocks fall back a wall time means its first occurrence (time-zone.ts), which can be
 * an hour early, so the wall clock steps on until it reads late enough.
 */
export function wallTimeNotBefore(instant: Date, timeZone: string): WallDateTime {
  const wantedMs = Math.ceil(instant.getTime() / MINUTE_MS) * MINUTE_MS
  let wall = instantToWallTime(new Date(wantedMs), timeZone)
  while (wallTimeToInstant(wall, timeZone).getTime() < wantedMs) wall = addWallMinutes(wall, 1)
  return wall
}

/** "For 1 hour": an hour from now, to the next whole minute. */
export function snoozeForAnHour(now: Date, timeZone: string): WallDateTime {
  return wallTimeNotBefore(new Date(now.getTime() + HOUR_MS), timeZone)
}

/**
 * The snooze to the next working morning on the clock given: today's start of the working day while it
 * is more than an hour away (someone up at 02:40 means the morning ahead, not the one after), else
 * tomorrow's. Within the hour, "For 1 hour" already goes past it: at 08:20 the menu offered "For 1 hour,
 * until 09:20" above "This morning, 09:00", and no way to tomorrow (a walkthrough). With `businessDays`
 * (the user's setting), a weekend is passed over: on a Saturday "Tomorrow morning" was Sunday 09:00, no
 * time for a message to someone at work (a walkthrough); it is "Monday morning".
 */
export function snoozeUntilNextMorning(
  now: Date,
  timeZone: string,
  workdayStart: TimeOfDay,
  businessDays: boolean,
): { until: WallDateTime; label: string } {
  const today = dayOf(instantToWallTime(now, timeZone))
  const working = (day: IsoDay) => !businessDays || isWorkingDay(day)
  const thisMorning = wallAt(today, workdayStart)
  if (working(today) && wallTimeToInstant(thisMorning, timeZone).getTime() > now.getTime() + HOUR_MS)
    return { until: thisMorning, label: 'This morning' }
  const tomorrow = addCalendarDays(today, 1)
  let day = tomorrow
  while (!working(day)) day = addCalendarDays(day, 1)
  return { until: wallAt(day, workdayStart), label: day === tomorrow ? 'Tomorrow morning' : `${weekday(day)} morning` }
}

/** "Monday": the label's words are English, as the rest of the menu's. */
function weekday(day: IsoDay): string {
  return new Date(`${day}T12:00:00Z`).toLocaleDateString('en-GB', { weekday: 'long', timeZone: 'UTC' })
}

export type PickedSnooze = { ok: true; until: WallDateTime } | { ok: false; message: string }

/**
 * Checks a time the user picked (a datetime-local value on the clock of `timeZone`): it must be a real
 * time to come. `describe` says a time in the user's words, as a window does ("Thu 3 Dec, 05:57").
 */
export function checkPickedSnooze(
  value: string,
  now: Date,
  timeZone: string,
  describe: (wall: WallDateTime) => string = (wall) => wall.replace('T', ' '),
): PickedSnooze {
  const trimmed = value.trim()
  if (trimmed === '') return { ok: false, message: 'Choose the date and time to snooze until.' }
  const match = PICKED_TIME.exec(trimmed)
  const wall = match?.[1]
  if (!wall || addWallMinutes(wall, 0) !== wall) {
    return { ok: false, message: 'Enter a real date and time, such as 2025-03-10 14:00.' }
  }
  if (wallTimeToInstant(wall, timeZone).getTime() <= now.getTime()) {
    return {
      ok: false,
      message: `That time has passed. Pick a time after ${describe(instantToWallTime(now, timeZone))}.`,
    }
  }
  return { ok: true, until: wall }
}

/** Whether an open task asks for attention now, so putting it off (snoozing) means something. */
export function canSnooze(task: FollowUpTask, now: Date, timeZone: string): boolean {
  return task.status === 'open' && wallTimeToInstant(effectiveDue(task), timeZone).getTime() <= now.getTime()
}

/**
 * The snooze choices on one clock, the user's: "This morning" or "Tomorrow morning" is the start of their
 * working day on the user's clock, and a picked time is read on the user's clock, so the menu and the
 * picker say "your time" and mean it. What is stored is the same moment on the interview's clock, where
 * due times live.
 */
export function snoozeUntilNextMorningYourTime(
  now: Date,
  userZone: string,
  interviewZone: string,
  workdayStart: TimeOfDay,
  businessDays: boolean,
): ReturnType<typeof snoozeUntilNextMorning> {
  const morning = snoozeUntilNextMorning(now, userZone, workdayStart, businessDays)
  return { ...morning, until: fromUserClock(morning.until, userZone, interviewZone) }
}

/** Checks a time picked on the user's clock and gives it on the interview's. */
export function checkPickedSnoozeYourTime(
  value: string,
  now: Date,
  userZone: string,
  interviewZone: string,
): PickedSnooze {
  const picked = checkPickedSnooze(value, now, userZone)
  return picked.ok ? { ok: true, until: fromUserClock(picked.until, userZone, interviewZone) } : picked
}
