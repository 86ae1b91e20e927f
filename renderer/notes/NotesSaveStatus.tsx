import { useServices, useStore } from '../services/services'
import { Icon } from '../ui/Icon'
import type { NotesSaveSummary } from '../services/notesSessions'

const LABELS: Record<Exclude<NotesSaveSummary['status'], 'none'>, { text: string; icon: string }> = {
  saved: { text: 'Notes saved', icon: 'check' },
  saving: { text: 'Saving notes…', icon: 'sync' },
  failed: { text: 'Notes not saved', icon: 'error' },
  conflict: { text: 'Notes conflict', icon: 'warning' },
}

/** The status bar's notes item: saved, saving or why not, across every open notes editor. */
export function NotesSaveStatus() {
  const { notes } = useServices()
  const { status, detail } = useStore(notes)
  if (status === 'none') return null
  const label = LABELS[status]
  return (
    <span
      className="status-item"
      role="status"
      aria-label={label.text}
      title={detail ?? label.text}
      data-attention={status === 'failed' || status === 'conflict'}
    >
      <Icon name={label.icon} />
      {label.text}
    </span>
  )
}
