import type { OpenTarget } from '../../shared/api/bridge'
import type { UpcomingInterview } from '../../shared/calendar/api'
import type { Host } from '../host/host'
import type { UpcomingFollowUp } from '../host/follow-ups/open-tasks'

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
  const time = new Intl.DateTimeFormat(locale, {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(due)
  if (sameDay(due, now, timeZone)) return `Today ${time}`
  const day = new Intl.DateTimeFormat(locale, { timeZone, weekday: 'short', day: 'numeric', month: 'short' })
  return `${day.format(due)} ${time}`
}

/** A tray menu line: when, what, for which company; shortened to fit a menu. */
export function followUpLabel(item: UpcomingFollowUp, options: LabelOptions): string {
  const label = `${dueText(item.due, options)} · ${item.title} (${item.company})`
  return label.length > MAX_LABEL_LENGTH ? `${label.slice(0, MAX_LABEL_LENGTH - 1)}…` : label
}

/** A tray menu line: when, which company, which round; shortened to fit a menu. */
export function interviewLabel(item: UpcomingInterview, options: LabelOptions): string {
  const label = `${dueText(new Date(item.start), options)} · ${item.company}, round ${item.round}`
  return label.length > MAX_LABEL_LENGTH ? `${label.slice(0, MAX_LABEL_LENGTH - 1)}…` : label
}

/** A tray menu line and the follow-up or interview a click on it opens. */
export interface TrayLine {
  label: string
  target: OpenTarget
}

/**
 * What the tray shows: the next few open follow-ups, the next interviews, and how many reminders wait
 * for the notification service.
 */
export interface TrayContents {
  lines: TrayLine[]
  interviews: TrayLine[]
  waiting: number
}

/** The tray's lists, read from the host's indexes (never the whole board). */
export async function trayContents(
  host: Pick<Host, 'upcomingFollowUps' | 'api'>,
  limit = 5,
  interviewLimit = 3,
): Promise<TrayContents> {
  const info = await host.api.getHostInfo({})
  const now = new Date()
  const lines = host.upcomingFollowUps(limit).map((item) => ({
    label: followUpLabel(item, { now }),
    target: { interviewId: item.interviewId, taskId: item.taskId },
  }))
  // A next round opens on its preparation view: the earlier rounds' summaries beside it.
  const interviews = (await host.api.listUpcomingInterviews({ limit: interviewLimit })).map((item) => ({
    label: interviewLabel(item, { now }),
    target: { interviewId: item.interviewId, ...(item.round > 1 ? { view: 'prepare' as const } : {}) },
  }))
  return { lines, interviews, waiting: info.reminders.notifications === 'unavailable' ? info.reminders.pending : 0 }
}
