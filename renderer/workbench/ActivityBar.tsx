import { runCommand } from '../commands/registry'
import { searchNotes } from '../commands/view/searchNotes'
import { showInsights } from '../commands/view/showInsights'
import { openSettings } from '../commands/view/openSettings'
import { showBoard } from '../commands/board/showBoard'
import { toggleSidebar } from '../commands/view/toggleSidebar'
import { toggleTheme } from '../commands/view/toggleTheme'
import { useServices, useStore } from '../services/services'
import { ActivityItem, hint } from './ActivityItem'
import { TodayActivityItem } from './TodayActivityItem'

export function ActivityBar() {
  const services = useServices()
  const { activeKey, sidebarVisible, sidebarView } = useStore(services.workbench)
  const { effective } = useStore(services.theme)
  /** A side bar view's toggle: pressed and highlighted while the view shows. */
  const viewToggle = (view: typeof sidebarView) => {
    const showing = sidebarVisible && sidebarView === view
    return { active: showing, pressed: showing, onClick: () => services.workbench.toggleSidebarView(view) }
  }
  const themeLabel = effective === 'dark' ? 'Switch to the light theme' : 'Switch to the dark theme'

  return (
    <nav className="activity-bar" aria-label="Activity bar">
      <ActivityItem
        label="Board"
        icon="project"
        title={hint('Board', showBoard)}
        active={activeKey === 'board'}
        onClick={() => runCommand(showBoard, services)}
      />
      <ActivityItem
        label="Interviews"
        icon="briefcase"
        title={hint('Interviews', toggleSidebar)}
        {...viewToggle('interviews')}
      />
      <ActivityItem
        label="Search notes"
        icon="search"
        title={hint('Search notes', searchNotes)}
        {...viewToggle('search')}
      />
      <TodayActivityItem />
      <ActivityItem
        label="Calendar"
        icon="calendar"
        title="Calendar: interviews found in your calendars"
        {...viewToggle('calendar')}
      />
      <ActivityItem
        label="Insights"
        icon="lightbulb"
        title="Insights: where I can improve"
        active={activeKey === 'insights'}
        onClick={() => runCommand(showInsights, services)}
      />
      <div className="activity-spacer" />
      <ActivityItem
        label={themeLabel}
        icon="color-mode"
        title={themeLabel}
        onClick={() => runCommand(toggleTheme, services)}
      />
      <ActivityItem
        label="Settings"
        icon="settings-gear"
        title={hint('Settings', openSettings)}
        active={activeKey === 'settings'}
        onClick={() => runCommand(openSettings, services)}
      />
    </nav>
  )
}
