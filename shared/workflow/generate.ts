import type { FollowUpTask, Interview, Person } from '../domain/interview'
import type { Preferences } from '../domain/settings'
import { isOutcomeStage } from '../domain/stages'
import {
  afterDecisionDate,
  atInterview,
  endOfInterviewDay,
  endOfNextWorkingDay,
  fewDaysLater,
  interviewEnd,
  replyDeadline,
} from './due-times'
import { outsideQuietHours } from './quiet-hours'
import { instantToWallTime } from './time-zone'
import { taskTitles, type TaskKind } from './task-kinds'
import { compareWall, type WallDateTime } from './wall-time'

/** What the rules read from an interview; a new interview has these before it has an id. */
export const WORKFLOW_FIELDS = [
  'company',
  'date',
  'time',
  'timeZone',
  'interviewers',
  'arrangers',
  'decision',
  'stage',
  'format',
] as const satisfies readonly (keyof Interview)[]
export type WorkflowInterview = Pick<Interview, (typeof WORKFLOW_FIELDS)[number]>

/** Whether two versions of an interview ask for the same steps: an edit of anything else leaves its tasks as they are. */
export function sameWorkflowInputs(a: WorkflowInterview, b: WorkflowInterview): boolean {
  return WORKFLOW_FIELDS.every(
    (field) => a[field] === b[field] || JSON.stringify(a[field]) === JSON.stringify(b[field]),
  )
}

/** A step the workflow asks for, before it becomes a stored task. */
export interface FollowUpStep {
  kind: TaskKind
  personId?: string
  title: string
  due: WallDateTime
}

export interface StepTiming {
  /** The present instant; the rules never read a clock of their own. */
  now: Date
  /** When the interview entered its current stage; outcome steps count from it. Defaults to `now`. */
  stageEnteredAt?: Date
  /** The user's clock, whose quiet hours no step falls in (outsideQuietHours). Defaults to the interview's. */
  userZone?: string
}

export interface IdSource {
  newId: () => string
}

/** The decision details are incomplete while the date or the channel is unknown: both drive the inquiry. */
function decisionDetailsMissing(interview: WorkflowInterview): boolean {
  return interview.decision.expectedDate === '' || interview.decision.channel === ''
}

function perPerson(
  kind: TaskKind,
  people: Person[],
  title: (person: Person) => string,
  due: WallDateTime,
): FollowUpStep[] {
  return people.map((person) => ({ kind, personId: person.id, title: title(person), due }))
}

/**
 * A card gives the spelling, the title and the address the thank-you needs. In person, ask for each
 * interviewer's until it is noted as collected or its title and email address are in the record (a
 * walkthrough typed both from the card and still had "Get Sabine Krüger's business card" overdue at the
 * top of Next); on video or the phone no card changes hands, so ask for the email address of those whose
 * address is not known yet (a walkthrough: "Get Lena Vogel's business card" for a video call).
 */
function cardSteps(interview: WorkflowInterview, atStart: WallDateTime): FollowUpStep[] {
  const { interviewers } = interview
  if (interview.format === 'in-person') {
    const withoutCard = interviewers.filter((person) => !person.cardCollected && (!person.title || !person.email))
    return perPerson('collect-card', withoutCard, taskTitles.collectCard, atStart)
  }
  const withoutAddress = interviewers.filter((person) => !person.cardCollected && person.email === '')
  return perPerson('collect-card', withoutAddress, taskTitles.collectContactDetails, atStart)
}

/** Everyone who gets a same-day thank-you: the interviewers and whoever arranged the interview, once each. */
function peopleToThank(interview: WorkflowInterview): Person[] {
  const interviewerIds = new Set(interview.interviewers.map((person) => person.id))
  return [...interview.interviewers, ...interview.arrangers.filter((person) => !interviewerIds.has(person.id))]
}

function outcomeSteps(interview: WorkflowInterview, preferences: Preferences, enteredAt: Date): FollowUpStep[] {
  const { stage, company, timeZone } = interview
  if (stage === 'offer' || stage === 'next-round') {
    const title = stage === 'offer' ? taskTitles.replyToOffer(company) : taskTitles.replyToNextRound(company)
    return [{ kind: 'reply-quickly', title, due: replyDeadline(enteredAt, timeZone, preferences) }]
  }
  if (stage === 'not-selected') {
    const due = endOfNextWorkingDay(enteredAt, timeZone, preferences)
    return perPerson('thank-after-rejection', interview.interviewers, taskTitles.thankAfterRejection, due)
  }
  return []
}

