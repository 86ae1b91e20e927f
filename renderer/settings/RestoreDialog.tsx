import { countLabel } from '../services/stageLists'
import { useEffect, useId, useRef, useState } from 'react'
import { backupTimeLabel } from '../../shared/api/backup-text'
import type { BackupInfo } from '../../shared/api/contract'
import { messageOf } from '../services/dataStore'
import { useServices } from '../services/services'
import { Icon } from '../ui/Icon'
import { restoreBackup } from './dataActions'
import { SETTINGS_TARGETS } from './settingsSession'

interface RestoreDialogProps {
  backup: BackupInfo
  onClose: () => void
}

/** Asks before a restore, saying what happens to the current data and how to undo; a modal, so Escape cancels. */
export function RestoreDialog({ backup, onClose }: RestoreDialogProps) {
  const services = useServices()
  const dialogRef = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const textId = useId()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    const dialog = dialogRef.current
    if (dialog && !dialog.open) dialog.showModal()
    return () => dialog?.close()
  }, [])

  const restore = async () => {
    setBusy(true)
    setError(null)
    try {
      await restoreBackup(services, backup)
      // Restore backup greyed out while it ran, which dropped the keyboard on the page's body (a walkthrough):
      // it goes to the backups, which now list the copy to restore to undo.
      dialogRef.current?.close()
      document.getElementById(SETTINGS_TARGETS.backups)?.focus()
      onClose()
    } catch (caught) {
      setError(messageOf(caught))
      setBusy(false)
    }
  }

  const when = backupTimeLabel(backup)
  return (
    <dialog
      ref={dialogRef}
      className="settings-dialog"
      aria-labelledby={titleId}
      aria-describedby={textId}
      onCancel={(event) => {
        event.preventDefault()
        if (!busy) onClose()
      }}
    >
      <h2 id={titleId} className="settings-dialog-title">
        Restore the backup from {when}?
      </h2>
      <div id={textId} className="settings-dialog-text">
        <p>
          Your interviews, notes and settings are replaced by the backup’s. It holds{' '}
          {countLabel(backup.interviewCount, 'interview')}.
        </p>
        <p>
          Nothing is lost: Debrief first sets what you have now aside as a new backup. To undo, choose Undo in the
          message that follows, or restore that backup from this list later.
        </p>
      </div>
      {error && (
        <p className="settings-alert" role="alert">
          <Icon name="error" />
          <span>{error}</span>
        </p>
      )}
      <div className="settings-buttons">
        <button type="button" className="button button-primary" disabled={busy} onClick={() => void restore()}>
          <Icon name="history" />
          {busy ? 'Restoring…' : 'Restore backup'}
        </button>
        <button type="button" className="button button-secondary" disabled={busy} autoFocus onClick={onClose}>
          Cancel
        </button>
      </div>
    </dialog>
  )
}
