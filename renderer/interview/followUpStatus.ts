import type { FollowUpTask, Interview } from '../../shared/domain/interview'
import { stageLabel } from '../../shared/domain/stages'
import { effectiveDue, stageSentBy } from '../../shared/workflow'
import { isCall } from '../../shared/workflow/task-kinds'
import { compareWall } from '../../shared/workflow/wall-time'
import { dayInWords, zonedWall } from '../format/zonedTimes'

/**
 * When an open follow-up is due, on the user's clock: "due Mon, 30 Nov, 01:00"; a call's on both
 * (isCall): "due Mon, 30 Nov, 01:00 your time · 10:00 in Berlin".
 */
export function dueText(task: FollowUpTask, interview: Pick<Interview, 'decision' | 'timeZone'>): string {
  const when = zonedWall(effectiveDue(task), interview.timeZone, { theirClock: isCall(task, interview.decision) })
  return task.snoozedUntil ? `snoozed until ${when}` : `due ${when}`
}

export function isOverdue(task: FollowUpTask, nowOnInterviewClock: string): boolean {
  return compareWall(effectiveDue(task), nowOnInterviewClock) <= 0
}

/** Why a closed follow-up is closed, in the user's words. */
export function closedText(task: FollowUpTask): string {
  if (task.status === 'skipped') {
    switch (task.closedBy) {
      case 'outcome':
        return 'Skipped: the result is in'
      case 'superseded':
        return 'Skipped: you chose not to send it after the result'
      default:
        return 'Skipped: you moved past this stage'
    }
  }
  if (task.status === 'dismissed') return 'Skipped by you'
  switch (task.closedBy) {
    case 'summary-saved':
      return 'Done: your notes hold the summary'
    case 'already-done':
      return 'Done before you added the interview'
    case 'no-answer':
      return 'Done, without an answer'
    case 'later-round-added':
      return 'Done: the next round is on the board'
    case 'asked-in-thanks':
      return 'Done: your thank-you email asked it'
    case 'asked-by-move':
    case 'sent-by-move': {
      const stage = stageSentBy(task)
      return stage ? `Done: you moved it to ${stageLabel(stage)}` : 'Done'
    }
    default:
      return 'Done'
  }
}

/**
 * Why asking about the result waits, above its draft while it is not due: the draft stood ready days
 * before the decision date, and a user doing the next thing first would have asked early (a walkthrough).
 */
export function waitText(interview: Pick<Interview, 'decision' | 'timeZone'>, task: FollowUpTask): string | null {
  if (task.kind !== 'check-again' && task.kind !== 'inquire-result') return null
  const from = zonedWall(effectiveDue(task), interview.timeZone, { theirClock: isCall(task, interview.decision) })
  const promised = interview.decision.expectedDate
  const said = promised ? `They said they would decide by ${dayInWords(promised)}.` : ''
  // Snoozed by the user, it says so: it explained the wait as the app's own (a walkthrough).
  if (task.snoozedUntil) return `Snoozed until ${from}; the draft is ready for then. ${said}`.trim()
  if (task.kind === 'check-again') return `Not yet: give them until ${from} before you ask again.`
  const by = promised ? `they said they would decide by ${dayInWords(promised)}. If` : 'if'
  return `Not yet: ${by} no word has come, ask from ${from}; the draft is ready for then.`
}
