import { randomUUID } from 'node:crypto'
import type { FollowUpTask, TaskAction } from '../../../shared/domain/interview'
import type { Preferences } from '../../../shared/domain/settings'
import {
  answerStillSend,
  dismissTask,
  instantToWallTime,
  reopenTask,
  resultDayAfterMove,
  snoozeTask,
  tasksAfterDone,
  tasksAfterEdit,
  tasksAfterStageChange,
  tasksAfterSummary,
  tasksForNew,
  tasksDoneUpTo,
} from '../../../shared/workflow'
import { dayOf } from '../../../shared/workflow/wall-time'
import type { TaskPlanner } from '../interviews/interview-changes'

/** The follow-up rules (shared/workflow) bound to the user's preferences, this moment and the user's clock. */
export function taskPlanner(preferences: Preferences, now: Date, userZone: string): TaskPlanner {
  const options = { newId: randomUUID, now, userZone }
  const today = dayOf(instantToWallTime(now, userZone))
  return {
    forNew: (draft) => tasksForNew(draft, preferences, options),
    afterEdit: (current, edited) => tasksAfterEdit(current, edited, preferences, options),
    resultDay: (current, toStage) => resultDayAfterMove(current, toStage, today),
    afterMove: (current, toStage) => tasksAfterStageChange(current, current.stage, toStage, preferences, options),
    afterDone: (current, taskId, at = now) => tasksAfterDone(current, taskId, preferences, { ...options, now: at }),
    doneUpToNow: (current) => tasksDoneUpTo(current.tasks, instantToWallTime(now, current.timeZone), now),
    afterSummary: (current) => tasksAfterSummary(current.tasks, now),
    stillSend: (current, send) => answerStillSend(current.tasks, send, now),
  }
}

/** What a user's action other than done (TaskPlanner.afterDone) does to one task; a snooze's `until` is checked by the contract. */
export function taskUpdate(
  action: Exclude<TaskAction, 'done'>,
  until: string | undefined,
): (task: FollowUpTask) => FollowUpTask {
  switch (action) {
    case 'dismiss':
      return dismissTask
    case 'reopen':
      return reopenTask
    case 'snooze':
      return (task) => snoozeTask(task, until as string)
  }
}
