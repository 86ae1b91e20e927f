import type { HostEvent } from '../../shared/api/contract'
import type { CalendarInterview, UpcomingInterview } from '../../shared/calendar/api'
import { interviewStart } from '../../shared/calendar/preparation'
import { addCalendarDays } from '../../shared/workflow/wall-time'

/** How long after its end an interview still asks "How did it go?" in the Calendar view. */
const ASK_FOR_MS = 3 * 86_400_000

export interface CalendarInterviewGroups {
  /** Ended recently: capture it. */
  justEnded: CalendarInterview[]
  /** Still to come, soonest first. */
  upcoming: CalendarInterview[]
  cancelled: CalendarInterview[]
}

export function groupCalendarInterviews(
  interviews: readonly CalendarInterview[],
  now: Date,
  onBoard: (id: string) => boolean,
): CalendarInterviewGroups {
  const groups: CalendarInterviewGroups = { justEnded: [], upcoming: [], cancelled: [] }
  const at = now.getTime()
  for (const interview of interviews) {
    if (!onBoard(interview.interviewId)) continue
    if (interview.cancelled) groups.cancelled.push(interview)
    else if (Date.parse(interview.start) > at) groups.upcoming.push(interview)
    else if (Date.parse(interview.end) <= at && at - Date.parse(interview.end) <= ASK_FOR_MS) {
      groups.justEnded.push(interview)
    }
  }
  groups.justEnded.reverse()
  return groups
}

/** "in 3 days", "in 5 h 20 min", "in 12 min", "now". */
export function countdown(start: Date, now: Date): string {
  const minutes = Math.round((start.getTime() - now.getTime()) / 60_000)
  if (minutes <= 0) return 'now'
  if (minutes < 60) return `in ${minutes} min`
  const hours = Math.floor(minutes / 60)
  if (hours < 24) return minutes % 60 === 0 ? `in ${hours} h` : `in ${hours} h ${minutes % 60} min`
  const days = Math.round(hours / 24)
  return days === 1 ? 'in 1 day' : `in ${days} days`
}

function dayKey(date: Date, timeZone: string | undefined): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date)
}

/** The countdown to a start later today on the user's clock ("in 2 h 10 min"); null on another day. */
export function countdownToday(start: Date, now: Date, timeZone?: string): string | null {
  return dayKey(start, timeZone) === dayKey(now, timeZone) ? countdown(start, now) : null
}

/**
 * When an upcoming interview starts, as a countdown while it is today ("in 2 h 10 min"), then
 * "tomorrow 10:00", then its day and date as every other time in Debrief: "Tue 8 Dec, 11:30".
 * "Tuesday 11:30" read differently from the same interview's card and record (a walkthrough).
 */
export function startsWhen(start: Date, now: Date, options: { locale?: string; timeZone?: string } = {}): string {
  const { locale, timeZone } = options
  const today = countdownToday(start, now, timeZone)
  if (today) return today
  const hourCycle = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const
  // The calendar's next day, not 24 hours on: a day may have 23 or 25 hours.
  if (dayKey(start, timeZone) === addCalendarDays(dayKey(now, timeZone), 1)) {
    return `tomorrow ${new Intl.DateTimeFormat(locale, { timeZone, ...hourCycle }).format(start)}`
  }
  // Another year's day says its year: "15 Jun 14:30" alone read as this June.
  const year = dayKey(start, timeZone).slice(0, 4) !== dayKey(now, timeZone).slice(0, 4) ? 'numeric' : undefined
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year,
    ...hourCycle,
  }).format(start)
}

/**
 * Whether a host event may change the list shown: a calendar read, a listed interview changed in what
 * its line shows (or gone), or another one now starting after `now` and sooner than the last listed (or
 * with room left, where every interview ahead is listed already). A follow-up ticked off asks nothing.
 */
export function upcomingMayChange(
  event: HostEvent,
  shown: readonly UpcomingInterview[] | null,
  limit: number,
  now: Date,
): boolean {
  if (event.topic === 'calendar') return true
  if (event.topic !== 'interviews') return false
  if (!shown || event.ids.length === 0) return true
  const last = shown.length < limit ? Infinity : Date.parse(shown.at(-1)!.start)
  return event.ids.some((id) => {
    const interview = event.interviews.find((each) => each.id === id)
    const listed = shown.find((each) => each.interviewId === id)
    if (!interview || interview.archived) return listed !== undefined
    const start = interviewStart(interview).getTime()
    if (!listed) return start > now.getTime() && start < last
    return (
      start !== Date.parse(listed.start) ||
      interview.company !== listed.company ||
      interview.role !== listed.role ||
      interview.round !== listed.round
    )
  })
}
