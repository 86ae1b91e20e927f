import type { FollowUpTask, Interview } from '../../shared/domain/interview'
import { stageLabel, type StageId } from '../../shared/domain/stages'
import { checkAgainText, namedFollowUps, skippedText } from './doneText'

/**
 * The titles of the follow-ups open before a move that the move closed: skipped (their stages passed, or
 * an outcome came) or done as sent (a move into Thanked or Letter sent).
 */
function closedByMove(
  before: Pick<Interview, 'tasks'>,
  after: Pick<Interview, 'tasks'> | undefined,
  closed: (task: FollowUpTask) => boolean,
): string[] {
  const open = new Set(before.tasks.filter((task) => task.status === 'open').map((task) => task.id))
  return (after?.tasks ?? []).filter((task) => open.has(task.id) && closed(task)).map((task) => task.title)
}

/**
 * What a move to another column says, wherever it was made (a drag, the keyboard, Next's "Move to"),
 * naming the follow-ups it skipped or closed as sent: they went from Today without a word, "10 to do"
 * became "2 to do" (a walkthrough), and Next's button said only "Moved … to Result inquired." (another).
 * A move to Result inquired is the user's word that they asked: it says when Debrief checks again, as
 * marking the inquiry done does, so the asking does not seem to end in silence.
 */
export function movedText(
  before: Pick<Interview, 'company' | 'tasks'>,
  after: Pick<Interview, 'tasks' | 'timeZone'> | undefined,
  stage: StageId,
): string {
  const skipped = closedByMove(before, after, (task) => task.status === 'skipped')
  const sent = closedByMove(before, after, (task) => task.closedBy === 'sent-by-move')
  const checkAgain = stage === 'result-inquired' && after ? checkAgainText(after) : undefined
  return [
    `Moved ${before.company} to ${stageLabel(stage)}.`,
    sent.length > 0 ? `Marked ${namedFollowUps(sent)} done.` : '',
    skipped.length > 0 ? skippedText(skipped) : '',
    checkAgain ?? '',
  ]
    .filter(Boolean)
    .join(' ')
}
