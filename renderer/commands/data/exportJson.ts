import { exportData } from '../../settings/dataActions'
import type { Command } from '../command'

export const exportJson: Command = {
  id: 'data.exportJson',
  category: 'Data',
  title: 'Export as JSON (with notes)',
  run: (ctx) => exportData(ctx, 'json'),
}
