import { insertSummaryTemplate as insertTemplate } from '../notes/summaryTemplate'
import type { Command, CommandContext } from './command'

/** The interview whose tab is showing, if any. */
function activeInterview({ workbench, data }: CommandContext) {
  const tab = workbench.activeTab
  return tab?.kind === 'interview' ? data.interviewById(tab.interviewId) : undefined
}

export const insertSummaryTemplate: Command = {
  id: 'notes.insertSummaryTemplate',
  category: 'Notes',
  title: 'Insert summary template',
  run: (ctx) => {
    const interview = activeInterview(ctx)
    if (!interview) {
      ctx.notifications.show('Open an interview first: the template goes into its notes.')
      return
    }
    insertTemplate(ctx.notes.open(interview.id), interview)
  },
}

export const cycleNotesLayout: Command = {
  id: 'notes.cycleLayout',
  category: 'Notes',
  title: 'Switch between editor, side-by-side preview and preview',
  keybinding: '$mod+Shift+KeyV',
  // In form fields the same keys paste without formatting; the notes editor pastes plain text anyway.
  keybindingScope: (focused) => !(focused instanceof HTMLInputElement || focused instanceof HTMLTextAreaElement),
  run: ({ notes }) => notes.view.cycle(),
}
