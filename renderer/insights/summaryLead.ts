import type { Interview } from '../../shared/domain/interview'
import { atInterview, isUpcoming } from '../../shared/workflow/due-times'
import { wallTimeToInstant } from '../../shared/workflow/time-zone'

/**
 * The interview whose notes an empty Insights leads to, for its first "where I can improve": the latest
 * one held whose summary is still to write, else the latest one held. Insights said only "Insert the
 * summary template in an interview's notes", leaving the user to find which (a walkthrough).
 */
export function interviewToSummarise(interviews: readonly Interview[], now: Date): Interview | undefined {
  const held = interviews.filter((interview) => !isUpcoming(interview, now))
  const startMs = (interview: Interview) => wallTimeToInstant(atInterview(interview), interview.timeZone).getTime()
  const latest = (among: readonly Interview[]) =>
    among.reduce<Interview | undefined>(
      (best, each) => (best && startMs(best) >= startMs(each) ? best : each),
      undefined,
    )
  const unsummarised = held.filter((interview) =>
    interview.tasks.some((task) => task.kind === 'write-summary' && task.status === 'open'),
  )
  return latest(unsummarised) ?? latest(held)
}
