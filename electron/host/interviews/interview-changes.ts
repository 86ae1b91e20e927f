import { ApiError } from '../../../shared/api/errors'
import type {
  FollowUpTask,
  HistoryEntry,
  Interview,
  InterviewFields,
  SentMessage,
  TaskAction,
} from '../../../shared/domain/interview'
import { markedSentLabel } from '../../../shared/messages/marked-sent'
import { isOutcomeStage, STAGE_IDS, stageLabel, type StageId } from '../../../shared/domain/stages'
import { resultDayAfterEdit, type OutcomeProgress, type WorkflowInterview } from '../../../shared/workflow'
import { tasksAfterLaterRound, tasksAlreadyDone } from '../../../shared/workflow/progress'
import { roundsConfirmedBy } from '../../../shared/workflow/rounds'
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
  forNew(draft: WorkflowInterview & Pick<Interview, 'outcome'>): OutcomeProgress
  afterEdit(current: Interview, edited: Interview): OutcomeProgress
  /** The interview with the result day a move to `toStage` records or takes back (shared/workflow/result-day.ts). */
  resultDay(current: Interview, toStage: StageId): Interview
  afterMove(current: Interview, toStage: StageId): OutcomeProgress
  /** The follow-up `taskId` done (now, or `at`), and the one "check again" a result inquiry's done plans. */
  afterDone(current: Interview, taskId: string, at?: Date): FollowUpTask[]
  doneUpToNow(current: Interview): FollowUpTask[]
  afterSummary(current: Interview): FollowUpTask[]
  stillSend(current: Interview, send: boolean): OutcomeProgress
}

/** The interview with its tasks and its "Still send the letter?" answer as planned. */
function withProgress(interview: Interview, progress: OutcomeProgress): Interview {
  const { stillSend: _stillSend, ...rest } = interview
  const planned = { ...rest, tasks: progress.tasks }
  return progress.stillSend === undefined ? planned : { ...planned, stillSend: progress.stillSend }
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
  const draft: Interview = {
    id,
    ...fields,
    stage: isOutcomeStage(stage) ? STAGE_IDS[0] : stage,
    order: keyAtEndOf(interviews.values(), stage),
    archived: false,
    tasks: [],
    createdAt: stamp,
    updatedAt: stamp,
  }
  const entered = withProgress(draft, planner.forNew(draft))
  // Entered with its result (the form's Outcome): planned as new in Interviewed, then moved to the outcome
  // as Next's "Heard back?" and the board move it. It stayed in Interviewed, asking "Heard back?" beside
  // "Skipped: the result is in", with no reply to the offer (a walkthrough).
  const after = isOutcomeStage(stage) ? { ...plannedMove(entered, stage, planner), stage } : entered
  return { label: `Add ${fields.company}`, interviewId: id, before: null, after }
}

/** The interview's result day and tasks after a move to another stage (its stage and order are the caller's). */
function plannedMove(current: Interview, stage: StageId, planner: TaskPlanner): Interview {
  // The result day first: the tasks of a card moved back read whether a result is still recorded.
  const recorded = planner.resultDay(current, stage)
  return withProgress(recorded, planner.afterMove(recorded, stage))
}

/** A later round added: each earlier round waiting in Next round has its "Confirm the next round" done. */
export function laterRoundChanges(interviews: InterviewLookup, added: Interview, at: Date): HistoryEntry[] {
  return roundsConfirmedBy(added, interviews.values()).flatMap((earlier) => {
    const planned = { ...earlier, tasks: tasksAfterLaterRound(earlier.tasks, at) }
    return tasksChange(earlier, `Next round confirmed: ${earlier.company}`, planned, at) ?? []
  })
}

