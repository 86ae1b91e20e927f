import { Store } from '../services/store'
import type { WorkbenchModel } from '../services/workbenchModel'

/**
 * What the user did in each interview's Messages pane: the message chosen, the point to mention,
 * and per message the people ticked and the text as edited. Kept while the interview's tab is open
 * (a hidden tab's pane is unmounted, so React state alone would lose it) and dropped when it closes.
 */

export interface EditedText {
  subject: string
  body: string
}

export interface ChoiceDraft {
  /** Undefined: the people the follow-up suggests. */
  recipientIds?: readonly string[]
  /** Undefined: the template's text, kept up to date with the interview. */
  edited?: EditedText
}

export interface InterviewMessages {
  choiceKey?: string
  /** Undefined: the point found in the notes. */
  notePoint?: string
  choices: Readonly<Record<string, ChoiceDraft>>
}

interface Drafts {
  byInterview: Readonly<Record<string, InterviewMessages>>
}

export const NO_MESSAGES: InterviewMessages = { choices: {} }

export class MessageDrafts extends Store<Drafts> {
  constructor() {
    super({ byInterview: {} })
  }

  of(interviewId: string): InterviewMessages {
    return this.state.byInterview[interviewId] ?? NO_MESSAGES
  }

  choose(interviewId: string, choiceKey: string): void {
    this.#change(interviewId, (messages) => ({ ...messages, choiceKey }))
  }

  setNotePoint(interviewId: string, notePoint: string): void {
    this.#change(interviewId, (messages) => ({ ...messages, notePoint }))
  }

  setRecipients(interviewId: string, choiceKey: string, recipientIds: readonly string[]): void {
    this.#changeChoice(interviewId, choiceKey, (draft) => ({ ...draft, recipientIds }))
  }

  edit(interviewId: string, choiceKey: string, edited: EditedText): void {
    this.#changeChoice(interviewId, choiceKey, (draft) => ({ ...draft, edited }))
  }

  /** Back to the template's text. */
  resetText(interviewId: string, choiceKey: string): void {
    this.#changeChoice(interviewId, choiceKey, ({ recipientIds }) => (recipientIds ? { recipientIds } : {}))
  }

  /** Drops the drafts of interviews whose tab is no longer open. */
  keepOnly(openInterviewIds: ReadonlySet<string>): void {
    const all = Object.entries(this.state.byInterview)
    const kept = all.filter(([id]) => openInterviewIds.has(id))
    if (kept.length !== all.length) this.update({ byInterview: Object.fromEntries(kept) })
  }

  #change(interviewId: string, change: (messages: InterviewMessages) => InterviewMessages): void {
    this.update({ byInterview: { ...this.state.byInterview, [interviewId]: change(this.of(interviewId)) } })
  }

  #changeChoice(interviewId: string, choiceKey: string, change: (draft: ChoiceDraft) => ChoiceDraft): void {
    this.#change(interviewId, (messages) => ({
      ...messages,
      choices: { ...messages.choices, [choiceKey]: change(messages.choices[choiceKey] ?? {}) },
    }))
  }
}

const draftsByWorkbench = new WeakMap<WorkbenchModel, MessageDrafts>()

/** The window's drafts, following its tabs: one store per workbench, made on first use. */
export function messageDraftsFor(workbench: WorkbenchModel): MessageDrafts {
  const existing = draftsByWorkbench.get(workbench)
  if (existing) return existing
  const drafts = new MessageDrafts()
  workbench.subscribe(() => {
    const open = workbench.state.tabs.flatMap((tab) => (tab.kind === 'interview' ? [tab.interviewId] : []))
    drafts.keepOnly(new Set(open))
  })
  draftsByWorkbench.set(workbench, drafts)
  return drafts
}
