import type { FollowUpTask } from '../domain/interview'
import type { Preferences } from '../domain/settings'
import { isOutcomeStage, type StageId } from '../domain/stages'
import { followUpSteps, type IdSource, type WorkflowInterview } from './generate'
import { mergeTasks } from './regenerate'
import { OUTCOME_TASK_KINDS } from './task-kinds'

/**
 * The host calls this on every move of a card and stores the result as the interview's tasks; the
 * board itself never touches tasks. Moving into an outcome stage from another stage is news: its
 * tasks (reply quickly; thank after a rejection) are added, due from `now`, even if an earlier
 * outcome's tasks were done. Done and dismissed tasks are never removed; open tasks that no longer
 * apply (the result inquiry once an outcome is in) are.
 */
export function tasksAfterStageChange(
  interview: WorkflowInterview & { tasks: FollowUpTask[] },
  fromStage: StageId,
  toStage: StageId,
  preferences: Preferences,
  options: IdSource & { now: Date },
): FollowUpTask[] {
  const moved = { ...interview, stage: toStage }
  const steps = followUpSteps(moved, preferences, { now: options.now, stageEnteredAt: options.now })
  const entersNewOutcome = fromStage !== toStage && isOutcomeStage(toStage)
  return mergeTasks(interview.tasks, steps, options.newId, new Set(entersNewOutcome ? OUTCOME_TASK_KINDS : []))
}
