import { memo, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react'
import { useServices, useStore, useStoreValue } from '../services/services'
import { FilterBox } from '../ui/FilterBox'
import { Icon } from '../ui/Icon'
import { menuItems, onMenuKeyDown } from '../ui/menuKeys'
import { countLabel } from '../services/stageLists'

interface BoardToolbarProps {
  shownCount: number
  total: number
  onNewInterview: () => void
  onRemoveSamples: () => void
}

interface MoreMenuProps {
  onClose: (focusButton: boolean) => void
  onRemoveSamples: (() => void) | null
}

/** The toolbar's overflow ("More actions"): the view switches, density and samples, as a WAI-ARIA menu. */
function MoreMenu({ onClose, onRemoveSamples }: MoreMenuProps) {
  const { board } = useServices()
  const { filter, showArchived, compact } = useStore(board)
  const ref = useRef<HTMLDivElement>(null)

  useLayoutEffect(() => {
    if (ref.current) menuItems(ref.current)[0]?.focus()
  }, [])

  useEffect(() => {
    const closeOutside = (event: PointerEvent) => {
      const target = event.target as Element
      if (!ref.current?.contains(target) && !target.closest?.('.board-more')) onClose(false)
    }
    window.addEventListener('pointerdown', closeOutside, true)
    return () => window.removeEventListener('pointerdown', closeOutside, true)
  }, [onClose])

  const run = (action: () => void) => () => {
    onClose(true)
    action()
  }
  const check = (label: string, icon: string, checked: boolean, action: () => void, narrowOnly = false) => (
    <button
      type="button"
      role="menuitemcheckbox"
      aria-checked={checked}
      tabIndex={-1}
      className={`menu-item${narrowOnly ? ' toolbar-narrow-only' : ''}`}
      onClick={run(action)}
    >
      <Icon name={checked ? 'check' : icon} />
      <span>{label}</span>
    </button>
  )

  return (
    <div
      ref={ref}
      role="menu"
      aria-label="More board actions"
      className="popup board-more-menu"
      onKeyDown={(event) => onMenuKeyDown(event, () => onClose(true))}
    >
      {check('Needs action', 'bell-dot', filter.needsAction, () => board.setNeedsAction(!filter.needsAction), true)}
      {check('Show archived', 'archive', showArchived, () => void board.setShowArchived(!showArchived), true)}
      {check('Compact cards', 'list-flat', compact, () => void board.setCompact(!compact))}
      {onRemoveSamples && (
        <button type="button" role="menuitem" tabIndex={-1} className="menu-item" onClick={run(onRemoveSamples)}>
          <Icon name="trash" />
          <span>Remove sample interviews…</span>
        </button>
      )}
    </div>
  )
}

/**
 * Above the columns: the filter box, the "needs action" and archive switches, a new interview, and
 * "More actions" (density, samples). One row at any width: below about 760 px of board the switches
 * fold into "More actions" (a container query in board.css), below 480 px "New interview" keeps its icon.
 */
export const BoardToolbar = memo(function BoardToolbar({
  shownCount,
  total,
  onNewInterview,
  onRemoveSamples,
}: BoardToolbarProps) {
  const { board, data } = useServices()
  const filter = useStoreValue(board, (state) => state.filter)
  const showArchived = useStoreValue(board, (state) => state.showArchived)
  const sampleIds = useStoreValue(data, (state) => state.sampleIds)
  const setQuery = useCallback((query: string) => board.setQuery(query), [board])
  const [menuOpen, setMenuOpen] = useState(false)
  const moreRef = useRef<HTMLButtonElement>(null)
  const summary =
    shownCount === total ? countLabel(total, 'interview') : `${shownCount} of ${countLabel(total, 'interview')}`

  const closeMenu = (focusButton: boolean) => {
    setMenuOpen(false)
    if (focusButton) moreRef.current?.focus()
  }

  // The switches "More actions" holds in a narrow board, named while on.
  const switchedOn = [filter.needsAction && 'Needs action', showArchived && 'Show archived'].filter(Boolean).join(', ')
  return (
    <header className="board-toolbar">
      <h1 className="board-title">Board</h1>
      <span className="board-summary" aria-live="polite">
        {summary}
      </span>
      <FilterBox
        className="board-filter"
        label="Filter cards by company, role or interviewer"
        placeholder="Filter by company, role, interviewer"
        value={filter.query}
        onChange={setQuery}
      />
      <button
        type="button"
        className="button button-toggle toolbar-wide-only"
        aria-pressed={filter.needsAction}
        title="Only interviews with a follow-up that is overdue or due today"
        onClick={() => board.setNeedsAction(!filter.needsAction)}
      >
        <Icon name="bell-dot" />
        Needs action
      </button>
      <button
        type="button"
        className="button button-toggle toolbar-wide-only"
        aria-pressed={showArchived}
        onClick={() => void board.setShowArchived(!showArchived)}
      >
        <Icon name="archive" />
        Show archived
      </button>
      <button
        type="button"
        className="button button-primary board-new"
        aria-label="New interview"
        onClick={onNewInterview}
      >
        <Icon name="add" />
        <span className="board-new-label">New interview</span>
      </button>
      <span className="board-more">
        <button
          ref={moreRef}
          type="button"
          className="icon-button board-more-button"
          aria-label="More actions"
          title={switchedOn ? `More actions (on: ${switchedOn})` : 'More actions'}
          // Marked while a switch it holds at this width is on: folded away, "Needs action" was on unseen.
          data-switched-on={switchedOn || undefined}
          aria-haspopup="menu"
          aria-expanded={menuOpen}
          onClick={() => setMenuOpen(!menuOpen)}
        >
          <Icon name="ellipsis" />
        </button>
        {menuOpen && <MoreMenu onClose={closeMenu} onRemoveSamples={sampleIds.length > 0 ? onRemoveSamples : null} />}
      </span>
    </header>
  )
})
