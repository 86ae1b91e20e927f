import type { FollowUpTask } from '../domain/interview'
import { instantToWallTime, wallTimeToInstant } from '../workflow/time-zone'
import { preparationTime, type QuietStretch } from './preparation'

/**
 * "How did it go?": one desktop reminder shortly after an interview that came from the calendar ends.
 * It travels with the follow-up reminders (shown once, caught up after sleep, held through quiet
 * hours) as a task of its own kind that is never stored on the interview.
 */

/** The calendar's own screens on one interview, which its reminders open (renderer/calendar). */
export type InterviewView = 'quick-debrief' | 'prepare'

export const DEBRIEF_PROMPT_KIND = 'calendar-debrief'
export const DEBRIEF_PROMPT_BODY =
  'Capture it while it is fresh: when they will decide, who will tell you and how, the people you met, your notes.'

export const PREPARE_KIND = 'calendar-prepare'
export const PREPARE_BODY = 'Read your summaries of the earlier rounds in Debrief before you go in.'

/** The screen a calendar prompt's task opens; undefined for any other task. */
export function promptView(kind: string): InterviewView | undefined {
  return kind === DEBRIEF_PROMPT_KIND ? 'quick-debrief' : kind === PREPARE_KIND ? 'prepare' : undefined
}

export function debriefPromptTitle(company: string): string {
  return `How did it go at ${company}?`
}

/** An interview added more than this long after its event ended was not "known" when it ended: no prompt. */
const KNOWN_BEFORE_END_MS = 24 * 60 * 60_000

export interface PromptLink {
  interviewId: string
  start: string
  end: string
  linkedAt?: string
  cancelled: boolean
  /** Prompts already shown (promptName of their task ids): none is shown twice. */
  prompted?: readonly string[]
}

/**
 * Which prompt a task is, without the interview: "calendar-debrief", "calendar-prepare-evening" or
 * "calendar-prepare-soon". What the link records once the prompt is shown.
 */
export function promptName(taskId: string): string {
  const colon = taskId.indexOf(':')
  return colon === -1 ? taskId : taskId.slice(0, colon)
}

function promptTask(link: PromptLink, name: string, fields: Omit<FollowUpTask, 'id' | 'status'>): FollowUpTask[] {
  if (link.prompted?.includes(name)) return []
  // Not a stored task: the id only names it in the reminders' fired log.
  return [{ id: `${name}:${link.interviewId}`, status: 'open', ...fields }]
}

/** The prompt's task, due `delayMinutes` after the event's end on the interview's clock; none when not wanted. */
export function debriefPromptTask(
  link: PromptLink,
  interview: { company: string; timeZone: string },
  delayMinutes: number,
): FollowUpTask | undefined {
  if (link.cancelled) return undefined
  const end = Date.parse(link.end)
  if (link.linkedAt && Date.parse(link.linkedAt) - end > KNOWN_BEFORE_END_MS) return undefined
  return promptTask(link, DEBRIEF_PROMPT_KIND, {
    kind: DEBRIEF_PROMPT_KIND,
    title: debriefPromptTitle(interview.company),
    due: instantToWallTime(new Date(end + delayMinutes * 60_000), interview.timeZone).slice(0, 16),
  })[0]
}

export interface PrepareSettings {
  prepareEveningAt: string | null
  prepareMinutesBefore: number | null
}

/** The user's quiet hours on their own clock, which preparation reminders are kept out of. */
export interface QuietHoursOnClock {
  hours: QuietStretch | null | undefined
  timeZone: string
}

/**
 * Before a next round (round 2 or later) that came from the calendar: a reminder the evening before
 * and one shortly before it starts, on the interview's clock. One already past when the interview was
 * added is left out; one in quiet hours that would end after the interview began comes just before
 * them instead (preparation.ts).
 */
export function prepareTasks(
  link: PromptLink,
  interview: { company: string; timeZone: string; round: number; date: string; time: string },
  settings: PrepareSettings,
  quiet: QuietHoursOnClock = { hours: null, timeZone: interview.timeZone },
): FollowUpTask[] {
  if (link.cancelled || interview.round < 2) return []
  const start = new Date(link.start)
  const since = link.linkedAt ? Date.parse(link.linkedAt) : -Infinity
  const title = `Prepare for round ${interview.round} at ${interview.company}, ${interview.date} ${interview.time}`
  const wanted: Array<[name: string, at: Date]> = []
  if (settings.prepareEveningAt) {
    const dayBefore = new Date(`${interview.date}T00:00:00Z`)
    dayBefore.setUTCDate(dayBefore.getUTCDate() - 1)
    const wall = `${dayBefore.toISOString().slice(0, 10)}T${settings.prepareEveningAt}`
    wanted.push([`${PREPARE_KIND}-evening`, wallTimeToInstant(wall, interview.timeZone)])
  }
  if (settings.prepareMinutesBefore !== null) {
    wanted.push([`${PREPARE_KIND}-soon`, new Date(start.getTime() - settings.prepareMinutesBefore * 60_000)])
  }
  return wanted.flatMap(([name, at]) => {
    if (at.getTime() <= since) return []
    const shownAt = preparationTime(at, start, quiet.hours, quiet.timeZone)
    const due = instantToWallTime(shownAt, interview.timeZone).slice(0, 16)
    return promptTask(link, name, { kind: PREPARE_KIND, title, due })
  })
}
