import type { Command } from '../command'

export const followSystemTheme: Command = {
  id: 'theme.followSystem',
  category: 'Preferences',
  title: 'Use the system theme',
  run: ({ theme }) => theme.setPreference('system'),
}
