import { SEARCH_INPUT_ID } from '../search/searchInputId'
import type { Command } from './command'

export const searchNotes: Command = {
  id: 'notes.search',
  category: 'Go',
  title: 'Search notes',
  keybinding: '$mod+Shift+KeyF',
  run: ({ workbench }) => {
    workbench.showSidebarView('search')
    // The view may only now be mounting; focus its box once it is on the page.
    requestAnimationFrame(() => document.getElementById(SEARCH_INPUT_ID)?.focus())
  },
}