/** Null when the fields are what the interview already has: nothing to save or undo. */
export function updateChange(
  current: Interview,
  fields: InterviewFields,
  at: Date,
  planner: TaskPlanner,
): HistoryEntry | null {
  const edited: Interview = resultDayAfterEdit(current, { ...current, ...fields })
  if (JSON.stringify(edited) === JSON.stringify(current)) return null
  const after = { ...withProgress(edited, planner.afterEdit(current, edited)), updatedAt: at.toISOString() }
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
  const planned = stage === current.stage ? current : plannedMove(current, stage, planner)
  const after: Interview = { ...planned, stage, order, updatedAt: at.toISOString() }
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
  dismiss: 'Skip',
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
  const task = requireTask(current, taskId)
  const changed = apply(task)
  if (JSON.stringify(changed) === JSON.stringify(task)) return null
  const tasks = current.tasks.map((candidate) => (candidate === task ? changed : candidate))
  const after: Interview = { ...current, tasks, updatedAt: at.toISOString() }
  return { label: `${ACTION_LABELS[action]}: ${task.title}`, interviewId: current.id, before: current, after }
}

function requireTask(current: Interview, taskId: string): FollowUpTask {
  const task = current.tasks.find((candidate) => candidate.id === taskId)
  if (!task) throw new ApiError({ code: 'not-found', message: `${current.company} has no follow-up with id ${taskId}` })
  return task
}

/** Changed tasks as one undoable change; null when nothing changed. */
function tasksChange(current: Interview, label: string, planned: Interview, at: Date): HistoryEntry | null {
  if (JSON.stringify(planned) === JSON.stringify(current)) return null
  return { label, interviewId: current.id, before: current, after: { ...planned, updatedAt: at.toISOString() } }
}

/**
 * A follow-up marked done: a result inquiry's done plans one "check again" too (shared/workflow/progress.ts).
 * Done by Mark sent, the change is named as the message that went ("Mark sent: the email to Dana Reyes").
 */
export function doneChange(
  current: Interview,
  taskId: string,
  at: Date,
  planner: TaskPlanner,
  sent?: SentMessage,
): HistoryEntry | null {
  const task = requireTask(current, taskId)
  const planned = { ...current, tasks: planner.afterDone(current, taskId) }
  const label = sent ? markedSentLabel(sent) : `${ACTION_LABELS.done}: ${task.title}`
  return tasksChange(current, label, planned, at)
}

/** "All done up to today" on an interview entered late; with `taskIds`, "Mark the ticked ones done". */
export function doneUpToNowChange(
  current: Interview,
  at: Date,
  planner: TaskPlanner,
  taskIds?: readonly string[],
): HistoryEntry | null {
  if (!taskIds) {
    const planned = { ...current, tasks: planner.doneUpToNow(current) }
    return tasksChange(current, `Mark done up to today: ${current.company}`, planned, at)
  }
  const ids = new Set(taskIds)
  for (const id of ids) {
    if (!current.tasks.some((task) => task.id === id))
      throw new ApiError({ code: 'not-found', message: `${current.company} has no follow-up with id ${id}` })
  }
  // The ticked ones done answers "Which of these have you already done?": the rest stay to do.
  const planned: Interview = { ...current, tasks: tasksAlreadyDone(current.tasks, ids, at), noneDoneYet: true }
  const label = ids.size === 1 ? 'Mark done: 1 follow-up' : `Mark done: ${ids.size} follow-ups`
  return tasksChange(current, `${label} of ${current.company}`, planned, at)
}

/** "None yet" on an interview entered late: the question "Which of these have you already done?" is answered. */
export function noneDoneYetChange(current: Interview, at: Date): HistoryEntry | null {
  return tasksChange(current, `None done yet: ${current.company}`, { ...current, noneDoneYet: true }, at)
}

/** The answer to "Still send the letter?". */
export function stillSendChange(
  current: Interview,
  send: boolean,
  at: Date,
  planner: TaskPlanner,
): HistoryEntry | null {
  const planned = withProgress(current, planner.stillSend(current, send))
  const label = send ? `Still send thanks: ${current.company}` : `Send no more thanks: ${current.company}`
  return tasksChange(current, label, planned, at)
}
