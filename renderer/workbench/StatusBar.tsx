import { runCommand } from '../commands/registry'
import { showBoard } from '../commands/board/showBoard'
import { countLabel } from '../services/stageLists'
import { NotesSaveStatus } from '../notes/NotesSaveStatus'
import { useHeldChanges } from '../services/heldChanges'
import { useServices, useStore, useStoreValue } from '../services/services'
import { NOTICES_ID } from './NoticeBanner'
import { saveState } from './saveState'
import { TodayStatusItem } from './TodayStatusItem'
import { Icon } from '../ui/Icon'

export function StatusBar() {
  const services = useServices()
  const { data, notes, workbench } = services
  const count = useStoreValue(data, (state) => state.interviews.length)
  const status = useStoreValue(data, (state) => state.status)
  const notices = useStoreValue(data, (state) => state.notices)
  const save = saveState(useStore(workbench), useStore(notes).status, useHeldChanges())

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
        {status === 'loading' ? 'Loading…' : countLabel(count, 'interview')}
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
