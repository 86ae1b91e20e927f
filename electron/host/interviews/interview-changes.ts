import { ApiError } from '../../../shared/api/errors'
import type {
  FollowUpTask,
  HistoryEntry,
  Interview,
  InterviewFields,
  TaskAction,
} from '../../../shared/domain/interview'
import { stageLabel, type StageId } from '../../../shared/domain/stages'
import type { WorkflowInterview } from '../../../shared/workflow'
import { keyAtEndOf, keyBefore } from '../../../shared/domain/order'

/**
 * Each user change as a history entry: a label for the undo menu and the record before and after.
 * Pure: the store journals the entry, and undo and redo replay its two sides.
 */

export interface InterviewLookup {
  get(id: string): Interview | undefined
  values(): Iterable<Interview>
}

/** The follow-up rules as the changes need them (shared/workflow, bound to the user's preferences and the clock). */
export interface TaskPlanner {
  forNew(draft: WorkflowInterview): FollowUpTask[]
  afterEdit(current: Interview, edited: Interview): FollowUpTask[]
  afterMove(current: Interview, toStage: StageId): FollowUpTask[]
}

export function createChange(
  interviews: InterviewLookup,
  fields: InterviewFields,
  stage: StageId,
  id: string,
  at: Date,
  planner: TaskPlanner,
): HistoryEntry {
  const stamp = at.toISOString()
  const after: Interview = {
    id,
    ...fields,
    stage,
    order: keyAtEndOf(interviews.values(), stage),
    archived: false,
    tasks: planner.forNew({ ...fields, stage }),
    createdAt: stamp,
    updatedAt: stamp,
  }
  return { label: `Add ${fields.company}`, interviewId: id, before: null, after }
}

/** Null when the fields are what the interview already has: nothing to save or undo. */
export function updateChange(
  current: Interview,
  fields: InterviewFields,
  at: Date,
  planner: TaskPlanner,
): HistoryEntry | null {
  const edited: Interview = { ...current, ...fields }
  if (JSON.stringify(edited) === JSON.stringify(current)) return null
  const after = { ...edited, tasks: planner.afterEdit(current, edited), updatedAt: at.toISOString() }
  return { label: `Edit ${current.company}`, interviewId: current.id, before: current, after }
}

export function moveChange(
  interviews: InterviewLookup,
  current: Interview,
  stage: StageId,
  beforeId: string | undefined,
  at: Date,
  planner: TaskPlanner,
): HistoryEntry {
  let order: string
  if (beforeId === undefined) {
    order = keyAtEndOf(interviews.values(), stage, current.id)
  } else {
    const before = interviews.get(beforeId)
    if (!before || before.stage !== stage || before.id === current.id) {
      throw new ApiError({
        code: 'invalid-input',
        message: `Cannot place ${current.company} there: the interview to place it before is not in ${stageLabel(stage)}.`,
        issues: [{ path: 'beforeId', message: `Must be another interview in ${stageLabel(stage)}` }],
      })
    }
    order = keyBefore(interviews.values(), before, current.id)
  }
  const tasks = stage === current.stage ? current.tasks : planner.afterMove(current, stage)
  const after: Interview = { ...current, stage, order, tasks, updatedAt: at.toISOString() }
  const label =
    stage === current.stage ? `Reorder ${current.company}` : `Move ${current.company} to ${stageLabel(stage)}`
  return { label, interviewId: current.id, before: current, after }
}

export function archiveChange(current: Interview, archived: boolean, at: Date): HistoryEntry | null {
  if (current.archived === archived) return null
  const after: Interview = { ...current, archived, updatedAt: at.toISOString() }
  const label = `${archived ? 'Archive' : 'Unarchive'} ${current.company}`
  return { label, interviewId: current.id, before: current, after }
}

export function deleteChange(current: Interview): HistoryEntry {
  return { label: `Delete ${current.company}`, interviewId: current.id, before: current, after: null }
}

const ACTION_LABELS: Record<TaskAction, string> = {
  done: 'Mark done',
  dismiss: 'Dismiss',
  reopen: 'Reopen',
  snooze: 'Snooze',
}

/** A user's action on one follow-up task, undoable like any other change. */
export function taskChange(
  current: Interview,
  taskId: string,
  apply: (task: FollowUpTask) => FollowUpTask,
  action: TaskAction,
  at: Date,
): HistoryEntry | null {
  const task = current.tasks.find((candidate) => candidate.id === taskId)
  if (!task) throw new ApiError({ code: 'not-found', message: `${current.company} has no follow-up with id ${taskId}` })
  const changed = apply(task)
  if (JSON.stringify(changed) === JSON.stringify(task)) return null
  const tasks = current.tasks.map((candidate) => (candidate === task ? changed : candidate))
  const after: Interview = { ...current, tasks, updatedAt: at.toISOString() }
  return { label: `${ACTION_LABELS[action]}: ${task.title}`, interviewId: current.id, before: current, after }
}
