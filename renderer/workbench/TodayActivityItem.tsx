import { showToday } from '../commands/view/showToday'
import { useServices, useStore } from '../services/services'
import { attentionOf } from '../today/todayGroups'
import { useFollowUps } from '../today/useFollowUps'
import { ActivityItem, hint } from './ActivityItem'

/** The activity bar's Today button, with a badge counting the follow-ups due now and the replies to send, as VS Code counts changes. */
export function TodayActivityItem() {
  const { workbench } = useServices()
  const { sidebarVisible, sidebarView } = useStore(workbench)
  const { list } = useFollowUps()
  const showing = sidebarVisible && sidebarView === 'today'
  const { count, text } = attentionOf(list)
  return (
    <ActivityItem
      label={count > 0 ? `Today, ${text}` : 'Today'}
      icon="checklist"
      title={hint('Today: follow-ups due', showToday)}
      active={showing}
      pressed={showing}
      onClick={() => workbench.toggleSidebarView('today')}
    >
      {count > 0 && (
        <span className="badge activity-badge" aria-hidden="true">
          {count > 99 ? '99+' : count}
        </span>
      )}
    </ActivityItem>
  )
}
