import { keybindingLabel } from '../commands/keybindings'
import { showToday } from '../commands/showToday'
import { useServices, useStore } from '../services/services'
import { Icon } from '../ui/Icon'
import { dueCountText } from '../today/todayGroups'
import { useFollowUps } from '../today/useFollowUps'

/** The activity bar's Today button, with a badge counting the follow-ups due now, as VS Code counts changes. */
export function TodayActivityItem() {
  const { workbench } = useServices()
  const { sidebarVisible, sidebarView } = useStore(workbench)
  const { list } = useFollowUps()
  const showing = sidebarVisible && sidebarView === 'today'
  const due = list?.dueNow ?? 0
  return (
    <button
      type="button"
      className="activity-item"
      aria-label={due > 0 ? `Today, ${dueCountText(due)}` : 'Today'}
      aria-pressed={showing}
      title={`Today: follow-ups due (${keybindingLabel(showToday.keybinding!)})`}
      data-active={showing}
      onClick={() => workbench.toggleSidebarView('today')}
    >
      <Icon name="checklist" />
      {due > 0 && (
        <span className="badge activity-badge" aria-hidden="true">
          {due > 99 ? '99+' : due}
        </span>
      )}
    </button>
  )
}
