import { openSettingsAt } from '../../settings/settingsSession'
import type { Command } from '../command'

export const openSettings: Command = {
  id: 'workbench.openSettings',
  category: 'Preferences',
  title: 'Open settings',
  // As in VS Code; it works from inside a field too.
  keybinding: '$mod+,',
  run: ({ workbench }) => openSettingsAt(workbench),
}
