import { downloadTextFile } from '../services/download'
import type { Command } from './command'

export const exportCalendar: Command = {
  id: 'followUps.exportCalendar',
  category: 'Follow-ups',
  title: 'Export follow-ups to calendar (.ics)',
  async run({ client, notifications }) {
    const { text, fileName } = await client.exportCalendar({})
    downloadTextFile(text, fileName, 'text/calendar')
    notifications.show(`Exported the open follow-ups to ${fileName}: open it to add them to your calendar app.`)
  },
}
