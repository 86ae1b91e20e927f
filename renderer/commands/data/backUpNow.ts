import { backUpNow as takeBackup } from '../../settings/dataActions'
import type { Command } from '../command'

export const backUpNow: Command = {
  id: 'data.backUpNow',
  category: 'Data',
  title: 'Back up now',
  keywords: ['backup'],
  run: async (services) => void (await takeBackup(services)),
}
