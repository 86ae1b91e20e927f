import type { Command } from './command'

export const commandPalette: Command = {
  id: 'workbench.commandPalette',
  category: 'View',
  title: 'Show all commands',
  keybinding: '$mod+Shift+KeyP',
  secondaryKeybindings: ['F1'],
  // Opens rather than toggles: in Electron the menu's accelerator and this keybinding may both fire.
  run: ({ workbench }) => workbench.setPaletteOpen(true),
}
