import type { FollowUpTask } from '../domain/interview'
import { instantToWallTime } from '../workflow/time-zone'

/**
 * "How did it go?": one desktop reminder shortly after an interview that came from the calendar ends.
 * It travels with the follow-up reminders (shown once, caught up after sleep, held through quiet
 * hours) as a task of its own kind that is never stored on the interview.
 */

export const DEBRIEF_PROMPT_KIND = 'calendar-debrief'
export const DEBRIEF_PROMPT_BODY =
  'Capture it while it is fresh: when they will decide, who will tell you and how, the people you met, your notes.'

export function debriefPromptTitle(company: string): string {
  return `How did it go at ${company}?`
}

/** An interview added more than this long after its event ended was not "known" when it ended: no prompt. */
const KNOWN_BEFORE_END_MS = 24 * 60 * 60_000

export interface PromptLink {
  interviewId: string
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
