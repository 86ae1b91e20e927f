import type { Command } from '../command'

export const newInterview: Command = {
  id: 'interview.new',
  category: 'Interview',
  title: 'New interview',
  keybinding: 'Alt+KeyN',
  run: ({ workbench }) => workbench.openNewInterview(),
}
