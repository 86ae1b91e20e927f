import { keybindingLabel } from '../commands/keybindings'
import { runCommand } from '../commands/registry'
import { searchNotes } from '../commands/searchNotes'
import { showInsights } from '../commands/showInsights'
import { openSettings } from '../commands/openSettings'
import { showBoard } from '../commands/showBoard'
import { toggleSidebar } from '../commands/toggleSidebar'
import { toggleTheme } from '../commands/toggleTheme'
import type { Command } from '../commands/command'
import { useServices, useStore } from '../services/services'
import { TodayActivityItem } from './TodayActivityItem'
import { Icon } from '../ui/Icon'

function hint(label: string, command: Command): string {
  return command.keybinding ? `${label} (${keybindingLabel(command.keybinding)})` : label
}

export function ActivityBar() {
  const services = useServices()
  const { activeKey, sidebarVisible, sidebarView } = useStore(services.workbench)
  const showing = (view: typeof sidebarView) => sidebarVisible && sidebarView === view
  const { effective } = useStore(services.theme)

  return (
    <nav className="activity-bar" aria-label="Activity bar">
      <button
        type="button"
        className="activity-item"
        aria-label="Board"
        title={hint('Board', showBoard)}
        data-active={activeKey === 'board'}
        onClick={() => runCommand(showBoard, services)}
      >
        <Icon name="project" />
      </button>
      <button
        type="button"
        className="activity-item"
        aria-label="Interviews"
        aria-pressed={showing('interviews')}
        title={hint('Interviews', toggleSidebar)}
        data-active={showing('interviews')}
        onClick={() => services.workbench.toggleSidebarView('interviews')}
      >
        <Icon name="briefcase" />
      </button>
      <button
        type="button"
        className="activity-item"
        aria-label="Search notes"
        aria-pressed={showing('search')}
        title={hint('Search notes', searchNotes)}
        data-active={showing('search')}
        onClick={() => services.workbench.toggleSidebarView('search')}
      >
        <Icon name="search" />
      </button>
      <TodayActivityItem />
      <button
        type="button"
        className="activity-item"
        aria-label="Calendar"
        aria-pressed={showing('calendar')}
        title="Calendar: interviews found in your calendars"
        data-active={showing('calendar')}
        onClick={() => services.workbench.toggleSidebarView('calendar')}
      >
        <Icon name="calendar" />
      </button>
      <button
        type="button"
        className="activity-item"
        aria-label="Insights"
        title="Insights: where I can improve"
        data-active={activeKey === 'insights'}
        onClick={() => runCommand(showInsights, services)}
      >
        <Icon name="lightbulb" />
      </button>
      <div className="activity-spacer" />
      <button
        type="button"
        className="activity-item"
        aria-label={effective === 'dark' ? 'Switch to the light theme' : 'Switch to the dark theme'}
        title={effective === 'dark' ? 'Switch to the light theme' : 'Switch to the dark theme'}
        onClick={() => runCommand(toggleTheme, services)}
      >
        <Icon name="color-mode" />
      </button>
      <button
        type="button"
        className="activity-item"
        aria-label="Settings"
        title={hint('Settings', openSettings)}
        data-active={activeKey === 'settings'}
        onClick={() => runCommand(openSettings, services)}
      >
        <Icon name="settings-gear" />
      </button>
    </nav>
  )
}
