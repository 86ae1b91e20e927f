import type { FollowUpTask, Interview, Person } from '../../shared/domain/interview'
import type { Preferences } from '../../shared/domain/settings'
import {
  MESSAGE_TEMPLATE_IDS,
  MESSAGE_TEMPLATES,
  callWindowText,
  suggestedMessage,
  templatesForTask,
  type MessageRecipient,
  type MessageTemplateId,
  type RenderedMessage,
} from '../../shared/messages'
import { joinNames } from '../../shared/messages/wording'
import { effectiveDue, firstGoodCallWindowAfter, instantToWallTime } from '../../shared/workflow'
import { compareWall } from '../../shared/workflow/wall-time'

/**
 * What the Messages pane offers for one interview: the messages that serve each open follow-up
 * (the suggested one first), then every message on its own; who each can go to; and the draft
 * a choice starts from.
 */

export interface MessageChoice {
  /** Stable while the follow-up is open: `<task id>:<template id>`, or `any:<template id>`. */
  key: string
  templateId: MessageTemplateId
  /** The open follow-up that sending this message completes. */
  task?: FollowUpTask
}

export interface ChoiceGroup {
  label: string
  choices: MessageChoice[]
}

export interface RecipientOption {
  person: Person
  /** "Interviewer" or "Arranged the interview". */
  role: string
}

const OTHER_MESSAGES = 'Any message'

export function choiceKey(templateId: MessageTemplateId, task?: FollowUpTask): string {
  return `${task?.id ?? 'any'}:${templateId}`
}

/**
 * The messages that complete a follow-up, the suggested one first. A step for one person (thank
 * Dana) has the one message that fits them; a shared step (ask about the result) offers each way.
 */
function templatesServing(interview: Interview, task: FollowUpTask): MessageTemplateId[] {
  const templates = templatesForTask(task.kind)
  const suggested = suggestedMessage(interview, task)?.templateId
  if (!suggested) return templates
  if (task.personId) return [suggested]
  return [suggested, ...templates.filter((id) => id !== suggested)]
}

/** One group per open follow-up that is a message, soonest due first, then every message. */
export function messageChoiceGroups(interview: Interview): ChoiceGroup[] {
  const open = interview.tasks
    .filter((task) => task.status === 'open')
    .sort((a, b) => compareWall(effectiveDue(a), effectiveDue(b)))
  const groups = open.flatMap((task): ChoiceGroup[] => {
    const templates = templatesServing(interview, task)
    if (templates.length === 0) return []
    return [
      {
        label: task.title,
        choices: templates.map((templateId) => ({ key: choiceKey(templateId, task), templateId, task })),
      },
    ]
  })
  const anyMessage = MESSAGE_TEMPLATE_IDS.map((templateId) => ({ key: choiceKey(templateId), templateId }))
  return [...groups, { label: OTHER_MESSAGES, choices: anyMessage }]
}

/** The choice with this key, else the suggested message for the soonest open follow-up. */
export function findChoice(groups: readonly ChoiceGroup[], key: string | undefined): MessageChoice {
  const all = groups.flatMap((group) => group.choices)
  return all.find((choice) => choice.key === key) ?? all[0]!
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

/**
 * Whom the greeting names: the ticked people ("Dana Reyes and Lee Wong" when several get the same
 * text), or with nobody ticked someone the suggestion knows only by name, such as who will call.
 */
export function addresseeOf(
  interview: Interview,
  choice: MessageChoice,
  recipients: readonly Person[],
): MessageRecipient | undefined {
  if (recipients.length === 1) return recipients[0]
  if (recipients.length > 1) return { name: joinNames(recipients.map((person) => person.name)) }
  const suggested = suggestedRecipient(interview, choice)
  return personIdOf(suggested) === undefined ? suggested : undefined
}

/** "Tuesday 3 November, 10:00–12:00": the first good window from when the inquiry is due (or now, if later). */
function callWindowFor(interview: Interview, task: FollowUpTask, preferences: Preferences, now: Date): string {
  const due = effectiveDue(task)
  const current = instantToWallTime(now, interview.timeZone)
  const from = compareWall(due, current) >= 0 ? due : current
  return callWindowText(firstGoodCallWindowAfter(from, preferences))
}

export interface DraftInputs {
  interview: Interview
  choice: MessageChoice
  recipients: readonly Person[]
  notePoint: string
  preferences: Preferences
  now: Date
}

/** The message as the template writes it for these choices, before the user edits anything. */
export function renderDraft({
  interview,
  choice,
  recipients,
  notePoint,
  preferences,
  now,
}: DraftInputs): RenderedMessage {
  const template = MESSAGE_TEMPLATES[choice.templateId]
  const wantsCallWindow = template.channel === 'phone' && choice.task !== undefined
  return template.render({
    interview,
    recipient: addresseeOf(interview, choice, recipients),
    notePoint,
    linkedInLimit: preferences.linkedInNoteLimit,
    ...(wantsCallWindow ? { callWindow: callWindowFor(interview, choice.task!, preferences, now) } : {}),
  })
}
