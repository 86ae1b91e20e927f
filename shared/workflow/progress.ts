import type { FollowUpTask, Interview, StillSendAnswer, TaskCloseReason } from '../domain/interview'
import type { Preferences } from '../domain/settings'
import { isOutcomeStage, STAGE_IDS, type StageId } from '../domain/stages'
import { firstGoodCallWindowAfter } from './call-windows'
import { atInterview, hasBegun } from './due-times'
import { sortByDue } from './generate'
import { leadsWhenDue, taskTitles, type TaskKind } from './task-kinds'
import { completeTask, effectiveDue, orderOpenTasks } from './task-state'
import { instantToWallTime } from './time-zone'
import { addWorkingDays, compareWall, dayOf, wallAt, type WallDateTime } from './wall-time'

/**
 * Tasks that follow the user's progress. Moving a card, recording an outcome or saving a summary
 * closes the tasks it makes moot, with the reason (`closedBy`), so they stay listed as skipped,
 * reopen in one click, and an undo of the change brings them back. Every function returns new tasks
 * and leaves the given ones as they were.
 */

/**
 * The stage whose work a task is: the card leaves that stage once it is done, so a card moved past the
 * stage no longer needs it. The summary belongs to no stage (it is worth writing whenever), nor do the
 * outcome's own steps.
 */
const STAGE_OF_TASK: Partial<Record<TaskKind, StageId>> = {
  'ask-decision-details': 'interviewed',
  'collect-card': 'interviewed',
  'thank-you-email': 'interviewed',
  'linkedin-request': 'thanked',
  'formal-letter': 'thanked',
  'inquire-result': 'awaiting-result',
  'check-again': 'result-inquired',
}

/** A stage that a card's follow-ups can say it has reached (stage-reached.ts), and a move into it says was done. */
export type ReachedStage = 'thanked' | 'letter-sent' | 'result-inquired'

/**
 * The follow-ups whose sending is what a later stage stands for: the thank-you makes a card Thanked,
 * the letter Letter sent, the inquiry Result inquired. The other steps belong to a stage without
 * moving the card when done. Outcomes are news only the user has, never reached this way.
 */
export const STAGE_SENDING: ReadonlyArray<readonly [TaskKind, ReachedStage]> = [
  ['thank-you-email', 'thanked'],
  ['formal-letter', 'letter-sent'],
  ['inquire-result', 'result-inquired'],
]

/** The stage a follow-up's sending stands for, if any. */
export function stageSentBy(task: Pick<FollowUpTask, 'kind'>): ReachedStage | undefined {
  return STAGE_SENDING.find(([kind]) => kind === task.kind)?.[1]
}

/** What asking about the result is made of: moot once the result is in. */
const INQUIRY_KINDS: readonly string[] = ['ask-decision-details', 'inquire-result', 'check-again']

/** The courtesies an outcome may make moot, but only when the user says so ("Still send the letter?"). */
export const COURTESY_KINDS: readonly string[] = ['thank-you-email', 'linkedin-request', 'formal-letter']

function stageIndex(stage: StageId): number {
  return STAGE_IDS.indexOf(stage)
}

/** The stage a task's work belongs to, if any. */
export function stageOfTask(task: Pick<FollowUpTask, 'kind'>): StageId | undefined {
  return STAGE_OF_TASK[task.kind as TaskKind]
}

function close(task: FollowUpTask, status: 'done' | 'skipped', reason: TaskCloseReason, at: Date): FollowUpTask {
  const { snoozedUntil: _snooze, ...rest } = task
  return { ...rest, status, closedBy: reason, completedAt: at.toISOString() }
}

function reopen(task: FollowUpTask): FollowUpTask {
  const { completedAt: _completedAt, closedBy: _closedBy, ...rest } = task
  return { ...rest, status: 'open' }
}

/**
 * The open follow-ups a move to the progress stage `stage` skips: those of the stages before it. The move
 * (tasksAfterProgress) and the prompt that offers it ("Moving it skips …") read this one rule.
 */
export function skippedBy(stage: StageId, tasks: readonly FollowUpTask[]): FollowUpTask[] {
  const there = stageIndex(stage)
  return tasks.filter((task) => {
    const own = task.status === 'open' ? stageOfTask(task) : undefined
    return own !== undefined && stageIndex(own) < there && !sentByMove(task, stage)
  })
}

/**
 * A move into the stage a sending stands for is the user's word that they sent it: a card moved to
 * Letter sent had its letter "Skipped: you moved past this stage", and the notice said "Skipped “Send a
 * formal letter…”" to a user who had just posted it (walkthroughs, first for Result inquired).
 */
