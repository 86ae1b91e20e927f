import { Icon } from '../workbench/Icon'

/** The first thing a new user sees: what Debrief is for, and the one action that starts it. */
export function EmptyBoard({ onNewInterview }: { onNewInterview: () => void }) {
  return (
    <div className="empty-board">
      <Icon name="project" className="empty-board-icon" />
      <p className="empty-board-text">
        Debrief keeps track of what to do after each job interview: thank-you notes, letters, and asking for the result
        when it is due.
      </p>
      <button type="button" className="button button-primary" onClick={onNewInterview}>
        <Icon name="add" />
        New interview
      </button>
    </div>
  )
}
