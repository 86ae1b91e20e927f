import type { Command } from '../command'

export const toggleTheme: Command = {
  id: 'theme.toggle',
  category: 'Preferences',
  title: 'Toggle light and dark theme',
  run: ({ theme }) => theme.setPreference(theme.state.effective === 'dark' ? 'light' : 'dark'),
}
