import type { FollowUpTask, Interview, Person } from '../../shared/domain/interview'
import type { Preferences } from '../../shared/domain/settings'
import {
  MESSAGE_TEMPLATE_IDS,
  MESSAGE_TEMPLATES,
  suggestedMessage,
  templatesForTask,
  type MessageRecipient,
  type MessageTemplateId,
  type RenderedMessage,
} from '../../shared/messages'
import { effectiveDue, firstGoodCallWindowAfter, instantToWallTime, type DatedCallWindow } from '../../shared/workflow'
import { compareWall } from '../../shared/workflow/wall-time'

/**
 * What an interview's tab offers to write: for each open follow-up the messages that serve it (the
 * suggested one first), or any message on its own; who each can go to; one message per person
 * ticked, each closing that person's own follow-up; and the draft each starts from.
 */

export interface MessageChoice {
  /** Stable while the follow-up is open: `<task id>:<template id>`, or `any:<template id>`. */
  key: string
  templateId: MessageTemplateId
  /** The open follow-up that sending this message completes. */
  task?: FollowUpTask
}

export interface RecipientOption {
  person: Person
  /** "Interviewer" or "Arranged the interview". */
  role: string
}

/** The slot of the message written on its own, not for a follow-up. */
export const ANY_MESSAGE = 'any'

export function choiceKey(templateId: MessageTemplateId, task?: FollowUpTask): string {
  return `${task?.id ?? ANY_MESSAGE}:${templateId}`
}

/** An interview's open follow-ups, soonest due (or snoozed until) first. */
export function openFollowUps(interview: Interview): FollowUpTask[] {
  return interview.tasks
    .filter((task) => task.status === 'open')
    .sort((a, b) => compareWall(effectiveDue(a), effectiveDue(b)))
}

/**
 * The messages that complete a follow-up, the suggested one first; every message without one. A
 * step for one person (thank Dana) has the one message that fits them; a shared step offers each way.
 */
export function choicesFor(interview: Interview, task?: FollowUpTask): MessageChoice[] {
  if (!task) return MESSAGE_TEMPLATE_IDS.map((templateId) => ({ key: choiceKey(templateId), templateId }))
  const templates = templatesForTask(task.kind)
  const suggested = suggestedMessage(interview, task)?.templateId
  const ordered = !suggested
    ? templates
    : task.personId
      ? [suggested]
      : [suggested, ...templates.filter((id) => id !== suggested)]
  return ordered.map((templateId) => ({ key: choiceKey(templateId, task), templateId, task }))
}

/** The choice with this key, else the first (the suggested message); undefined when there is none. */
export function findChoice(choices: readonly MessageChoice[], key: string | undefined): MessageChoice | undefined {
  return choices.find((choice) => choice.key === key) ?? choices[0]
}

export function recipientOptions(interview: Interview): RecipientOption[] {
  return [
    ...interview.interviewers.map((person) => ({ person, role: 'Interviewer' })),
    ...interview.arrangers.map((person) => ({ person, role: 'Arranged the interview' })),
  ]
}

/** Whom the suggestion addresses: a person of the interview, or someone known only by name. */
function suggestedRecipient(interview: Interview, choice: MessageChoice): MessageRecipient | undefined {
  return choice.task ? suggestedMessage(interview, choice.task)?.recipient : undefined
}

/** The id of a stored person; undefined for someone known only by name. */
function personIdOf(recipient: MessageRecipient | undefined): string | undefined {
  return recipient && 'id' in recipient && typeof recipient.id === 'string' ? recipient.id : undefined
}

/** The people ticked at first: the one the follow-up is about, when they are on the interview. */
export function defaultRecipientIds(interview: Interview, choice: MessageChoice): string[] {
  const id = personIdOf(suggestedRecipient(interview, choice))
  return recipientOptions(interview).some(({ person }) => person.id === id) ? [id!] : []
}

/** One message to write: to one person (or to nobody yet), and the follow-up that sending it closes. */
export interface MessageTarget {
  /** The person's id; '' for the one message without a recipient. */
  key: string
  person?: Person
  /** Whom the greeting names: the person, or someone the suggestion knows only by name. */
  recipient?: MessageRecipient
  /** The open follow-up "Mark sent" closes: this person's own step of the same kind, or the shared step. */
  closes?: FollowUpTask
}

function followUpClosedBy(interview: Interview, choice: MessageChoice, person: Person): FollowUpTask | undefined {
  const { task } = choice
  if (!task) return undefined
  if (!task.personId) return task
  return interview.tasks.find(
    (each) => each.status === 'open' && each.kind === task.kind && each.personId === person.id,
  )
}

/**
 * One message per ticked person, each with its own greeting and its own follow-up to close; with
 * nobody ticked, one message greeting whoever the suggestion knows only by name (or nobody).
 */
export function messageTargets(
  interview: Interview,
  choice: MessageChoice,
  recipients: readonly Person[],
): MessageTarget[] {
  if (recipients.length === 0) {
    const suggested = suggestedRecipient(interview, choice)
    const nameOnly = personIdOf(suggested) === undefined ? suggested : undefined
    return [{ key: '', ...(nameOnly ? { recipient: nameOnly } : {}), ...(choice.task ? { closes: choice.task } : {}) }]
  }
  return recipients.map((person) => {
    const closes = followUpClosedBy(interview, choice, person)
    return { key: person.id, person, recipient: person, ...(closes ? { closes } : {}) }
  })
}

/** The first good window to phone in, from when the inquiry is due (or now, if later), on the interview's clock. */
export function callWindowFor(
  interview: Interview,
  task: FollowUpTask,
  preferences: Preferences,
  now: Date,
): DatedCallWindow {
  const due = effectiveDue(task)
  const current = instantToWallTime(now, interview.timeZone)
  return firstGoodCallWindowAfter(compareWall(due, current) >= 0 ? due : current, preferences)
}

export interface DraftInputs {
  interview: Interview
  choice: MessageChoice
  recipient: MessageRecipient | undefined
  notePoint: string
  preferences: Preferences
  /** The call window as the script should say it, for a phone message. */
  callWindow?: string
}

/** The message as the template writes it for one recipient, before the user edits anything. */
export function renderDraft({
  interview,
  choice,
  recipient,
  notePoint,
  preferences,
  callWindow,
}: DraftInputs): RenderedMessage {
  return MESSAGE_TEMPLATES[choice.templateId].render({
    interview,
    recipient,
    notePoint,
    linkedInLimit: preferences.linkedInNoteLimit,
    sender: preferences.you,
    ...(callWindow ? { callWindow } : {}),
  })
}
