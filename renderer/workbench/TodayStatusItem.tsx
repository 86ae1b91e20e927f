import { runCommand } from '../commands/registry'
import { showToday } from '../commands/showToday'
import { useServices } from '../services/services'
import { Icon } from '../ui/Icon'
import { dueCountText } from '../today/todayGroups'
import { useFollowUps } from '../today/useFollowUps'

/** "3 follow-ups due" in the status bar, opening the Today view; like VS Code's own items, absent when there is nothing to say. */
export function TodayStatusItem() {
  const services = useServices()
  const { list } = useFollowUps()
  const due = list?.dueNow ?? 0
  if (due === 0) return null
  return (
    <button
      type="button"
      className="status-item status-button"
      title="Show the follow-ups due today"
      data-attention="true"
      onClick={() => runCommand(showToday, services)}
    >
      <Icon name="checklist" />
      {dueCountText(due)}
    </button>
  )
}
