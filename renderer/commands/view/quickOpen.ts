import type { Command } from '../command'

export const quickOpen: Command = {
  id: 'interview.quickOpen',
  category: 'Go',
  title: 'Go to interview…',
  keybinding: '$mod+KeyP',
  run: ({ workbench }) => {
    workbench.setPaletteOpen(false)
    workbench.setQuickOpenOpen(true)
  },
}