function sentByMove(task: FollowUpTask, stage: StageId): boolean {
  return task.status === 'open' && stageSentBy(task) === stage
}

/**
 * A card moved between progress stages. Forward: the open tasks of every stage passed are skipped by
 * progress, but a move into the stage a sending stands for says the user sent it (sentByMove): moved
 * to Letter sent, the letters are done, not skipped; to Result inquired, the inquiry. Back: the tasks the moves closed whose
 * stage is again ahead (or current) reopen, and so do those an outcome closed when no result date is
 * recorded, since the outcome was taken back.
 */
export function tasksAfterProgress(
  tasks: FollowUpTask[],
  fromStage: StageId,
  toStage: StageId,
  outcomeRecorded: boolean,
  at: Date,
): FollowUpTask[] {
  if (isOutcomeStage(toStage)) return tasks
  const target = stageIndex(toStage)
  const movingBack = isOutcomeStage(fromStage) || target < stageIndex(fromStage)
  const skipped = new Set(skippedBy(toStage, tasks))
  return tasks.map((task) => {
    const stage = stageOfTask(task)
    if (stage === undefined) return task
    if (sentByMove(task, toStage)) {
      return close(task, 'done', task.kind === 'inquire-result' ? 'asked-by-move' : 'sent-by-move', at)
    }
    if (skipped.has(task)) return close(task, 'skipped', 'stage-passed', at)
    if (!movingBack) return task
    const closedByMove =
      task.closedBy === 'stage-passed' || task.closedBy === 'asked-by-move' || task.closedBy === 'sent-by-move'
    if (closedByMove && stageIndex(stage) >= target) return reopen(task)
    if (task.closedBy === 'outcome' && !outcomeRecorded && stageIndex(stage) >= target) return reopen(task)
    return task
  })
}

export interface OutcomeProgress {
  tasks: FollowUpTask[]
  stillSend: StillSendAnswer | undefined
}

/**
 * An outcome came in (a move to Next round, Offer or Not selected, or a result date): the result
 * inquiry is moot and is skipped. The thank-you, LinkedIn and letter tasks still open are a question
 * for the user, asked once ("Still send the letter?"): until they answer, the default from Settings
 * holds, and a "no" default skips them (superseded) at once.
 */
export function tasksAfterOutcome(
  tasks: FollowUpTask[],
  stillSend: StillSendAnswer | undefined,
  preferences: Pick<Preferences, 'stillSendAfterOutcome'>,
  at: Date,
): OutcomeProgress {
  const hasOpenCourtesy = tasks.some((task) => task.status === 'open' && COURTESY_KINDS.includes(task.kind))
  // An earlier answer stands; otherwise ask, once, only when there is something to ask about.
  const answer = stillSend ?? (hasOpenCourtesy ? 'ask' : undefined)
  const skipCourtesy = answer === 'no' || (answer === 'ask' && !preferences.stillSendAfterOutcome)
  const closed = tasks.map((task) => {
    if (task.status !== 'open') return task
    if (INQUIRY_KINDS.includes(task.kind)) return close(task, 'skipped', 'outcome', at)
    if (skipCourtesy && COURTESY_KINDS.includes(task.kind)) return close(task, 'skipped', 'superseded', at)
    return task
  })
  return { tasks: closed, stillSend: answer }
}

/**
 * Not selected: the thanks after a no goes to each interviewer, so a same-day thank-you email to one of
 * them still open is closed by the outcome (reopened if the outcome is taken back). Both stayed open, two
 * thank-yous to the same person, the later one listed first (a walkthrough).
 */
export function thanksSupersededByRejection(
  tasks: FollowUpTask[],
  interviewerIds: ReadonlySet<string>,
  at: Date,
): FollowUpTask[] {
  return tasks.map((task) =>
    task.status === 'open' && task.kind === 'thank-you-email' && task.personId && interviewerIds.has(task.personId)
      ? close(task, 'skipped', 'outcome', at)
      : task,
  )
}

/**
 * What "Still send …?" is about: the thank-you, LinkedIn and letter follow-ups still open, or set aside
 * by the outcome until the answer. None left (all marked done since), there is nothing to ask: it asked
 * anyway, and "No, skip them" said "Skipped 0 follow-ups still to send." (a walkthrough).
 */
export function courtesiesAwaitingAnswer(tasks: readonly FollowUpTask[]): FollowUpTask[] {
  return tasks.filter(
    (task) =>
      COURTESY_KINDS.includes(task.kind) &&
      (task.status === 'open' || (task.status === 'skipped' && task.closedBy === 'superseded')),
  )
}

