import { keybindingLabel } from '../commands/keybindings'
import { runCommand } from '../commands/registry'
import { showBoard } from '../commands/showBoard'
import { toggleSidebar } from '../commands/toggleSidebar'
import { toggleTheme } from '../commands/toggleTheme'
import type { Command } from '../commands/command'
import { useServices, useStore } from '../services/services'
import { Icon } from './Icon'

function hint(label: string, command: Command): string {
  return command.keybinding ? `${label} (${keybindingLabel(command.keybinding)})` : label
}

export function ActivityBar() {
  const services = useServices()
  const { activeKey, sidebarVisible } = useStore(services.workbench)
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
        aria-pressed={sidebarVisible}
        title={hint('Interviews', toggleSidebar)}
        data-active={sidebarVisible}
        onClick={() => runCommand(toggleSidebar, services)}
      >
        <Icon name="briefcase" />
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
    </nav>
  )
}
