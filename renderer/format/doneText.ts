import type { FollowUpTask, Interview } from '../../shared/domain/interview'
import { zonedWall } from './zonedTimes'

/**
 * What marking a follow-up done says, `forCompany` where the interview is not on screen: "Marked “…”
 * done." A result inquiry's done also says when the check again it planned comes (progress.ts
 * withCheckAgain), so asking does not seem to end in silence.
 */
export function doneText(
  task: Pick<FollowUpTask, 'title' | 'kind'>,
  after: Pick<Interview, 'tasks' | 'timeZone'> | null,
  forCompany?: string,
): string {
  const said = `Marked “${task.title}” done${forCompany ? ` for ${forCompany}` : ''}.`
  const checkAgain =
    after && task.kind === 'inquire-result'
      ? after.tasks.find((each) => each.kind === 'check-again' && each.status === 'open')
      : undefined
  if (!after || !checkAgain) return said
  return `${said} No answer by ${zonedWall(checkAgain.due, after.timeZone)}? Debrief reminds you to check again then.`
}
