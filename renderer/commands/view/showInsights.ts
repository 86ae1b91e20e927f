import type { Command } from '../command'

export const showInsights: Command = {
  id: 'insights.show',
  category: 'View',
  title: 'Show insights: where I can improve',
  run: ({ workbench }) => workbench.showInsights(),
}
