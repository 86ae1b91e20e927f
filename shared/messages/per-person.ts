import type { FollowUpTask, Interview, Person } from '../domain/interview'
import type { MessageRecipient } from './context'
import { suggestedMessage, type MessageTemplateId, type SuggestionInterview } from './registry'

/** What finding whom a message goes to reads of an interview. */
type TargetInterview = SuggestionInterview & Pick<Interview, 'tasks'>

/**
 * One message per person: several people ticked make several messages, each with its own greeting,
 * its own mail link and its own "Mark sent", which closes that person's follow-up only.
 */
export interface MessageTarget {
  /** The person's id; '' for the one message without a recipient. */
  key: string
  person?: Person
  /** Whom the greeting names: the person, or someone the suggestion knows only by name. */
  recipient?: MessageRecipient
  /** The open follow-up "Mark sent" closes: this person's own step of the same kind, or the shared step. */
  closes?: FollowUpTask
}

/** Whom the follow-up's message addresses: a person of the interview, or someone known only by name. */
export function suggestedRecipient(
  interview: SuggestionInterview,
  task: FollowUpTask | undefined,
): MessageRecipient | undefined {
  return task ? suggestedMessage(interview, task)?.recipient : undefined
}

/** The id of a stored person; undefined for someone known only by name. */
export function personIdOf(recipient: MessageRecipient | undefined): string | undefined {
  return recipient && 'id' in recipient && typeof recipient.id === 'string' ? recipient.id : undefined
}

/**
 * The message a person ticked in `task`'s message gets: where `task` is someone else's own step, the one
 * their own step of that kind gives them, so an arranger ticked in an interviewer's thank-you is thanked
 * for arranging it (she got "Thank you for taking the time to speak with me…": a walkthrough). Else the
 * message chosen: a shared step or a message on its own writes what the user picked to everyone.
 */
export function templateForPerson(
  interview: SuggestionInterview,
  task: FollowUpTask | undefined,
  chosen: MessageTemplateId,
  recipient: MessageRecipient | undefined,
): MessageTemplateId {
  const personId = personIdOf(recipient)
  if (!task?.personId || !personId || personId === task.personId) return chosen
  return suggestedMessage(interview, { kind: task.kind, personId })?.templateId ?? chosen
}

/** The open follow-up that sending `task`'s message to `person` closes: theirs for a per-person step. */
function followUpClosedBy(
  interview: TargetInterview,
  task: FollowUpTask | undefined,
  person: Person,
): FollowUpTask | undefined {
  if (!task) return undefined
  if (!task.personId) return task
  return interview.tasks.find(
    (each) => each.status === 'open' && each.kind === task.kind && each.personId === person.id,
  )
}

/**
 * One message per ticked person, each with its own greeting and its own follow-up to close; with
 * nobody ticked, one message greeting whoever the suggestion knows only by name (or nobody).
 * `task`: the follow-up the message is written for; undefined for a message on its own.
 */
export function messageTargets(
  interview: TargetInterview,
  task: FollowUpTask | undefined,
  recipients: readonly Person[],
): MessageTarget[] {
  if (recipients.length === 0) {
    const suggested = suggestedRecipient(interview, task)
    const nameOnly = personIdOf(suggested) === undefined ? suggested : undefined
    return [{ key: '', ...(nameOnly ? { recipient: nameOnly } : {}), ...(task ? { closes: task } : {}) }]
  }
  return recipients.map((person) => {
    const closes = followUpClosedBy(interview, task, person)
    return { key: person.id, person, recipient: person, ...(closes ? { closes } : {}) }
  })
}
