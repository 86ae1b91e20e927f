import type { Command } from './command'

export const showBoard: Command = {
  id: 'board.show',
  category: 'View',
  title: 'Show board',
  keybinding: '$mod+Shift+KeyB',
  run: ({ workbench }) => workbench.showBoard(),
}
