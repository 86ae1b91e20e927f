import { TODAY_VIEW_ID } from '../../today/todayViewId'
import { focusWhenShown } from '../../ui/focusWhenShown'
import type { Command } from '../command'

export const showToday: Command = {
  id: 'followUps.showToday',
  category: 'View',
  title: 'Show the follow-ups due today',
  keybinding: '$mod+Shift+KeyD',
  run: ({ workbench }) => {
    workbench.showSidebarView('today')
    focusWhenShown(TODAY_VIEW_ID)
  },
}
