import { SEARCH_INPUT_ID } from '../../search/searchInputId'
import { focusWhenShown } from '../../ui/focusWhenShown'
import type { Command } from '../command'

export const searchNotes: Command = {
  id: 'notes.search',
  category: 'Go',
  title: 'Search notes',
  keybinding: '$mod+Shift+KeyF',
  run: ({ workbench }) => {
    workbench.showSidebarView('search')
    focusWhenShown(SEARCH_INPUT_ID)
  },
}
