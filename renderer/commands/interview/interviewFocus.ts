import { NEXT_ITEM_TOGGLE_CLASS, NEXT_PANEL_ATTRIBUTE, NOTES_PANE_CLASS } from '../../interview/anchors'
import { messageDraftsFor } from '../../messages/messageDrafts'
import type { Command, CommandContext } from '../command'

/** The panel of the interview tab on show, or null (with a word to the user) when none is. */
function shownPanel({ workbench, notifications }: CommandContext, selector: string): HTMLElement | null {
  const panel = workbench.activeTab?.kind === 'interview' ? document.querySelector<HTMLElement>(selector) : null
  if (!panel) notifications.refused('Open an interview first.')
  return panel
}

export const focusNotes: Command = {
  id: 'interview.focusNotes',
  category: 'Interview',
  title: 'Go to the notes',
  keybinding: '$mod+Alt+KeyN',
  run: (ctx) => {
    const tab = ctx.workbench.activeTab
    if (tab?.kind !== 'interview' || !shownPanel(ctx, `.${NOTES_PANE_CLASS}`)) return
    ctx.notes.focusEditor(tab.interviewId)
  },
}

export const focusNext: Command = {
  id: 'interview.focusNext',
  category: 'Interview',
  title: 'Go to what to do next',
  keybinding: '$mod+Alt+KeyJ',
  run: (ctx) => {
    // On the board, the card picked there: it answered "Open an interview first." (a walkthrough).
    const { workbench, board } = ctx
    const picked = workbench.activeTab?.kind === 'board' ? board.state.selectedId : null
    if (picked && ctx.data.interviewById(picked)) {
      workbench.openInterview(picked, { keep: true })
      messageDraftsFor(workbench).requestFocus(picked)
      return
    }
    const panel = shownPanel(ctx, `[${NEXT_PANEL_ATTRIBUTE}]`)
    if (!panel) return
    const item = panel.querySelector<HTMLElement>(`.next-item[data-selected] .${NEXT_ITEM_TOGGLE_CLASS}`)
    ;(item ?? panel).focus()
  },
}
