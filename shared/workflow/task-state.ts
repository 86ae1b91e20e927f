import type { FollowUpTask } from '../domain/interview'
import { isWantedBeforeDue, leadsWhenDue } from './task-kinds'
import { compareWall, type WallDateTime } from './wall-time'

/** What the user does to a task. Every helper returns a new task and leaves the given one as it was. */

export function completeTask(task: FollowUpTask, completedAt: Date): FollowUpTask {
  const { snoozedUntil: _snooze, closedBy: _closedBy, ...rest } = task
  return { ...rest, status: 'done', completedAt: completedAt.toISOString() }
}

export function dismissTask(task: FollowUpTask): FollowUpTask {
  const { snoozedUntil: _snooze, closedBy: _closedBy, ...rest } = task
  return { ...rest, status: 'dismissed' }
}

/** Undoes a completion, a dismissal or a skip by progress. */
export function reopenTask(task: FollowUpTask): FollowUpTask {
  const { completedAt: _completedAt, closedBy: _closedBy, ...rest } = task
  return { ...rest, status: 'open' }
}

/** Puts off an open task's reminder to a wall-clock time in the interview's zone; a closed task is unchanged. */
export function snoozeTask(task: FollowUpTask, until: WallDateTime): FollowUpTask {
  return task.status === 'open' ? { ...task, snoozedUntil: until } : task
}

/** When the task next asks for attention: a snooze wins over the due time, whichever is earlier. */
export function effectiveDue(task: FollowUpTask): WallDateTime {
  return task.snoozedUntil ?? task.due
}

/** Whether an open task is due, given the current wall-clock time in the interview's zone. */
export function isDue(task: FollowUpTask, nowInZone: WallDateTime): boolean {
  return task.status === 'open' && compareWall(effectiveDue(task), nowInZone) <= 0
}

/**
 * Whether an open task goes ahead of every other now: asking for the result once it is due
 * (leadsWhenDue); and an outcome's own step (replying to an offer or a next round, thanking after a
 * no) from the moment the outcome is recorded, its due time being a deadline, until a snooze puts it
 * off. A walkthrough recorded an offer and Next led with a summary nine days overdue, the reply second,
 * until 15:00 when it would fall due.
 */
export function leadsNow(task: FollowUpTask, nowInZone: WallDateTime): boolean {
  return leadsBeforeDue(task, nowInZone) || (leadsWhenDue(task) && isDue(task, nowInZone))
}

/** An outcome's own step, open and not snoozed past now: it leads before its due time, which is a deadline. */
export function leadsBeforeDue(task: FollowUpTask, nowInZone: WallDateTime): boolean {
  if (task.status !== 'open' || !isWantedBeforeDue(task)) return false
  return task.snoozedUntil === undefined || compareWall(task.snoozedUntil, nowInZone) <= 0
}

/**
 * The open tasks in the order to do them, as of `nowInZone` (the interview's clock): those that lead
 * (leadsNow: asking for the result once due, an outcome's reply or thanks) first, then the rest that
 * are due, then those not due yet; each part soonest first.
 */
export function orderOpenTasks(tasks: readonly FollowUpTask[], nowInZone: WallDateTime): FollowUpTask[] {
  const rank = (task: FollowUpTask) => (leadsNow(task, nowInZone) ? 0 : isDue(task, nowInZone) ? 1 : 2)
  return tasks
    .filter((task) => task.status === 'open')
    .sort((a, b) => rank(a) - rank(b) || compareWall(effectiveDue(a), effectiveDue(b)))
}
