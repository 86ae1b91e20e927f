import { pickExportToImport } from '../../settings/importSession'
import { openSettingsAt } from '../../settings/settingsSession'
import type { Command } from '../command'

/**
 * Opens the file picker at once, within the palette's key press or click (a browser opens one only
 * then), and Settings at Import, which shows how the import went. With interviews on the board, Import
 * only says why nothing can be imported. It only scrolled to Import, opening no picker (a walkthrough).
 */
export const importData: Command = {
  id: 'data.import',
  category: 'Data',
  title: 'Import from a JSON export…',
  run: (services) => {
    openSettingsAt(services.workbench, 'import')
    const { status, interviews } = services.data.state
    if (status === 'ready' && interviews.length === 0) pickExportToImport(services)
  },
}
