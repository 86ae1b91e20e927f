import type { Command } from '../command'

export const closeTab: Command = {
  id: 'workbench.closeTab',
  category: 'View',
  title: 'Close tab',
  keybinding: '$mod+KeyW',
  run: ({ workbench }) => workbench.closeActive(),
}
