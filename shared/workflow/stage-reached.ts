import type { FollowUpTask, Interview } from '../domain/interview'
import { isOutcomeStage, STAGE_IDS, type StageId } from '../domain/stages'
import { hasBegun } from './due-times'
import { STAGE_SENDING, stageOfTask, type ReachedStage } from './progress'
import { isDue } from './task-state'
import type { TaskKind } from './task-kinds'
import { dayOf, type IsoDay, type WallDateTime } from './wall-time'

const stageIndex = (stage: StageId) => STAGE_IDS.indexOf(stage)

/** All of a kind closed and at least one of them done (one thank-you per interviewer: all sent or skipped). */
function sent(tasks: readonly FollowUpTask[], kind: TaskKind): boolean {
  const ofKind = tasks.filter((task) => task.kind === kind)
  return ofKind.some((task) => task.status === 'done') && ofKind.every((task) => task.status !== 'open')
}

/**
 * The stage a card's follow-ups say it has reached, when that is past its column: the furthest stage
 * whose sending is done, as long as moving there skips nothing still open (every follow-up of the
 * stages before it is closed). Null when the card is where its follow-ups say, or in an outcome.
 * "Completing a stage's tasks suggests the next stage" (DESIGN.md): the suggestion, never a move.
 * Asking about the result is the exception: once asked, the card belongs in Result inquired whatever
 * courtesy is still open (skippedBy names it). A letter still open nine days on held a card in
 * Interviewed, and the prompt said "Move to Thanked" right after the asking (a walkthrough).
 * While the asking is due, nothing is suggested: it comes first, and a walkthrough got "Move to Thanked"
 * above it, then "Move to Result inquired" once asked, two moves where one does.
 */
export function stageReached(
  interview: Pick<Interview, 'stage' | 'tasks' | 'outcome'>,
  nowInZone: WallDateTime,
): ReachedStage | null {
  if (isOutcomeStage(interview.stage)) return null
  // Which result came is asked first (resultDayWithoutOutcome): "Move to Thanked" beside it read as if
  // no result had come (a walkthrough).
  if (resultDayWithoutOutcome(interview) !== '') return null
  if (interview.tasks.some((task) => task.kind === 'inquire-result' && isDue(task, nowInZone))) return null
  const here = stageIndex(interview.stage)
  const openStages = interview.tasks
    .filter((task) => task.status === 'open')
    .flatMap((task) => stageOfTask(task) ?? [])
    .map(stageIndex)
  for (const [kind, stage] of [...STAGE_SENDING].reverse()) {
    const there = stageIndex(stage)
    if (there <= here) return null
    if (!sent(interview.tasks, kind)) continue
    if (stage === 'result-inquired' || openStages.every((open) => open >= there)) return stage
  }
  return null
}

/** The stages a result moves a card to, in board order: what "Heard back?" offers. */
export const OUTCOME_STAGE_IDS = STAGE_IDS.filter(isOutcomeStage)

/**
 * Whether Next asks "Heard back?": the card waits for the result (Awaiting result, Result inquired),
 * its decision date has come or the day the result came is recorded, no outcome is in yet, and it is on the board, not archived. Recording the
 * result is then the one piece of news that changes what comes next (the inquiry and its check again
 * give way to the outcome's steps).
 */
export function awaitsResult(
  interview: Pick<Interview, 'stage' | 'decision' | 'archived' | 'outcome'>,
  today: IsoDay,
): boolean {
  if (interview.archived || isOutcomeStage(interview.stage)) return false
  if (interview.stage === 'awaiting-result' || interview.stage === 'result-inquired') return true
  if (resultDayWithoutOutcome(interview) !== '') return true
  const expected = interview.decision.expectedDate
  return expected !== '' && expected <= today
}

/**
 * The day "Result received on" says the result came, while the card is in no outcome: Next then asks
 * which it was ("The result came on …: what was it?"), at the top. It asked "Heard back from Globex?"
 * under "Skipped: the result is in" (a walkthrough). '' when no day is recorded or an outcome is in.
 */
export function resultDayWithoutOutcome(interview: Pick<Interview, 'stage' | 'outcome'>): IsoDay | '' {
  return isOutcomeStage(interview.stage) ? '' : interview.outcome.receivedOn
}

/**
 * Whether Next offers to record a result that came early, below the follow-ups: the interview has
 * begun, no outcome is in, the card is on the board, and its decision date has not come (from then
 * awaitsResult asks at the top). A recruiter who rang early took a walkthrough four steps to record,
 * through the record's Stage field and Save.
 */
export function mayHearEarly(
  interview: Pick<Interview, 'stage' | 'decision' | 'archived' | 'date' | 'time' | 'outcome'>,
  nowInZone: WallDateTime,
): boolean {
  if (interview.archived || isOutcomeStage(interview.stage)) return false
  if (awaitsResult(interview, dayOf(nowInZone))) return false
  return hasBegun(interview, nowInZone)
}

/**
 * Whether an interview on a later day than `today` (its own clock's) must not move to `stage` yet: each
 * progress stage after Interviewed says something done after the interview (a thanks, a letter, waiting
 * on its result). A walkthrough's Alt+→ moved next week's interview to Thanked and closed its thank-you
 * as skipped. Outcomes stay open to it (an offer, or a no, can come before a later round is held), and
 * so does an interview of today, whose time may have been moved up.
 */
export function tooEarlyFor(stage: StageId, interview: Pick<Interview, 'date'>, today: IsoDay): boolean {
  return !isOutcomeStage(stage) && stage !== STAGE_IDS[0] && isOnALaterDay(interview, today)
}

/** Whether the interview is on a later day than `today` (its own clock's): nothing after it can be done yet. */
export function isOnALaterDay(interview: Pick<Interview, 'date'>, today: IsoDay): boolean {
  return interview.date > today
}
