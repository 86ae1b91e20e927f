import './sidebar.css'
import { useCallback, useDeferredValue, useMemo, useRef, useState } from 'react'
import { matchesQuery } from '../../services/boardFilters'
import { groupByStage } from '../../services/stageLists'
import { newInterview } from '../../commands/board/newInterview'
import { runCommand } from '../../commands/registry'
import { useServices, useStore } from '../../services/services'
import { FilterBox } from '../../ui/FilterBox'
import { Icon } from '../../ui/Icon'
import { InterviewRows } from './InterviewRows'

/** The side bar's one view: every interview, grouped by stage, with a filter. */
export function InterviewsView() {
  const services = useServices()
  const { interviews: current, status } = useStore(services.data)
  // The side bar follows a change in the render after the board's: a moved card is in its new column
  // in the frame after the key, and the list catches up in the next (board.move.10k).
  const interviews = useDeferredValue(current)
  const { activeKey } = useStore(services.workbench)
  const [filter, setFilter] = useState('')
  const scrollRef = useRef<HTMLDivElement>(null)
  const query = useDeferredValue(filter.trim().toLocaleLowerCase())

  // Unfiltered, the board's grouping serves: worked out once per change, keeping the stages a change did not touch.
  const groups = useMemo(
    () =>
      query
        ? groupByStage(interviews.filter((interview) => matchesQuery(interview, query)))
        : services.board.view().full,
    [interviews, query, services.board],
  )
  const open = useCallback(
    (id: string, options?: { keep?: boolean }) => services.workbench.openInterview(id, options),
    [services.workbench],
  )

  return (
    <aside className="sidebar" aria-label="Interviews">
      <header className="sidebar-header">
        <h2 className="sidebar-title">Interviews</h2>
        <button
          type="button"
          className="icon-button"
          aria-label="New interview"
          title="New interview"
          onClick={() => runCommand(newInterview, services)}
        >
          <Icon name="add" />
        </button>
      </header>
      <FilterBox
        className="sidebar-filter"
        label="Filter interviews"
        placeholder="Filter interviews"
        value={filter}
        onChange={setFilter}
      />
      <div ref={scrollRef} className="sidebar-content sidebar-interview-list">
        {status === 'loading' && <p className="sidebar-message">Loading interviews…</p>}
        {status === 'ready' && interviews.length === 0 && (
          <p className="sidebar-message">No interviews yet. Add one right after it happens.</p>
        )}
        {interviews.length > 0 && groups.size === 0 && (
          <p className="sidebar-message">No interviews match “{filter.trim()}”.</p>
        )}
        {groups.size > 0 && <InterviewRows groups={groups} activeKey={activeKey} onOpen={open} scrollRef={scrollRef} />}
      </div>
    </aside>
  )
}
