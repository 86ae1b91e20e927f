import type { FollowUpTask } from '../domain/interview'
import type { Preferences } from '../domain/settings'
import {
  followUpSteps,
  sortByDue,
  stepToTask,
  type FollowUpStep,
  type IdSource,
  type StepTiming,
  type WorkflowInterview,
} from './generate'
import { ADDED_TASK_KINDS, isTaskKind, OUTCOME_TASK_KINDS, type TaskKind } from './task-kinds'
import { instantToWallTime } from './time-zone'
import { compareWall } from './wall-time'

/** A task stands for one step: its kind, and the person for per-person steps. */
function stepKey(task: Pick<FollowUpStep, 'kind' | 'personId'> | FollowUpTask): string {
  return `${task.kind}/${task.personId ?? ''}`
}

/**
 * Brings a task list in line with the steps the workflow now asks for:
 * - done and dismissed tasks stay exactly as they are, whether or not their step still applies;
 * - an open task whose step still applies gets the step's current title and due time (and keeps any
 *   snooze); outcome tasks keep their due time, which counts from when the outcome came in;
 * - an open task whose step no longer applies (a removed interviewer, a card now collected) goes;
 * - a step with no task yet gets a new open one;
 * - tasks of kinds the workflow does not know, or that the user's actions added, are left alone.
 * When one step has several tasks, the latest stands for it. Kinds in `restartKinds` belong to a new
 * event (an outcome just entered): earlier tasks of theirs are history, and their steps start afresh.
 * An open task for which `keepsDue` holds keeps its due time too.
 */
export function mergeTasks(
  existing: FollowUpTask[],
  steps: FollowUpStep[],
  newId: () => string,
  restartKinds: ReadonlySet<TaskKind> = new Set(),
  keepsDue: (task: FollowUpTask) => boolean = () => false,
): FollowUpTask[] {
  const stepsByKey = new Map(steps.map((step) => [stepKey(step), step]))
  const standing = new Map<string, FollowUpTask>()
  for (const task of existing) {
    if (!isTaskKind(task.kind) || !restartKinds.has(task.kind)) standing.set(stepKey(task), task)
  }

  const merged: FollowUpTask[] = []
  for (const task of existing) {
    const step = stepsByKey.get(stepKey(task))
    if (task.status !== 'open' || !isTaskKind(task.kind) || ADDED_TASK_KINDS.includes(task.kind)) merged.push(task)
    else if (step && standing.get(stepKey(task)) === task) {
      const due = OUTCOME_TASK_KINDS.includes(task.kind) || keepsDue(task) ? task.due : step.due
      merged.push({ ...task, title: step.title, due })
    }
  }
  for (const step of steps) {
    if (!standing.has(stepKey(step))) merged.push(stepToTask(step, newId))
  }
  return sortByDue(merged)
}

/**
 * The interview's task list after an edit: see `mergeTasks` for what is kept, updated, added and dropped.
 * With `whenUnchanged` (the interview's date, time, zone and decision as before the edit), a follow-up
 * already due keeps its time: Settings promises that a change of timings leaves those alone, and saving
 * a new phone number moved an overdue summary from 17:30 to the new end of the day (a walkthrough).
 */
export function regenerateTasks(
  existing: FollowUpTask[],
  interview: WorkflowInterview,
  preferences: Preferences,
  options: IdSource & StepTiming & { whenUnchanged?: boolean },
): FollowUpTask[] {
  const nowThere = instantToWallTime(options.now, interview.timeZone)
  const alreadyDue = (task: FollowUpTask) => options.whenUnchanged === true && compareWall(task.due, nowThere) <= 0
  return mergeTasks(existing, followUpSteps(interview, preferences, options), options.newId, new Set(), alreadyDue)
}
