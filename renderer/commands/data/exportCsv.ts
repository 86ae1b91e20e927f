import { exportData } from '../../settings/dataActions'
import type { Command } from '../command'

export const exportCsv: Command = {
  id: 'data.exportCsv',
  category: 'Data',
  title: 'Export as CSV',
  run: (ctx) => exportData(ctx, 'csv'),
}
