import { useMemo, useState } from 'react'
import type { FollowUpTask, Interview, Person } from '../../shared/domain/interview'
import { DEFAULT_PREFERENCES, type Preferences } from '../../shared/domain/settings'
import {
  MESSAGE_TEMPLATES,
  messageTargets,
  templateForPerson,
  type MessageTarget,
  type MessageTemplate,
} from '../../shared/messages'
import { zonedCallWindow } from '../format/zonedTimes'
import { useServices, useStore, useStoreValue } from '../services/services'
import {
  ANY_MESSAGE,
  callWindowFor,
  choiceKey,
  choicesFor,
  defaultRecipientIds,
  findChoice,
  recipientOptions,
  renderDraft,
  type MessageChoice,
  type RecipientOption,
} from './messageChoices'
import { messageDraftsFor, NO_MESSAGES, type EditedText } from './messageDrafts'
import { notePointFrom } from './notePoint'

/** One message to one person, as shown: the user's edit or the template's text. */
export interface TargetDraft extends MessageTarget {
  text: EditedText
  edited: boolean
  /** The template left the point to mention out, to keep within the LinkedIn note limit. */
  notePointLeftOut: boolean
  edit(text: EditedText): void
  resetText(): void
}

export interface TaskMessage {
  interview: Interview
  choices: MessageChoice[]
  choice: MessageChoice
  template: MessageTemplate
  options: RecipientOption[]
  recipients: Person[]
  notePoint: string
  /** For a phone message: when to call, on both clocks where they differ. */
  callWindow: string | null
  targets: TargetDraft[]
  preferences: Preferences
  choose(key: string): void
  setRecipients(ids: readonly string[]): void
  setNotePoint(point: string): void
  /** After "Mark sent" on one person's message: keeps the other people's messages in view. */
  sent(target: MessageTarget): void
}

/**
 * The message for one follow-up (or, without one, any message), kept in the window's drafts while
 * the tab is open; null for a follow-up that is not a message (write the summary).
 */
export function useTaskMessage(interview: Interview, task: FollowUpTask | undefined): TaskMessage | null {
  const { data, notes, workbench } = useServices()
  const preferences = useStoreValue(data, (state) => state.preferences) ?? DEFAULT_PREFERENCES
  const drafts = messageDraftsFor(workbench)
  const saved = useStore(drafts).byInterview[interview.id] ?? NO_MESSAGES
  const notesSession = useMemo(() => notes.open(interview.id), [notes, interview.id])
  const notesText = useStore(notesSession).text
  // One clock reading per message: the call window of a phone script does not shift while the user types.
  const [now] = useState(() => new Date())

  const slot = task?.id ?? ANY_MESSAGE
  const choices = useMemo(() => choicesFor(interview, task), [interview, task])
  const choice = findChoice(choices, saved.choiceKeys?.[slot])
  if (!choice) return null
  const template = MESSAGE_TEMPLATES[choice.templateId]
  const choiceDraft = saved.choices[choice.key] ?? {}
  const options = recipientOptions(interview)
  const recipientIds = choiceDraft.recipientIds ?? defaultRecipientIds(interview, choice)
  const recipients = options.filter(({ person }) => recipientIds.includes(person.id)).map(({ person }) => person)
  const notePoint = saved.notePoint ?? notePointFrom(notesText)
  const window =
    template.channel === 'phone' && choice.task ? callWindowFor(interview, choice.task, preferences, now) : null
  const callWindow = window ? zonedCallWindow(window, interview.timeZone) : null

  const targets = messageTargets(interview, choice.task, recipients).map((target): TargetDraft => {
    const edited = choiceDraft.edited?.[target.key]
    const generated = renderDraft({
      interview,
      choice,
      recipient: target.recipient,
      notePoint,
      preferences,
      ...(callWindow ? { callWindow } : {}),
    })
    return {
      ...target,
      text: edited ?? { subject: generated.subject ?? '', body: generated.body },
      edited: edited !== undefined,
      notePointLeftOut: generated.notePointLeftOut === true,
      edit: (text) => drafts.edit(interview.id, choice.key, target.key, text),
      resetText: () => drafts.resetText(interview.id, choice.key, target.key),
    }
  })

  return {
    interview,
    choices,
    choice,
    template,
    options,
    recipients,
    notePoint,
    callWindow,
    targets,
    preferences,
    choose: (key) => drafts.choose(interview.id, slot, key),
    setRecipients: (ids) => drafts.setRecipients(interview.id, choice.key, ids),
    setNotePoint: (point) => drafts.setNotePoint(interview.id, point),
    sent: (target) => {
      if (!choice.task || target.closes?.id !== choice.task.id) return
      const others = targets.filter(
        (each) => each.key !== target.key && each.closes && each.closes.id !== choice.task!.id,
      )
      const [first] = others
      const next = first?.closes
      if (!next) return
      // Under the message that follow-up offers (an arranger's own thank-you), or the drafts handed over are lost.
      const templateId = templateForPerson(interview, choice.task, choice.templateId, first.recipient)
      const to = { taskId: next.id, choiceKey: choiceKey(templateId, next) }
      drafts.handOver(
        interview.id,
        choice.key,
        to,
        others.map((each) => each.key),
      )
    },
  }
}
