import type { FollowUpTask, Interview, Person } from '../../shared/domain/interview'
import type { Preferences } from '../../shared/domain/settings'
import {
  MESSAGE_TEMPLATE_IDS,
  MESSAGE_TEMPLATES,
  personIdOf,
  suggestedMessage,
  suggestedRecipient,
  templateForPerson,
  templatesForTask,
  type MessageRecipient,
  type MessageTemplateId,
  type RenderedMessage,
} from '../../shared/messages'
import {
  decisionStillToAsk,
  effectiveDue,
  firstGoodCallWindowAfter,
  instantToWallTime,
  resultAskedOn,
  type DatedCallWindow,
} from '../../shared/workflow'
import { compareWall } from '../../shared/workflow/wall-time'

/**
 * What an interview's tab offers to write: for each open follow-up the messages that serve it (the
 * suggested one first), or any message on its own; who each can go to; and the draft each starts
 * from. One message per person ticked is shared/messages/per-person.ts.
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

/** The people ticked at first: the one the follow-up is about, when they are on the interview. */
export function defaultRecipientIds(interview: Interview, choice: MessageChoice): string[] {
  const id = personIdOf(suggestedRecipient(interview, choice.task))
  return recipientOptions(interview).some(({ person }) => person.id === id) ? [id!] : []
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

/**
 * The message as the template writes it for one recipient, before the user edits anything: the one their
 * own follow-up would give them when the choice is another person's step (templateForPerson).
 */
export function renderDraft({
  interview,
  choice,
  recipient,
  notePoint,
  preferences,
  callWindow,
}: DraftInputs): RenderedMessage {
  const templateId = templateForPerson(interview, choice.task, choice.templateId, recipient)
  return MESSAGE_TEMPLATES[templateId].render({
    interview,
    recipient,
    askedOn: resultAskedOn(interview),
    decisionToAsk: decisionStillToAsk(interview.tasks) !== undefined,
    notePoint,
    linkedInLimit: preferences.linkedInNoteLimit,
    sender: preferences.you,
    ...(callWindow ? { callWindow } : {}),
  })
}
