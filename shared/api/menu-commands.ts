/**
 * Menu commands the main process sends to the renderer on COMMAND_CHANNEL; the renderer runs the
 * workbench command of the same id (renderer/commands/registry.test.ts checks each has one). Shared, so
 * the menu, the preload and the renderer read one list.
 */
export const COMMAND_CHANNEL = 'debrief:command'

export const MENU_COMMANDS = [
  { id: 'interview.new', label: 'New Interview', accelerator: 'CmdOrCtrl+N' },
  { id: 'workbench.commandPalette', label: 'Command Palette…', accelerator: 'CmdOrCtrl+Shift+P' },
  { id: 'board.show', label: 'Show Board' },
  { id: 'followUps.showToday', label: 'Today', accelerator: 'CmdOrCtrl+Shift+D' },
  { id: 'followUps.openNext', label: 'Next Follow-up Due', accelerator: 'F8' },
  { id: 'workbench.openSettings', label: 'Settings…', accelerator: 'CmdOrCtrl+,' },
  // Outside text fields, undo and redo of the host's changes; in a text field the renderer undoes the typing.
  { id: 'edit.undoChange', label: 'Undo', accelerator: 'CmdOrCtrl+Z' },
  { id: 'edit.redoChange', label: 'Redo', accelerator: 'Shift+CmdOrCtrl+Z' },
] as const satisfies readonly { id: string; label: string; accelerator?: string }[]

export type MenuCommandId = (typeof MENU_COMMANDS)[number]['id']
