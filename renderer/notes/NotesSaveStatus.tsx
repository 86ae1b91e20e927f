import { useHeldChanges } from '../services/heldChanges'
import { useServices, useStore } from '../services/services'
import { Icon } from '../ui/Icon'
import type { NotesSaveSummary } from '../services/notesSessions'

const LABELS: Record<Exclude<NotesSaveSummary['status'], 'none'>, { text: string; icon: string }> = {
  saved: { text: 'Notes saved', icon: 'check' },
  saving: { text: 'Saving notes…', icon: 'sync' },
  failed: { text: 'Notes not saved', icon: 'error' },
  conflict: { text: 'Notes conflict', icon: 'warning' },
}

/** Saved by the editors, but held in the host's memory because the disk refused it. */
const HELD = { text: 'Notes not on disk yet', icon: 'warning' }

/** The status bar's notes item: saved, saving or why not, across every open notes editor. */
export function NotesSaveStatus() {
  const { notes } = useServices()
  const { status, detail } = useStore(notes)
  const held = useHeldChanges() > 0
  if (status === 'none') return null
  const label = status === 'saved' && held ? HELD : LABELS[status]
  return (
    <span
      className="status-item"
      role="status"
      aria-label={label.text}
      title={detail ?? label.text}
      data-attention={label !== LABELS.saved && label !== LABELS.saving}
    >
      <Icon name={label.icon} />
      {label.text}
    </span>
  )
}
