import { randomUUID } from 'node:crypto'
import type { FollowUpTask, TaskAction } from '../../../shared/domain/interview'
import type { Preferences } from '../../../shared/domain/settings'
import {
  completeTask,
  dismissTask,
  generateTasks,
  regenerateTasks,
  reopenTask,
  sameWorkflowInputs,
  snoozeTask,
  tasksAfterStageChange,
} from '../../../shared/workflow'
import type { TaskPlanner } from '../interviews/interview-changes'

/** The follow-up rules (shared/workflow) bound to the user's preferences and this moment. */
export function taskPlanner(preferences: Preferences, now: Date): TaskPlanner {
  const options = { newId: randomUUID, now }
  return {
    forNew: (draft) => generateTasks(draft, preferences, options),
    // Regenerating re-times open tasks to today's preferences; an edit the rules don't read must not.
    afterEdit: (current, edited) =>
      sameWorkflowInputs(current, edited) ? edited.tasks : regenerateTasks(edited.tasks, edited, preferences, options),
    afterMove: (current, toStage) => tasksAfterStageChange(current, current.stage, toStage, preferences, options),
  }
}

/** What a user's action does to one task; a snooze's `until` is checked by the contract. */
export function taskUpdate(
  action: TaskAction,
  until: string | undefined,
  now: Date,
): (task: FollowUpTask) => FollowUpTask {
  switch (action) {
    case 'done':
      return (task) => completeTask(task, now)
    case 'dismiss':
      return dismissTask
    case 'reopen':
      return reopenTask
    case 'snooze':
      return (task) => snoozeTask(task, until as string)
  }
}
