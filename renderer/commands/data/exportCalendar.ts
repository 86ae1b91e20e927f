import { saveDownload } from '../../services/download'
import type { Command } from '../command'

export const exportCalendar: Command = {
  id: 'followUps.exportCalendar',
  category: 'Follow-ups',
  title: 'Export follow-ups to calendar (.ics)',
  async run({ client, notifications }) {
    const file = await client.exportCalendar({})
    saveDownload(file)
    notifications.done(`Exported the open follow-ups to ${file.fileName}: open it to add them to your calendar app.`)
  },
}
