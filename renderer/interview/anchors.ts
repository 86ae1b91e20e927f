/**
 * Where the keyboard commands land on an interview's tab (commands/interview/interviewFocus.ts). Kept apart
 * from the components so the commands do not pull the lazily loaded interview editor into the
 * board's bundle.
 */
export const NEXT_PANEL_ATTRIBUTE = 'data-next-panel'
export const NEXT_ITEM_TOGGLE_CLASS = 'next-item-toggle'
export const NOTES_PANE_CLASS = 'notes-pane'

/** The window width at which an interview's tab stacks its notes under what to do next (interview.css has the same figure). */
export const STACKED_EDITOR = '(max-width: 1100px)'
