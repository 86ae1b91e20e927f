import type { CalendarInterview } from '../../shared/calendar/api'

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
