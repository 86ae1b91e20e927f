import { runCommand } from '../commands/registry'
import { showBoard } from '../commands/showBoard'
import { countLabel } from '../services/stageLists'
import { NotesSaveStatus } from '../notes/NotesSaveStatus'
import { heldChangesLabel, useHeldChanges } from '../services/heldChanges'
import { useServices, useStore } from '../services/services'
import { NOTICES_ID } from './NoticeBanner'
import { TodayStatusItem } from './TodayStatusItem'
import type { WorkbenchState } from '../services/workbenchModel'
import { Icon } from '../ui/Icon'

/** The save state for the status bar: the text and its icon. "Saved" only when the disk has it, not the host's memory. */
function saveState(
  { savingKeys, failedKeys, dirtyKeys }: WorkbenchState,
  heldChanges: number,
): { text: string; icon: string } {
  if (savingKeys.length > 0) return { text: 'Saving…', icon: 'sync' }
  if (failedKeys.length > 0) return { text: 'Not saved', icon: 'warning' }
  if (dirtyKeys.length > 0) return { text: 'Unsaved changes', icon: 'circle-filled' }
  if (heldChanges > 0) return { text: `${heldChangesLabel(heldChanges)} not on disk yet`, icon: 'warning' }
  return { text: 'All changes saved', icon: 'check' }
}

export function StatusBar() {
  const services = useServices()
  const { data, workbench } = services
  const { interviews, status, notices } = useStore(data)
  const save = saveState(useStore(workbench), useHeldChanges())

  return (
    <footer className="status-bar" aria-label="Status bar">
      {/* VS Code's status bar items do what they name: the count shows the board, the notices take the keyboard to them. */}
      <button
        type="button"
        className="status-item status-button"
        title="Show the board"
        onClick={() => runCommand(showBoard, services)}
      >
        <Icon name="briefcase" />
        {status === 'loading' ? 'Loading…' : countLabel(interviews.length, 'interview')}
      </button>
      {notices.length > 0 && (
        <button
          type="button"
          className="status-item status-button"
          title="Go to the notices"
          data-attention="true"
          onClick={() => document.getElementById(NOTICES_ID)?.focus()}
        >
          <Icon name="bell-dot" />
          {countLabel(notices.length, 'notice')}
        </button>
      )}
      <TodayStatusItem />
      <span className="status-spacer" />
      <NotesSaveStatus />
      <span className="status-item" role="status" aria-label={save.text} data-attention={save.icon === 'warning'}>
        <Icon name={save.icon} />
        {save.text}
      </span>
    </footer>
  )
}