/** The user's answer to "Still send the letter?": no skips the open courtesies, yes reopens those it skipped. */
export function answerStillSend(tasks: FollowUpTask[], send: boolean, at: Date): OutcomeProgress {
  const answered = tasks.map((task) => {
    if (!COURTESY_KINDS.includes(task.kind)) return task
    if (!send && task.status === 'open') return close(task, 'skipped', 'superseded', at)
    if (send && task.status === 'skipped' && task.closedBy === 'superseded') return reopen(task)
    return task
  })
  return { tasks: answered, stillSend: send ? 'yes' : 'no' }
}

/**
 * A later round of the process is on the board: the reply to the invitation ("Confirm the next round
 * with …") is done, since its date is known. It stayed open and led round 1's Next, with a reminder
 * (a walkthrough).
 */
export function tasksAfterLaterRound(tasks: FollowUpTask[], at: Date): FollowUpTask[] {
  return tasks.map((task) =>
    task.status === 'open' && task.kind === 'reply-quickly' ? close(task, 'done', 'later-round-added', at) : task,
  )
}

/** Notes saved with a summary: "Write your summary" is done. */
export function tasksAfterSummary(tasks: FollowUpTask[], at: Date): FollowUpTask[] {
  return tasks.map((task) =>
    task.status === 'open' && task.kind === 'write-summary' ? close(task, 'done', 'summary-saved', at) : task,
  )
}

/**
 * "All done up to today" for an interview entered late: every open task due by now is done, but asking
 * for the result and the like (leadsWhenDue), which are not asked about: a walkthrough's one click on it
 * closed "Email Mara Lind to ask about the result" with the thank-yous, and nothing reminded them to ask.
 */
export function tasksDoneUpTo(tasks: FollowUpTask[], nowInZone: WallDateTime, at: Date): FollowUpTask[] {
  return tasks.map((task) =>
    task.status === 'open' && !leadsWhenDue(task) && compareWall(task.due, nowInZone) <= 0
      ? close(task, 'done', 'already-done', at)
      : task,
  )
}

/** The follow-ups ticked in "Which of these have you already done?": those still open are done. */
export function tasksAlreadyDone(tasks: FollowUpTask[], taskIds: ReadonlySet<string>, at: Date): FollowUpTask[] {
  return tasks.map((task) =>
    task.status === 'open' && taskIds.has(task.id) ? close(task, 'done', 'already-done', at) : task,
  )
}

/**
 * When an interview was entered, on its clock, if that was after it began (later that hour, that day or
 * on a later day); else null. Entered before it, nothing was due yet that the user had not seen. Entered
 * 20 minutes into it (a short call, added as it ended), the card to collect and the question of when they
 * decide, due at its start, read "20 min overdue" from the moment it was saved: a walkthrough.
 */
function enteredLateAt(interview: Pick<Interview, 'createdAt' | 'timeZone' | 'date' | 'time'>): WallDateTime | null {
  const entered = instantToWallTime(new Date(interview.createdAt), interview.timeZone)
  return compareWall(entered, atInterview(interview)) > 0 ? entered : null
}

/**
 * Whether "Which of these have you already done?" asks about a task: open and due when the interview was
 * entered. Asking for the result is never asked about: due at entry, the decision date has passed with
 * no word, and asking is the next thing to do (first under Next), not a chore from the past.
 */
function dueBy(task: FollowUpTask, entered: WallDateTime): boolean {
  return task.status === 'open' && !leadsWhenDue(task) && compareWall(effectiveDue(task), entered) <= 0
}

/**
 * For an interview entered after it was over, the open tasks that were already due when it was entered
 * (a snooze since moves one out): entered later that day, the card to collect and the question of when
 * they decide, due at its start, are asked about rather than shown overdue from the moment it is saved.
 */
export function tasksDueAtEntry(
  interview: Pick<Interview, 'tasks' | 'createdAt' | 'timeZone' | 'date' | 'time'>,
): FollowUpTask[] {
  const entered = enteredLateAt(interview)
  return entered ? interview.tasks.filter((task) => dueBy(task, entered)) : []
}

type EnteredInterview = Pick<Interview, 'tasks' | 'createdAt' | 'timeZone' | 'date' | 'time' | 'noneDoneYet'>

/** What "Which of these have you already done?" lists: the tasks due at entry, until the user answers "None yet". */
export function tasksToAskIfDone(interview: EnteredInterview): FollowUpTask[] {
  return interview.noneDoneYet ? [] : tasksDueAtEntry(interview)
}

/** Whether "Which of these have you already done?" asks about this task of the interview (tasksToAskIfDone, for one). */
export function isAskedIfDone(interview: Omit<EnteredInterview, 'tasks'>, task: FollowUpTask): boolean {
  if (interview.noneDoneYet) return false
  const entered = enteredLateAt(interview)
  return entered !== null && dueBy(task, entered)
}

