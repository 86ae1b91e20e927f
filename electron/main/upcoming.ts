import type { OpenTarget } from '../../shared/api/bridge'
import type { ApiImplementation } from '../../shared/api/contract'
import type { Interview } from '../../shared/domain/interview'
import { effectiveDue, wallTimeToInstant } from '../../shared/workflow'
import { openReminders } from '../host/follow-ups/reminders/scheduler'

/** One follow-up the tray lists, soonest first. */
export interface UpcomingFollowUp {
  interviewId: string
  taskId: string
  title: string
  company: string
  /** When it asks for attention: its snooze or due time, as an instant in the interview's zone. */
  due: Date
}

/**
 * The follow-ups the reminder scheduler watches (open tasks of interviews on the board), soonest
 * first. Due times are wall-clock times in each interview's own zone, so they are compared as instants.
 */
export function upcomingFollowUps(interviews: readonly Interview[], limit: number): UpcomingFollowUp[] {
  return openReminders(interviews)
    .map(({ interview, task }) => ({
      interviewId: interview.id,
      taskId: task.id,
      title: task.title,
      company: interview.company,
      due: wallTimeToInstant(effectiveDue(task), interview.timeZone),
    }))
    .sort((a, b) => a.due.getTime() - b.due.getTime())
    .slice(0, limit)
}

export interface LabelOptions {
  now: Date
  /** For tests; the system's by default. */
  locale?: string
  timeZone?: string
}

const MAX_LABEL_LENGTH = 70

function sameDay(a: Date, b: Date, timeZone: string | undefined): boolean {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
  return day.format(a) === day.format(b)
}

/** "Overdue", "Today 14:30" or "Fri 21 Nov 10:00", in the user's own zone and language. */
export function dueText(due: Date, { now, locale, timeZone }: LabelOptions): string {
  if (due.getTime() <= now.getTime()) return 'Overdue'
  const time = new Intl.DateTimeFormat(locale, { timeZone, hour: '2-digit', minute: '2-digit' }).format(due)
  if (sameDay(due, now, timeZone)) return `Today ${time}`
  const day = new Intl.DateTimeFormat(locale, { timeZone, weekday: 'short', day: 'numeric', month: 'short' })
  return `${day.format(due)} ${time}`
}

/** A tray menu line: when, what, for which company; shortened to fit a menu. */
export function followUpLabel(item: UpcomingFollowUp, options: LabelOptions): string {
  const label = `${dueText(item.due, options)} · ${item.title} (${item.company})`
  return label.length > MAX_LABEL_LENGTH ? `${label.slice(0, MAX_LABEL_LENGTH - 1)}…` : label
}

/** A tray menu line and the follow-up a click on it opens. */
export interface TrayLine {
  label: string
  target: OpenTarget
}

/** What the tray shows: the next few open follow-ups, and how many reminders wait for the notification service. */
export interface TrayContents {
  lines: TrayLine[]
  waiting: number
}

/** The tray's list, read from the host. */
export async function trayContents(
  api: Pick<ApiImplementation, 'listInterviews' | 'getHostInfo'>,
  limit = 5,
): Promise<TrayContents> {
  const [interviews, info] = await Promise.all([api.listInterviews({ includeArchived: false }), api.getHostInfo({})])
  const now = new Date()
  const lines = upcomingFollowUps(interviews, limit).map((item) => ({
    label: followUpLabel(item, { now }),
    target: { interviewId: item.interviewId, taskId: item.taskId },
  }))
  return { lines, waiting: info.reminders.notifications === 'unavailable' ? info.reminders.pending : 0 }
}
