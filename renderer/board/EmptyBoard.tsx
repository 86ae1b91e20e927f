import { Icon } from '../ui/Icon'

interface EmptyBoardProps {
  onNewInterview: () => void
  onLoadSamples: () => void
}

/** The first thing a new user sees: what Debrief is for, the action that starts it, and a way to look around first. */
export function EmptyBoard({ onNewInterview, onLoadSamples }: EmptyBoardProps) {
  return (
    <div className="empty-board">
      <Icon name="project" className="empty-board-icon" />
      <p className="empty-board-text">
        Debrief keeps track of what to do after each job interview: thank-you notes, letters, and asking for the result
        when it is due.
      </p>
      <p className="empty-board-hint">
        Add an interview right after it happens, then drag its card along as you follow up.
      </p>
      <div className="empty-board-actions">
        <button type="button" className="button button-primary" onClick={onNewInterview}>
          <Icon name="add" />
          New interview
        </button>
        <button type="button" className="button button-secondary" onClick={onLoadSamples}>
          <Icon name="beaker" />
          Load sample interviews
        </button>
      </div>
      <p className="empty-board-note">Samples are made up; one click on “Remove sample interviews” takes them away.</p>
    </div>
  )
}
