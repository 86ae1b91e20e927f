import { openSettingsAt } from '../../settings/settingsSession'
import type { Command } from '../command'

/** Opens the list of backups, where each one offers to be restored. */
export const restoreBackup: Command = {
  id: 'data.restoreBackup',
  category: 'Data',
  title: 'Restore a backup…',
  run: ({ workbench }) => openSettingsAt(workbench, 'backups'),
}
