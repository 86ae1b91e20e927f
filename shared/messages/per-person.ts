import type { FollowUpTask, Person } from '../domain/interview'
import type { MessageContext, RenderedMessage } from './context'
import { MESSAGE_TEMPLATES, type MessageTemplateId } from './registry'

/**
 * One message per person: several people ticked make several messages, each with its own greeting,
 * its own mail link and its own "Mark sent", which closes that person's follow-up only.
 */
export interface PersonDraft {
  person: Person
  message: RenderedMessage
  /** The follow-up that marking this person's message sent closes; undefined when they have none. */
  taskId?: string
}

/**
 * The follow-up of this kind for this person: the open one, else the latest closed one (so a message
 * sent again after a skip still has a task to name).
 */
export function taskForPerson(
  tasks: readonly FollowUpTask[],
  kind: string,
  personId: string,
): FollowUpTask | undefined {
  const theirs = tasks.filter((task) => task.kind === kind && task.personId === personId)
  return theirs.find((task) => task.status === 'open') ?? theirs.at(-1)
}

/** The template written once for each person, greeting them alone. */
export function draftsPerPerson(
  templateId: MessageTemplateId,
  context: Omit<MessageContext, 'recipient'>,
  people: readonly Person[],
  tasks: readonly FollowUpTask[],
): PersonDraft[] {
  const template = MESSAGE_TEMPLATES[templateId]
  return people.map((person) => {
    const message = template.render({ ...context, recipient: person })
    const task = taskForPerson(tasks, template.completes, person.id)
    return task ? { person, message, taskId: task.id } : { person, message }
  })
}
