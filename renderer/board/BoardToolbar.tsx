import { useServices, useStore } from '../services/services'
import { Icon } from '../ui/Icon'
import { countLabel } from '../services/stageLists'

interface BoardToolbarProps {
  shownCount: number
  total: number
  onNewInterview: () => void
  onRemoveSamples: () => void
}

/** Above the columns: the filter box, the "needs action" and archive switches, samples, and a new interview. */
export function BoardToolbar({ shownCount, total, onNewInterview, onRemoveSamples }: BoardToolbarProps) {
  const { board, data } = useServices()
  const { filter, showArchived } = useStore(board)
  const { sampleIds } = useStore(data)
  const summary =
    shownCount === total ? countLabel(total, 'interview') : `${shownCount} of ${countLabel(total, 'interview')}`

  return (
    <header className="board-toolbar">
      <h1 className="board-title">Board</h1>
      <span className="board-summary" aria-live="polite">
        {summary}
      </span>
      <div className="board-filter">
        <Icon name="filter" className="board-filter-icon" />
        <input
          type="search"
          aria-label="Filter cards by company, role or interviewer"
          placeholder="Filter by company, role, interviewer"
          value={filter.query}
          onChange={(event) => board.setQuery(event.target.value)}
        />
      </div>
      <button
        type="button"
        className="button button-toggle"
        aria-pressed={filter.needsAction}
        title="Only interviews with a follow-up that is overdue or due today"
        onClick={() => board.setNeedsAction(!filter.needsAction)}
      >
        <Icon name="bell-dot" />
        Needs action
      </button>
      <button
        type="button"
        className="button button-toggle"
        aria-pressed={showArchived}
        onClick={() => void board.setShowArchived(!showArchived)}
      >
        <Icon name="archive" />
        Show archived
      </button>
      {sampleIds.length > 0 && (
        <button type="button" className="button button-secondary" onClick={onRemoveSamples}>
          <Icon name="trash" />
          Remove sample interviews
        </button>
      )}
      <button type="button" className="button button-primary" onClick={onNewInterview}>
        <Icon name="add" />
        New interview
      </button>
    </header>
  )
}
