import { NOTES_PANE_CLASS } from '../../interview/anchors'
import { insertSummaryTemplate as insertTemplate, TEMPLATE_ALREADY_THERE } from '../../notes/summaryTemplate'
import type { Command, CommandContext } from '../command'

/** The interview whose tab is showing, if any. */
function activeInterview({ workbench, data }: CommandContext) {
  const tab = workbench.activeTab
  return tab?.kind === 'interview' ? data.interviewById(tab.interviewId) : undefined
}

export const insertSummaryTemplate: Command = {
  id: 'notes.insertSummaryTemplate',
  category: 'Notes',
  title: 'Insert summary template',
  // Listed while an interview shows, whose notes it goes into; elsewhere it could only say so (a walkthrough).
  when: (ctx) => activeInterview(ctx) !== undefined,
  run: (ctx) => {
    const interview = activeInterview(ctx)
    if (!interview) {
      ctx.notifications.refused('Open an interview first: the template goes into its notes.')
      return
    }
    if (!insertTemplate(ctx.notes.open(interview.id), interview)) ctx.notifications.refused(TEMPLATE_ALREADY_THERE)
  },
}

export const cycleNotesLayout: Command = {
  id: 'notes.cycleLayout',
  category: 'Notes',
  title: 'Switch between editor, side-by-side preview and preview',
  keybinding: '$mod+Shift+KeyV',
  // In form fields the same keys paste without formatting; the notes editor pastes plain text anyway.
  keybindingScope: (focused) => !(focused instanceof HTMLInputElement || focused instanceof HTMLTextAreaElement),
  run: ({ notes, workbench }) => {
    const tab = workbench.activeTab
    const pane = document.activeElement?.closest(`.${NOTES_PANE_CLASS}`)
    notes.view.cycle()
    if (tab?.kind !== 'interview' || !pane) return
    // The keyboard stays in the notes, or the editor taken away would leave it nowhere: in the editor
    // while it shows (a new one as soon as it is on the page), else in the preview, which is already there.
    if (notes.view.state.layout === 'preview') pane.querySelector<HTMLElement>('[role="document"]')?.focus()
    else notes.open(tab.interviewId).focusEditor()
  },
}
