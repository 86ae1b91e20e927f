import { memo } from 'react'
import { runCommand } from '../commands/registry'
import { showToday } from '../commands/view/showToday'
import { useServices } from '../services/services'
import { Icon } from '../ui/Icon'
import { attentionOf } from '../today/todayGroups'
import { useFollowUps } from '../today/useFollowUps'

/** "3 follow-ups due" (and the replies to send) in the status bar, opening the Today view; like VS Code's own items, absent when there is nothing to say. */
// Memo: the status bar renders again with every saving state, as each move shows "Saving…".
export const TodayStatusItem = memo(function TodayStatusItem() {
  const services = useServices()
  const { list } = useFollowUps()
  const { count, text } = attentionOf(list)
  if (count === 0) return null
  return (
    <button
      type="button"
      className="status-item status-button"
      title="Show the follow-ups due today"
      data-attention="true"
      onClick={() => runCommand(showToday, services)}
    >
      <Icon name="checklist" />
      {text}
    </button>
  )
})
