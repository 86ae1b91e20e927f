import { messageOf } from '../services/dataStore'
import { useServices } from '../services/services'
import { Icon } from '../ui/Icon'
import type { ConflictChoice, NotesSession } from '../services/notesSession'

interface ConflictViewProps {
  session: NotesSession
  mine: string
  disk: string
}

/** Both versions side by side, nothing overwritten until the user chooses. */
export function ConflictView({ session, mine, disk }: ConflictViewProps) {
  const { notifications } = useServices()
  const choose = (choice: ConflictChoice) => {
    session.resolveConflict(choice).catch((error: unknown) => notifications.error(messageOf(error)))
  }
  return (
    <div className="notes-conflict" role="alert">
      <p className="notes-conflict-message">
        <Icon name="warning" />
        <span>
          <strong>These notes were changed outside Debrief while you were editing.</strong> Nothing has been
          overwritten: the file still holds its version, and yours is in the editor. Choose what to keep.
        </span>
      </p>
      <div className="notes-conflict-versions">
        <section aria-label="Your version">
          <h3>Your version</h3>
          <pre>{mine}</pre>
        </section>
        <section aria-label="Version on disk">
          <h3>Version on disk</h3>
          <pre>{disk}</pre>
        </section>
      </div>
      <div className="notes-conflict-actions">
        <button type="button" className="button button-primary" onClick={() => choose('both')}>
          Keep both
        </button>
        <button type="button" className="button button-secondary" onClick={() => choose('mine')}>
          Keep mine
        </button>
        <button type="button" className="button button-secondary" onClick={() => choose('disk')}>
          Keep the version on disk
        </button>
      </div>
    </div>
  )
}
