import { useMemo, useState } from 'react'
import type { Interview, Person } from '../../shared/domain/interview'
import { DEFAULT_PREFERENCES } from '../../shared/domain/settings'
import { MESSAGE_TEMPLATES, type MessageTemplate } from '../../shared/messages'
import { useServices, useStore } from '../services/services'
import {
  defaultRecipientIds,
  findChoice,
  messageChoiceGroups,
  recipientOptions,
  renderDraft,
  type ChoiceGroup,
  type MessageChoice,
  type RecipientOption,
} from './messageChoices'
import { messageDraftsFor, NO_MESSAGES, type EditedText } from './messageDrafts'
import { notePointFrom } from './notePoint'

export interface MessageDraft {
  groups: ChoiceGroup[]
  choice: MessageChoice
  template: MessageTemplate
  options: RecipientOption[]
  recipients: Person[]
  notePoint: string
  /** The text as shown: the user's edit, or the template's. */
  text: EditedText
  edited: boolean
  linkedInLimit: number
  choose(key: string): void
  setRecipients(ids: readonly string[]): void
  setNotePoint(point: string): void
  edit(text: EditedText): void
  resetText(): void
}

/** The Messages pane's state for one interview, kept in the window's drafts while the tab is open. */
export function useMessageDraft(interview: Interview): MessageDraft {
  const { data, notes, workbench } = useServices()
  const preferences = useStore(data).preferences ?? DEFAULT_PREFERENCES
  const drafts = messageDraftsFor(workbench)
  const saved = useStore(drafts).byInterview[interview.id] ?? NO_MESSAGES
  const notesSession = useMemo(() => notes.open(interview.id), [notes, interview.id])
  const notesText = useStore(notesSession).text
  // One clock reading per pane: the call window of a phone script does not shift while the user types.
  const [now] = useState(() => new Date())

  const groups = useMemo(() => messageChoiceGroups(interview), [interview])
  const choice = findChoice(groups, saved.choiceKey)
  const choiceDraft = saved.choices[choice.key] ?? {}
  const options = recipientOptions(interview)
  const recipientIds = choiceDraft.recipientIds ?? defaultRecipientIds(interview, choice)
  const recipients = options.filter(({ person }) => recipientIds.includes(person.id)).map(({ person }) => person)
  const notePoint = saved.notePoint ?? notePointFrom(notesText)
  const generated = renderDraft({ interview, choice, recipients, notePoint, preferences, now })

  return {
    groups,
    choice,
    template: MESSAGE_TEMPLATES[choice.templateId],
    options,
    recipients,
    notePoint,
    text: choiceDraft.edited ?? { subject: generated.subject ?? '', body: generated.body },
    edited: choiceDraft.edited !== undefined,
    linkedInLimit: preferences.linkedInNoteLimit,
    choose: (key) => drafts.choose(interview.id, key),
    setRecipients: (ids) => drafts.setRecipients(interview.id, choice.key, ids),
    setNotePoint: (point) => drafts.setNotePoint(interview.id, point),
    edit: (text) => drafts.edit(interview.id, choice.key, text),
    resetText: () => drafts.resetText(interview.id, choice.key),
  }
}
