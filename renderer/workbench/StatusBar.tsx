import { countLabel } from '../services/stageLists'
import { NotesSaveStatus } from '../notes/NotesSaveStatus'
import { useServices, useStore } from '../services/services'
import { TodayStatusItem } from './TodayStatusItem'
import type { WorkbenchState } from '../services/workbenchModel'
import { Icon } from '../ui/Icon'

/** The save state for the status bar: the text and its icon. */
function saveState({ savingKeys, failedKeys, dirtyKeys }: WorkbenchState): { text: string; icon: string } {
  if (savingKeys.length > 0) return { text: 'Saving…', icon: 'sync' }
  if (failedKeys.length > 0) return { text: 'Not saved', icon: 'warning' }
  if (dirtyKeys.length > 0) return { text: 'Unsaved changes', icon: 'circle-filled' }
  return { text: 'All changes saved', icon: 'check' }
}

export function StatusBar() {
  const { data, workbench } = useServices()
  const { interviews, status, notices } = useStore(data)
  const save = saveState(useStore(workbench))

  return (
    <footer className="status-bar" aria-label="Status bar">
      <span className="status-item">
        <Icon name="briefcase" />
        {status === 'loading' ? 'Loading…' : countLabel(interviews.length, 'interview')}
      </span>
      <span className="status-item" data-attention={notices.length > 0}>
        <Icon name={notices.length > 0 ? 'bell-dot' : 'bell'} />
        {countLabel(notices.length, 'notice')}
      </span>
      <TodayStatusItem />
      <span className="status-spacer" />
      <NotesSaveStatus />
      <span className="status-item" role="status">
        <Icon name={save.icon} />
        {save.text}
      </span>
    </footer>
  )
}
