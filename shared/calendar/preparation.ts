import type { Interview } from '../domain/interview'
import { instantToWallTime, wallTimeToInstant } from '../workflow/time-zone'
import { addCalendarDays, dayOf, timeOf, wallAt } from '../workflow/wall-time'

/**
 * Preparing for a next round: which interviews are its earlier rounds, and when a preparation
 * reminder may be shown so that quiet hours do not hold it until the interview has begun.
 */

export type RoundInterview = Pick<Interview, 'id' | 'company' | 'round' | 'date' | 'time' | 'timeZone'>

/** Company names as people type them: "ACME ", "Acme" and "acme" are one company. */
export function sameCompany(a: string, b: string): boolean {
  const fold = (name: string) => name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLocaleLowerCase()
  return fold(a) === fold(b)
}

/** When an interview starts, from its date and time on its own clock. */
export function interviewStart(interview: Pick<Interview, 'date' | 'time' | 'timeZone'>): Date {
  return wallTimeToInstant(wallAt(interview.date, interview.time), interview.timeZone)
}

/**
 * The earlier rounds of `upcoming`: the interviews at the same company that started before it, oldest
 * first. Their time decides, not their round number, which people do not always keep in step.
 */
export function earlierRounds<T extends RoundInterview>(upcoming: RoundInterview, interviews: Iterable<T>): T[] {
  const startMs = interviewStart(upcoming).getTime()
  const earlier: Array<{ interview: T; startMs: number }> = []
  for (const interview of interviews) {
    if (interview.id === upcoming.id || !sameCompany(interview.company, upcoming.company)) continue
    const ms = interviewStart(interview).getTime()
    if (ms < startMs) earlier.push({ interview, startMs: ms })
  }
  return earlier.sort((a, b) => a.startMs - b.startMs).map(({ interview }) => interview)
}

/** A daily stretch without notifications on the user's clock ('HH:mm'); start after end runs overnight. */
export interface QuietStretch {
  start: string
  end: string
}

/** The quiet stretch `at` falls in, as instants, or undefined when `at` is outside quiet hours. */
export function quietStretchAround(
  quiet: QuietStretch | null | undefined,
  at: Date,
  timeZone: string,
): { start: Date; end: Date } | undefined {
  if (!quiet || quiet.start === quiet.end) return undefined
  const wall = instantToWallTime(at, timeZone)
  const time = timeOf(wall)
  const day = dayOf(wall)
  const instant = (onDay: string, hhmm: string) => wallTimeToInstant(wallAt(onDay, hhmm), timeZone)
  if (quiet.start < quiet.end) {
    return time >= quiet.start && time < quiet.end
      ? { start: instant(day, quiet.start), end: instant(day, quiet.end) }
      : undefined
  }
  if (time >= quiet.start) return { start: instant(day, quiet.start), end: instant(addCalendarDays(day, 1), quiet.end) }
  if (time < quiet.end) return { start: instant(addCalendarDays(day, -1), quiet.start), end: instant(day, quiet.end) }
  return undefined
}

/**
 * When a preparation reminder due at `due` is shown. Quiet hours hold reminders until they end; one
 * before an interview that starts before then would come too late, so it is brought forward to the
 * minute before the quiet hours begin. Otherwise it stays as it is (held, like every reminder).
 */
export function preparationTime(
  due: Date,
  interviewStartsAt: Date,
  quiet: QuietStretch | null | undefined,
  timeZone: string,
): Date {
  const stretch = quietStretchAround(quiet, due, timeZone)
  if (!stretch || stretch.end.getTime() <= interviewStartsAt.getTime()) return due
  return new Date(stretch.start.getTime() - 60_000)
}