type CheckAgainSubject = Pick<Interview, 'tasks' | 'timeZone' | 'decision' | 'company' | 'interviewers'>
type CheckAgainPreferences = Pick<Preferences, 'checkAgainAfterDays' | 'workingHours' | 'lunch'>

/**
 * Once the result has been asked for (the inquiry marked done, or the card moved to Result inquired),
 * one polite "check again" follows after the preferred number of business days, in the first good call
 * window of that day, so asking never ends in silence; an outcome skips it. Only one is ever planned
 * per interview, so the app never nags.
 */
export function withCheckAgain(
  interview: CheckAgainSubject,
  preferences: CheckAgainPreferences,
  options: { now: Date; newId: () => string },
): FollowUpTask[] {
  const { tasks } = interview
  if (tasks.some((task) => task.kind === 'check-again')) return tasks
  const today = dayOf(instantToWallTime(options.now, interview.timeZone))
  const from = wallAt(addWorkingDays(today, preferences.checkAgainAfterDays), '00:00')
  const window = firstGoodCallWindowAfter(from, preferences)
  const checkAgain: FollowUpTask = {
    id: options.newId(),
    kind: 'check-again',
    title: taskTitles.checkAgain(interview.decision, interview.company, interview.interviewers),
    due: wallAt(window.date, window.start),
    status: 'open',
  }
  return sortByDue([...tasks, checkAgain])
}

/**
 * The day (ISO, in the interview's zone) the user asked about the result, which the check again refers
 * to: when the inquiry was marked done or moved to Result inquired (skipped by that move before it
 * counted as asking); '' when not known.
 */
export function resultAskedOn(interview: Pick<Interview, 'tasks' | 'timeZone'>): string {
  const askedAt = interview.tasks
    .filter((task) => task.kind === 'inquire-result' && (task.status === 'done' || task.closedBy === 'stage-passed'))
    .map((task) => task.completedAt ?? '')
    .sort()
    .at(-1)
  return askedAt ? dayOf(instantToWallTime(new Date(askedAt), interview.timeZone)) : ''
}

/**
 * "Ask when they will decide…" still open: not asked at the interview. The thank-you emails then ask it
 * (templates.ts), and sending one closes it. A walkthrough's interview, entered the day after, led Next
 * with it "overdue" and "Nothing to write for this one", above the thank-you that could ask it.
 */
export function decisionStillToAsk(tasks: readonly FollowUpTask[]): FollowUpTask | undefined {
  return tasks.find((task) => task.status === 'open' && task.kind === 'ask-decision-details')
}

/**
 * The open follow-up to lead with, which Next opens and the card names: the first in the order to do
 * them (orderOpenTasks), except that once the interview has begun, "Ask when they will decide…" gives
 * way to a thank-you still to send, which asks it (decisionStillToAsk). The card led with the question
 * "overdue" while Next opened the thank-you (a walkthrough).
 */
export function leadingTask(interview: InterviewTasks, nowInZone: WallDateTime): FollowUpTask | undefined {
  const open = orderOpenTasks(interview.tasks, nowInZone)
  return open.find((task) => !isAskedInThanks(interview, task, nowInZone)) ?? open[0]
}

type InterviewTasks = Pick<Interview, 'date' | 'time' | 'tasks'>

/** "Ask when they will decide…", open once the interview has begun, with a thank-you still to send that asks it. */
export function isAskedInThanks(interview: InterviewTasks, task: FollowUpTask, nowInZone: WallDateTime): boolean {
  if (task.kind !== 'ask-decision-details' || task.status !== 'open' || !hasBegun(interview, nowInZone)) return false
  return interview.tasks.some((each) => each.status === 'open' && each.kind === 'thank-you-email')
}

/**
 * A follow-up marked done. The result inquiry's done is the asking, so the check again is planned
 * (withCheckAgain); a thank-you email's asked what was not known of the decision (decisionStillToAsk).
 */
export function tasksAfterDone(
  interview: CheckAgainSubject,
  taskId: string,
  preferences: CheckAgainPreferences,
  options: { now: Date; newId: () => string },
): FollowUpTask[] {
  const done = interview.tasks.find((task) => task.id === taskId)
  const asked = done?.kind === 'thank-you-email' ? decisionStillToAsk(interview.tasks) : undefined
  const tasks = interview.tasks.map((task) => {
    if (task === done) return completeTask(task, options.now)
    return task === asked ? close(task, 'done', 'asked-in-thanks', options.now) : task
  })
  return done?.kind === 'inquire-result' ? withCheckAgain({ ...interview, tasks }, preferences, options) : tasks
}
