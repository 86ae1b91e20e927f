import type { FollowUpTask, Interview, StillSendAnswer } from '../domain/interview'
import type { Preferences } from '../domain/settings'
import { isOutcomeStage, type StageId } from '../domain/stages'
import {
  followUpSteps,
  generateTasks,
  sameWorkflowInputs,
  type IdSource,
  type StepTiming,
  type WorkflowInterview,
} from './generate'
import {
  tasksAfterOutcome,
  tasksAfterProgress,
  thanksSupersededByRejection,
  withCheckAgain,
  type OutcomeProgress,
} from './progress'
import { tasksWithOfferDecision } from './offer-decision'
import { mergeTasks, regenerateTasks } from './regenerate'
import { OUTCOME_TASK_KINDS } from './task-kinds'
import { instantToWallTime } from './time-zone'
import { compareWall } from './wall-time'

type PlannedInterview = WorkflowInterview & Pick<Interview, 'tasks' | 'outcome'> & { stillSend?: StillSendAnswer }

/** A follow-up the user has not acted on: still open, never snoozed. */
function isUntouched(task: FollowUpTask): boolean {
  return task.status === 'open' && task.snoozedUntil === undefined
}

/**
 * The host calls this on every move of a card and stores the result as the interview's tasks; the
 * board itself never touches tasks. Moving past a stage skips its open tasks (progress.ts); moving
 * into an outcome stage from another stage is news: the inquiry is skipped, the courtesies are asked
 * about, and the outcome's tasks (reply quickly; thank after a rejection) are added, due from `now`,
 * even if an earlier outcome's tasks were done. A move to Result inquired plans the one check again.
 * Nothing the user did is ever removed.
 */
export function tasksAfterStageChange(
  interview: PlannedInterview,
  fromStage: StageId,
  toStage: StageId,
  preferences: Preferences,
  options: IdSource & { now: Date; userZone?: string },
): OutcomeProgress {
  const outcomeRecorded = interview.outcome.receivedOn !== ''
  let progress: OutcomeProgress = {
    tasks: tasksAfterProgress(interview.tasks, fromStage, toStage, outcomeRecorded, options.now),
    stillSend: interview.stillSend,
  }
  const entersNewOutcome = fromStage !== toStage && isOutcomeStage(toStage)
  if (entersNewOutcome && toStage === 'not-selected') {
    const interviewerIds = new Set(interview.interviewers.map((person) => person.id))
    progress.tasks = thanksSupersededByRejection(progress.tasks, interviewerIds, options.now)
  }
  if (entersNewOutcome) progress = tasksAfterOutcome(progress.tasks, progress.stillSend, preferences, options.now)
  const moved = { ...interview, stage: toStage }
  const steps = followUpSteps(moved, preferences, {
    now: options.now,
    stageEnteredAt: options.now,
    ...(options.userZone ? { userZone: options.userZone } : {}),
  })
  const restart = new Set(entersNewOutcome ? OUTCOME_TASK_KINDS : [])
  // A move changes neither the interview's time nor its decision: a follow-up already due keeps its time,
  // as Settings promises of a change of timings (a move re-timed a letter 4 days overdue to 5: a walkthrough).
  const nowThere = instantToWallTime(options.now, interview.timeZone)
  const alreadyDue = (task: FollowUpTask) => compareWall(task.due, nowThere) <= 0
  const merged = mergeTasks(progress.tasks, steps, options.newId, restart, alreadyDue)
  // Moved to Result inquired: the user has asked, and one check again follows (progress.ts withCheckAgain).
  // Moved back to before it, the inquiry is open again: a check again not yet acted on goes with the
  // asking it followed, and comes again with the next asking.
  const asked = toStage === 'result-inquired' && fromStage !== toStage && !isOutcomeStage(fromStage)
  const inquiryOpen = merged.some((task) => task.kind === 'inquire-result' && task.status === 'open')
  const tasks = inquiryOpen ? merged.filter((task) => !(task.kind === 'check-again' && isUntouched(task))) : merged
  const planned = asked ? withCheckAgain({ ...moved, tasks }, preferences, options) : tasks
  // Into Offer, the day to answer by is a follow-up; out of it, an untouched one goes (offer-decision.ts).
  return {
    tasks: tasksWithOfferDecision({ ...moved, tasks: planned }, preferences, options),
    stillSend: progress.stillSend,
  }
}

/**
 * The tasks of a new interview. One entered with its result date already known (the form's Outcome)
 * has that outcome, as an edit recording the date has: the inquiry about the result is skipped, and
 * the courtesies still open are asked about. It was planned as if no word had come, overdue at once.
 */
export function tasksForNew(
  draft: WorkflowInterview & Pick<Interview, 'outcome'>,
  preferences: Preferences,
  options: IdSource & StepTiming,
): OutcomeProgress {
  const tasks = generateTasks(draft, preferences, options)
  if (draft.outcome.receivedOn === '') return { tasks, stillSend: undefined }
  return tasksAfterOutcome(tasks, undefined, preferences, options.now)
}

/**
 * The tasks after an edit of the interview's fields: a result date just recorded is an outcome, as a
 * move to an outcome stage is; then the checklist follows the edited data (regenerate.ts). An edit the
 * rules don't read leaves the tasks alone: regenerating would re-time them to today's preferences.
 */
export function tasksAfterEdit(
  current: PlannedInterview,
  edited: PlannedInterview,
  preferences: Preferences,
  options: IdSource & { now: Date; userZone?: string },
): OutcomeProgress {
  const resultJustIn = current.outcome.receivedOn === '' && edited.outcome.receivedOn !== ''
  const outcome = resultJustIn
    ? tasksAfterOutcome(edited.tasks, edited.stillSend, preferences, options.now)
    : { tasks: edited.tasks, stillSend: edited.stillSend }
  // The offer's day to answer by, typed, changed or cleared in the form (offer-decision.ts).
  const progress = {
    ...outcome,
    tasks: tasksWithOfferDecision({ ...edited, tasks: outcome.tasks }, preferences, options),
  }
  if (sameWorkflowInputs(current, edited)) return progress
  const whenUnchanged =
    current.date === edited.date &&
    current.time === edited.time &&
    current.timeZone === edited.timeZone &&
    JSON.stringify(current.decision) === JSON.stringify(edited.decision)
  const tasks = regenerateTasks(progress.tasks, edited, preferences, { ...options, whenUnchanged })
  return { tasks, stillSend: progress.stillSend }
}
