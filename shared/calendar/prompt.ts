import type { FollowUpTask } from '../domain/interview'
import { instantToWallTime, wallTimeToInstant } from '../workflow/time-zone'

/**
 * "How did it go?": one desktop reminder shortly after an interview that came from the calendar ends.
 * It travels with the follow-up reminders (shown once, caught up after sleep, held through quiet
 * hours) as a task of its own kind that is never stored on the interview.
 */

export const DEBRIEF_PROMPT_KIND = 'calendar-debrief'
export const DEBRIEF_PROMPT_BODY =
  'Capture it while it is fresh: when they will decide, who will tell you and how, the people you met, your notes.'

export const PREPARE_KIND = 'calendar-prepare'
export const PREPARE_BODY = 'Read your summaries of the earlier rounds in Debrief before you go in.'

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
  return {
    // Not a stored task: the id only names it in the reminders' fired log.
    id: `${DEBRIEF_PROMPT_KIND}:${link.interviewId}`,
    kind: DEBRIEF_PROMPT_KIND,
    title: debriefPromptTitle(interview.company),
    due: instantToWallTime(new Date(end + delayMinutes * 60_000), interview.timeZone).slice(0, 16),
    status: 'open',
  }
}

export interface PrepareSettings {
  prepareEveningAt: string | null
  prepareMinutesBefore: number | null
}

/**
 * Before a next round (round 2 or later) that came from the calendar: a reminder the evening before
 * and one shortly before it starts, on the interview's clock. One already past when the interview was
 * added is left out.
 */
export function prepareTasks(
  link: PromptLink,
  interview: { company: string; timeZone: string; round: number; date: string; time: string },
  settings: PrepareSettings,
): FollowUpTask[] {
  if (link.cancelled || interview.round < 2) return []
  const start = Date.parse(link.start)
  const since = link.linkedAt ? Date.parse(link.linkedAt) : -Infinity
  const tasks: FollowUpTask[] = []
  const title = `Prepare for round ${interview.round} at ${interview.company}, ${interview.date} ${interview.time}`
  if (settings.prepareEveningAt) {
    const dayBefore = new Date(`${interview.date}T00:00:00Z`)
    dayBefore.setUTCDate(dayBefore.getUTCDate() - 1)
    const due = `${dayBefore.toISOString().slice(0, 10)}T${settings.prepareEveningAt}`
    if (wallTimeToInstant(due, interview.timeZone).getTime() > since) {
      tasks.push({ id: `${PREPARE_KIND}-evening:${link.interviewId}`, kind: PREPARE_KIND, title, due, status: 'open' })
    }
  }
  if (settings.prepareMinutesBefore !== null) {
    const at = start - settings.prepareMinutesBefore * 60_000
    if (at > since) {
      const due = instantToWallTime(new Date(at), interview.timeZone).slice(0, 16)
      tasks.push({ id: `${PREPARE_KIND}-soon:${link.interviewId}`, kind: PREPARE_KIND, title, due, status: 'open' })
    }
  }
  return tasks
}
