import type { Command } from '../command'

export const toggleSidebar: Command = {
  id: 'workbench.toggleSidebar',
  category: 'View',
  title: 'Toggle side bar',
  keybinding: '$mod+KeyB',
  run: ({ workbench }) => workbench.toggleSidebar(),
}
