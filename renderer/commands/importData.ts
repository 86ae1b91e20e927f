import { openSettingsAt } from '../settings/settingsSession'
import type { Command } from './command'

/** Picking a file takes a click or a key press on the import button, which this brings into focus. */
export const importData: Command = {
  id: 'data.import',
  category: 'Data',
  title: 'Import from a JSON export…',
  run: ({ workbench }) => openSettingsAt(workbench, 'import'),
}
