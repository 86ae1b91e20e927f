import { showToday } from '../commands/showToday'
import { useServices, useStore } from '../services/services'
import { dueCountText } from '../today/todayGroups'
import { useFollowUps } from '../today/useFollowUps'
import { ActivityItem, hint } from './ActivityItem'

/** The activity bar's Today button, with a badge counting the follow-ups due now, as VS Code counts changes. */
export function TodayActivityItem() {
  const { workbench } = useServices()
  const { sidebarVisible, sidebarView } = useStore(workbench)
  const { list } = useFollowUps()
  const showing = sidebarVisible && sidebarView === 'today'
  const due = list?.dueNow ?? 0
  return (
    <ActivityItem
      label={due > 0 ? `Today, ${dueCountText(due)}` : 'Today'}
      icon="checklist"
      title={hint('Today: follow-ups due', showToday)}
      active={showing}
      pressed={showing}
      onClick={() => workbench.toggleSidebarView('today')}
    >
      {due > 0 && (
        <span className="badge activity-badge" aria-hidden="true">
          {due > 99 ? '99+' : due}
        </span>
      )}
    </ActivityItem>
  )
}