/** The steps the workflow asks for now, in due order. */
export function followUpSteps(
  interview: WorkflowInterview,
  preferences: Preferences,
  timing: StepTiming,
): FollowUpStep[] {
  const { interviewers, decision } = interview
  const atStart = atInterview(interview)
  const sameDay = endOfInterviewDay(interview, preferences)
  const steps: FollowUpStep[] = []

  if (decisionDetailsMissing(interview)) {
    steps.push({ kind: 'ask-decision-details', title: taskTitles.askDecisionDetails(decision), due: atStart })
  }
  steps.push(...cardSteps(interview, atStart))

  steps.push(...perPerson('thank-you-email', peopleToThank(interview), taskTitles.thankYouEmail, sameDay))
  steps.push({ kind: 'write-summary', title: taskTitles.writeSummary(), due: sameDay })
  steps.push(...perPerson('linkedin-request', interviewers, taskTitles.linkedinRequest, sameDay))

  const letterDue = fewDaysLater(interview, preferences)
  steps.push(...perPerson('formal-letter', interviewers, taskTitles.formalLetter, letterDue))

  const enteredAt = timing.stageEnteredAt ?? timing.now
  if (isOutcomeStage(interview.stage)) {
    steps.push(...outcomeSteps(interview, preferences, enteredAt))
  } else if (decision.expectedDate !== '') {
    const title = taskTitles.inquireResult(decision, interview.company, interview.interviewers)
    steps.push({ kind: 'inquire-result', title, due: afterDecisionDate(decision.expectedDate, preferences) })
  }
  return sortByDue(steps.map(outOfQuietHours(interview, preferences, timing.userZone, enteredAt)))
}

/**
 * The steps timed by the working day, out of the user's quiet hours (outsideQuietHours), never before the
 * interview ends, nor an outcome's before it came in. A step at the interview's start keeps its time, and
 * so do the inquiry and its check again: they are timed by when the other side takes a call.
 */
const WORKING_DAY_KINDS: ReadonlySet<TaskKind> = new Set([
  'thank-you-email',
  'write-summary',
  'linkedin-request',
  'formal-letter',
  'reply-quickly',
  'thank-after-rejection',
])

/** Moves one interview's steps out of the quiet hours; its end and the outcome's coming in are read once. */
function outOfQuietHours(
  interview: WorkflowInterview,
  { quietHours }: Preferences,
  userZone: string | undefined,
  enteredAt: Date,
): (step: FollowUpStep) => FollowUpStep {
  if (!quietHours) return (step) => step
  const ended = interviewEnd(interview)
  const entered = instantToWallTime(enteredAt, interview.timeZone)
  const outcomeFrom = compareWall(entered, ended) > 0 ? entered : ended
  const zone = userZone ?? interview.timeZone
  return (step) => {
    if (!WORKING_DAY_KINDS.has(step.kind)) return step
    const outcome = step.kind === 'reply-quickly' || step.kind === 'thank-after-rejection'
    const notBefore = outcome ? outcomeFrom : ended
    return { ...step, due: outsideQuietHours(step.due, interview.timeZone, zone, quietHours, notBefore) }
  }
}

/** A stable sort, so steps due together keep the workflow's order. */
export function sortByDue<T extends { due: WallDateTime }>(items: T[]): T[] {
  return [...items].sort((a, b) => compareWall(a.due, b.due))
}

export function stepToTask(step: FollowUpStep, newId: () => string): FollowUpTask {
  const task: FollowUpTask = { id: newId(), kind: step.kind, title: step.title, due: step.due, status: 'open' }
  return step.personId === undefined ? task : { ...task, personId: step.personId }
}

/** The follow-up checklist of an interview, as new open tasks. */
export function generateTasks(
  interview: WorkflowInterview,
  preferences: Preferences,
  options: IdSource & StepTiming,
): FollowUpTask[] {
  return followUpSteps(interview, preferences, options).map((step) => stepToTask(step, options.newId))
}
