import { differenceInCalendarDays } from 'date-fns'
import type { Interview } from '../../shared/domain/interview'
import { cityOfZone } from '../../shared/domain/time-zones'
import {
  effectiveDue,
  instantToWallTime,
  isAskedIfDone,
  leadingTask,
  sameClock,
  tasksToAskIfDone,
  wallTimeToInstant,
} from '../../shared/workflow'
import { isUpcoming } from '../../shared/workflow/due-times'
import { isCall } from '../../shared/workflow/task-kinds'
import { compareWall, timeOf, wallAt } from '../../shared/workflow/wall-time'
import { userTimeZone } from './interviewTime'

/** What a card says about the follow-ups: the next open one, when it is due, and how many are open. */
export interface FollowUpSummary {
  title: string
  /**
   * Relative to now in the user's time zone: "today 17:00", "tomorrow 09:00", "in 2 days", "3 days overdue";
   * a call's time of day says the interview's clock too where it differs ("tomorrow 02:00 · 09:00 in Singapore").
   */
  when: string
  overdue: boolean
  openCount: number
}

/** The steps done at the interview itself, not after it: asking about the decision, collecting cards. */
const AT_THE_INTERVIEW: ReadonlySet<string> = new Set(['ask-decision-details', 'collect-card'])

/** 24-hour, as every time in Debrief (shared/workflow/zone-text.ts), whatever the locale. */
const timeOfDay = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })

/** `due` relative to `now`, counted in calendar days of the user's own time zone. */
export function describeDue(due: Date, now: Date): { text: string; overdue: boolean } {
  const days = differenceInCalendarDays(due, now)
  const overdue = due.getTime() < now.getTime()
  // Earlier today says it is late in words too: "today 09:30" in red alone left the colour to say it (a
  // walkthrough, beside rows that said "6 days overdue").
  if (days === 0) return { text: `${overdue ? 'overdue since' : 'today'} ${timeOfDay.format(due)}`, overdue }
  if (days === 1) return { text: `tomorrow ${timeOfDay.format(due)}`, overdue }
  if (days > 1) return { text: `in ${days} days`, overdue }
  const late = -days
  return { text: `${late} ${late === 1 ? 'day' : 'days'} overdue`, overdue }
}

/**
 * What Today's row and a card say of an interview entered after it happened, while "Which of these have
 * you already done?" waits for an answer: that question is the next thing to do, not its first follow-up.
 */
export function askedIfDoneTitle(count: number): string {
  return `Added after it happened: ${count === 1 ? '1 follow-up' : `${count} follow-ups`} — which have you done?`
}

export function followUpSummary(interview: Interview, now: Date): FollowUpSummary | null {
  const next = leadingTask(interview, instantToWallTime(now, interview.timeZone))
  if (!next) return null
  const openCount = interview.tasks.reduce((count, task) => count + (task.status === 'open' ? 1 : 0), 0)
  const wall = effectiveDue(next)
  const asked = isAskedIfDone(interview, next) ? askedIfDoneTitle(tasksToAskIfDone(interview).length) : next.title
  // "Send a thank-you email to Helga Brandt · in 5 days" on next week's card read as a step due before it;
  // "At it:" read as a slip (a walkthrough).
  const ahead = isUpcoming(interview, now) && compareWall(wall, wallAt(interview.date, interview.time)) >= 0
  const title = ahead
    ? `${AT_THE_INTERVIEW.has(next.kind) ? 'At the interview' : 'After the interview'}: ${asked}`
    : asked
  let due: Date
  try {
    due = wallTimeToInstant(wall, interview.timeZone)
  } catch {
    return { title, when: wall.replace('T', ' '), overdue: false, openCount }
  }
  const { text, overdue } = describeDue(due, now)
  // A call's time of day on the user's clock says the interview's too, where they differ: one due "tomorrow
  // 02:00" is made at 09:00 in Singapore. Only a call's (isCall): a thank-you's read as "email them at 1 a.m.".
  const withTime =
    isCall(next, interview.decision) && /\d\d:\d\d$/.test(text) && !sameClock(wall, interview.timeZone, userTimeZone())
  const when = withTime ? `${text} · ${timeOf(wall)} in ${cityOfZone(interview.timeZone)}` : text
  return { title, when, overdue, openCount }
}
