import {
  DEBRIEF_PROMPT_BODY,
  DEBRIEF_PROMPT_KIND,
  PREPARE_BODY,
  PREPARE_KIND,
  type InterviewView,
} from '../calendar/prompt'
import type { FollowUpTask, Interview } from '../domain/interview'
import { firstGoodCallWindowAfter, type CallWindowPreferences } from './call-windows'
import { effectiveDue } from './task-state'
import { instantToWallTime } from './time-zone'
import { addCalendarDays, compareWall, dayOf, type IsoDay } from './wall-time'
import { callWindowInZones, dayText } from './zone-text'

/** The words of a desktop reminder: what to do, for whom, and for the result inquiry when to call. */

export type ReminderInterview = Pick<Interview, 'id' | 'company' | 'role' | 'timeZone' | 'decision'>

export interface DueReminder {
  interview: ReminderInterview
  task: FollowUpTask
}

export interface ReminderNotification {
  title: string
  body: string
  /** Set when every reminder in it belongs to one interview, so a click can open that interview. */
  interviewId?: string
  /** Set when it is about one follow-up, so a click opens the interview on it. */
  taskId?: string
  /** Set for a calendar prompt: a click opens its quick debrief or its preparation view. */
  view?: InterviewView
}

/** A grouped notification lists this many reminders; the rest are counted. */
export const GROUPED_LINES = 3

/** The day with its date, "Tue, Dec 1", and the year when it is not this one's. */
function datedDay(day: IsoDay, today: IsoDay): string {
  return dayText(day, 'en-US', day.slice(0, 4) !== today.slice(0, 4))
}

/**
 * "yesterday", else the day with its date: "Tue, Dec 1". A bare weekday ("the decision was due Tuesday.
 * Good time to send it: Monday …") left the user to work out which week each meant (a walkthrough).
 */
function pastDayPhrase(day: IsoDay, today: IsoDay): string {
  if (day === today) return 'today'
  if (day === addCalendarDays(today, -1)) return 'yesterday'
  return datedDay(day, today)
}

/** "" today, "tomorrow ", else the day with its date: "Mon, Dec 7, ". */
function comingDayPrefix(day: IsoDay, today: IsoDay): string {
  if (day === today) return ''
  if (day === addCalendarDays(today, 1)) return 'tomorrow '
  return `${datedDay(day, today)}, `
}

/** Who gives the answer, always naming the company. */
function whomToAsk(interview: ReminderInterview): string {
  const { decision, company } = interview
  if (decision.informerName) return `${decision.informerName} at ${company}`
  return decision.informer === 'hr' ? `HR at ${company}` : company
}

function inquiryLine(
  interview: ReminderInterview,
  now: Date,
  preferences: CallWindowPreferences,
  userZone: string,
): string {
  const { decision, role } = interview
  const nowInZone = instantToWallTime(now, interview.timeZone)
  const today = dayOf(nowInZone)
  const whom = whomToAsk(interview)
  const ask =
    decision.channel === 'phone'
      ? `Call ${whom} to ask for the result`
      : decision.channel === 'email'
        ? `Email ${whom} to ask for the result`
        : `Ask ${whom} for the result`
  const dueClause = decision.expectedDate
    ? ` — the decision was due ${pastDayPhrase(decision.expectedDate, today)}`
    : ''
  const window = firstGoodCallWindowAfter(nowInZone, preferences)
  const when = `${comingDayPrefix(window.date, today)}${callWindowInZones(window, interview.timeZone, userZone)}`
  const windowLabel = decision.channel === 'email' ? 'Good time to send it' : 'Good time to call'
  return `${ask} of your ${role} interview${dueClause}. ${windowLabel}: ${when}.`
}

/**
 * One reminder as one sentence. `userZone` is the user's own: a call window on another clock is given
 * on both ("10:00–12:00 in Berlin · 01:00–03:00 your time"). By default, the interview's own.
 */
export function reminderLine(
  reminder: DueReminder,
  now: Date,
  preferences: CallWindowPreferences,
  userZone = reminder.interview.timeZone,
): string {
  const { interview, task } = reminder
  if (task.kind === 'inquire-result') return inquiryLine(interview, now, preferences, userZone)
  if (task.kind === DEBRIEF_PROMPT_KIND || task.kind === PREPARE_KIND) return task.title
  return `${task.title} — your ${interview.role} interview at ${interview.company}.`
}

/** The result inquiry matters most, so it leads; the rest come in the order they fell due. */
function importance(a: DueReminder, b: DueReminder): number {
  const inquiryFirst = Number(b.task.kind === 'inquire-result') - Number(a.task.kind === 'inquire-result')
  return inquiryFirst || compareWall(effectiveDue(a.task), effectiveDue(b.task))
}

/**
 * The `count` reminders that matter most, in that order (as a stable sort by importance would give),
 * picked in one pass: at 50,000 interviews a check held ~100,000 due reminders, and sorting them all
 * to name three kept the host from answering for 80 ms of its 150 ms check.
 */
function mostImportant(reminders: readonly DueReminder[], count: number): DueReminder[] {
  const top: DueReminder[] = []
  for (const reminder of reminders) {
    if (top.length === count && importance(reminder, top[count - 1]!) >= 0) continue
    let at = top.length
    while (at > 0 && importance(reminder, top[at - 1]!) < 0) at--
    top.splice(at, 0, reminder)
    if (top.length > count) top.pop()
  }
  return top
}

/**
 * One notification for everything due at once: a single reminder names the company in its title; several
 * become "3 follow-ups are due" with the first lines and a count of the rest.
 */
export function reminderNotification(
  reminders: DueReminder[],
  now: Date,
  preferences: CallWindowPreferences,
  userZone?: string,
): ReminderNotification {
  const shown = mostImportant(reminders, GROUPED_LINES)
  const first = shown[0]
  if (!first) throw new Error('A reminder notification needs at least one due task')
  const oneInterview = reminders.every((reminder) => reminder.interview.id === first.interview.id)
  const interviewId = oneInterview ? { interviewId: first.interview.id } : {}
  if (reminders.length === 1 && (first.task.kind === DEBRIEF_PROMPT_KIND || first.task.kind === PREPARE_KIND)) {
    const prepare = first.task.kind === PREPARE_KIND
    const view: InterviewView = prepare ? 'prepare' : 'quick-debrief'
    return { title: first.task.title, body: prepare ? PREPARE_BODY : DEBRIEF_PROMPT_BODY, ...interviewId, view }
  }
  if (reminders.length === 1) {
    return {
      title: `Follow up with ${first.interview.company}`,
      body: reminderLine(first, now, preferences, userZone),
      ...interviewId,
      taskId: first.task.id,
    }
  }
  const lines = shown.map((reminder) => reminderLine(reminder, now, preferences, userZone))
  const rest = reminders.length - lines.length
  if (rest > 0) lines.push(`…and ${rest} more in Debrief.`)
  // All about one interview with a calendar prompt among them: the click opens that prompt's screen.
  const has = (kind: string) => oneInterview && reminders.some((reminder) => reminder.task.kind === kind)
  const view: InterviewView | undefined = has(DEBRIEF_PROMPT_KIND)
    ? 'quick-debrief'
    : has(PREPARE_KIND)
      ? 'prepare'
      : undefined
  return {
    title: `${reminders.length} follow-ups are due`,
    body: lines.join('\n'),
    ...interviewId,
    ...(view ? { view } : {}),
  }
}
