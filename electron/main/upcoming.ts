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

/** The tray's list: the next few open follow-ups as menu lines, read from the host's open-task index. */
export function nextFollowUpLines(host: Pick<Host, 'upcomingFollowUps'>, limit = 5): string[] {
  const now = new Date()
  return host.upcomingFollowUps(limit).map((item) => followUpLabel(item, { now }))
}
