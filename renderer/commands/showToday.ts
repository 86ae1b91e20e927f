import { TODAY_VIEW_ID } from '../today/todayViewId'
import type { Command } from './command'

export const showToday: Command = {
  id: 'followUps.showToday',
  category: 'View',
  title: 'Show the follow-ups due today',
  keybinding: '$mod+Shift+KeyD',
  run: ({ workbench }) => {
    workbench.showSidebarView('today')
    // The view may only now be mounting; focus it once it is on the page, so its list is a Tab away.
    requestAnimationFrame(() => document.getElementById(TODAY_VIEW_ID)?.focus())
  },
}
