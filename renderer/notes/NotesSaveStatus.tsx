import { useHeldChanges } from '../services/heldChanges'
import { useServices, useStore } from '../services/services'
import { Icon } from '../ui/Icon'
import { notesSaveItem } from './notesSaveItem'

/** The status bar's notes item: why the notes are not saved, across every open notes editor; nothing once they are. */
export function NotesSaveStatus() {
  const { notes } = useServices()
  const { status, detail } = useStore(notes)
  const label = notesSaveItem(status, useHeldChanges())
  if (!label) return null
  return (
    <span
      className="status-item"
      role="status"
      aria-label={label.text}
      title={detail ?? label.text}
      data-attention="true"
    >
      <Icon name={label.icon} />
      {label.text}
    </span>
  )
}
