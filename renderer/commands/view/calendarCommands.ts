import { settingsSession } from '../../settings/settingsSession'
import type { Command } from '../command'

export const showCalendar: Command = {
  id: 'calendar.show',
  category: 'Calendar',
  title: 'Show the interviews found in your calendars',
  run: ({ workbench }) => workbench.showSidebarView('calendar'),
}

export const readCalendars: Command = {
  id: 'calendar.sync',
  category: 'Calendar',
  title: 'Read the calendars again now',
  run: async ({ client, notifications }) => {
    const { sources } = await client.syncCalendars({})
    const failing = sources.filter((source) => source.lastError)
    if (failing.length === 0) notifications.done(`Read ${sources.length} calendar${sources.length === 1 ? '' : 's'}.`)
    else
      notifications.error(
        `${failing.map((source) => source.label).join(', ')} could not be read. See Settings › Calendars.`,
      )
  },
}

export const manageCalendars: Command = {
  id: 'calendar.settings',
  category: 'Calendar',
  title: 'Connect or remove a calendar…',
  run: ({ workbench }) => {
    workbench.showSettings()
    settingsSession(workbench).reveal('calendars')
  },
}
