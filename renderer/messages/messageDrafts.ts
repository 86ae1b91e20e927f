import type { SavedDrafts } from '../../shared/domain/window-state'
import { Store } from '../services/store'
import type { WorkbenchModel } from '../services/workbenchModel'
import { perWorkbench } from '../services/perWorkbench'

/**
 * What the user did on each interview's tab: the follow-up picked in the Next panel, the message
 * chosen per follow-up, the point to mention, and per message the people ticked and each person's
 * text as edited. Kept while the interview's tab is open (a hidden tab's content is unmounted, so
 * React state alone would lose it) and dropped when it closes.
 */

export interface EditedText {
  subject: string
  body: string
}

export interface ChoiceDraft {
  /** Undefined: the people the follow-up suggests. */
  recipientIds?: readonly string[]
  /** Per person id ('' for a message without a recipient); absent: the template's text, kept up to date. */
  edited?: Readonly<Record<string, EditedText>>
}

export interface InterviewMessages {
  /** The follow-up picked in the Next panel; undefined: the soonest open one. */
  taskId?: string
  /** Per follow-up id ('any' for a message on its own), the message chosen for it. */
  choiceKeys?: Readonly<Record<string, string>>
  /** Undefined: the point found in the notes. */
  notePoint?: string
  choices: Readonly<Record<string, ChoiceDraft>>
  /**
   * Set when something asks for the tab's attention; it puts the focus there once. 'follow-up': one
   * follow-up was asked for (a Today row, a reminder), its own first action. 'next': the tab as a whole
   * (Today's "Added after it happened" row, a tab opened anew), the question "Which of these have you
   * already done?" if it asks about the picked follow-up, else that follow-up's first action. 'question':
   * that question, whichever follow-up is picked (Today's "Added after it happened" row). 'title': the
   * picked follow-up's title (after one was done, skipped or snoozed in Next).
   */
  focusRequested?: 'follow-up' | 'next' | 'question' | 'title'
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

  /** Picks a follow-up in the Next panel. */
  selectTask(interviewId: string, taskId: string): void {
    this.#change(interviewId, (messages) => ({ ...messages, taskId }))
  }

  /**
   * Asks the tab to put the focus on this follow-up's first action (the picked one without `taskId`), once;
   * with `on: 'title'`, on the picked one's title.
   */
  requestFocus(interviewId: string, taskId?: string, on: 'action' | 'question' | 'title' = 'action'): void {
    this.#change(interviewId, (messages) => ({
      ...messages,
      ...(taskId ? { taskId } : {}),
      focusRequested: on === 'action' ? (taskId ? 'follow-up' : 'next') : on,
    }))
  }

  focusHandled(interviewId: string): void {
    if (this.of(interviewId).focusRequested)
      this.#change(interviewId, (messages) => ({ ...messages, focusRequested: undefined }))
  }

  /** `slot`: the follow-up's id, or 'any' for the message written on its own. */
  choose(interviewId: string, slot: string, choiceKey: string): void {
    this.#change(interviewId, (messages) => ({
      ...messages,
      choiceKeys: { ...messages.choiceKeys, [slot]: choiceKey },
    }))
  }

  setNotePoint(interviewId: string, notePoint: string): void {
    this.#change(interviewId, (messages) => ({ ...messages, notePoint }))
  }

  setRecipients(interviewId: string, choiceKey: string, recipientIds: readonly string[]): void {
    this.#changeChoice(interviewId, choiceKey, (draft) => ({ ...draft, recipientIds }))
  }

  /** `personId`: whose message it is, '' for one without a recipient. */
  edit(interviewId: string, choiceKey: string, personId: string, text: EditedText): void {
    this.#changeChoice(interviewId, choiceKey, (draft) => ({ ...draft, edited: { ...draft.edited, [personId]: text } }))
  }

  /** Back to the template's text for this person's message. */
  resetText(interviewId: string, choiceKey: string, personId: string): void {
    this.#changeChoice(interviewId, choiceKey, (draft) => {
      const edited = Object.fromEntries(Object.entries(draft.edited ?? {}).filter(([id]) => id !== personId))
      return { ...draft, edited }
    })
  }

  /**
   * One of several people's messages was sent, closing the follow-up on show: the others' messages
   * move to the next of their follow-ups, still ticked and as edited, so none is lost from view.
   */
  handOver(
    interviewId: string,
    from: string,
    to: { taskId: string; choiceKey: string },
    personIds: readonly string[],
  ): void {
    this.#change(interviewId, (messages) => {
      const edited = Object.entries(messages.choices[from]?.edited ?? {}).filter(([id]) => personIds.includes(id))
      return {
        ...messages,
        taskId: to.taskId,
        choiceKeys: { ...messages.choiceKeys, [to.taskId]: to.choiceKey },
        choices: {
          ...messages.choices,
          [to.choiceKey]: { recipientIds: personIds, edited: Object.fromEntries(edited) },
        },
      }
    })
  }

  /**
   * What is kept across a restart (windowState.ts): for each interview in `interviewIds`, its drafts
   * without a request for the focus, which belongs to the moment it was made.
   */
  saved(interviewIds: readonly string[]): Record<string, SavedDrafts> {
    const kept = interviewIds.flatMap((id) => {
      const messages = this.state.byInterview[id]
      if (!messages) return []
      const { focusRequested: _focus, ...rest } = messages
      return [[id, rest as SavedDrafts] as const]
    })
    return Object.fromEntries(kept)
  }

  /** Puts back the drafts kept at the last close, under what was written since (none, at a start). */
  restore(saved: Readonly<Record<string, SavedDrafts>>): void {
    this.update({ byInterview: { ...saved, ...this.state.byInterview } })
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

/** The window's drafts, following its tabs: one store per workbench, made on first use. */
export const messageDraftsFor = perWorkbench((workbench) => {
  const drafts = new MessageDrafts()
  workbench.subscribe(() => {
    const open = workbench.state.tabs.flatMap((tab) => (tab.kind === 'interview' ? [tab.interviewId] : []))
    drafts.keepOnly(new Set(open))
  })
  return drafts
})

/**
 * Opens an interview on one of its follow-ups, with that follow-up's message shown and its first
 * action focused: what a Today row, a reminder click and the tray ask for.
 */
export function openFollowUp(workbench: WorkbenchModel, interviewId: string, taskId?: string): void {
  // The tab must exist before its drafts are written: drafts of interviews without a tab are dropped.
  workbench.openInterview(interviewId)
  messageDraftsFor(workbench).requestFocus(interviewId, taskId)
}

/**
 * Opens an interview entered after it happened on "Which of these have you already done?", focused
 * and in view, whichever follow-up its tab had picked: with the tab already open on another, Today's row
 * put the focus on that one's "Copy text", the question 680 px above it (a walkthrough).
 */
export function openAskedIfDone(workbench: WorkbenchModel, interviewId: string): void {
  workbench.openInterview(interviewId)
  messageDraftsFor(workbench).requestFocus(interviewId, undefined, 'question')
}
