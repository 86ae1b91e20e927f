import { memo, useState } from 'react'
import type { Interview } from '../../../shared/domain/interview'
import { interviewTabKey } from '../../services/workbenchModel'
import { Icon } from '../../ui/Icon'

interface StageGroupProps {
  label: string
  interviews: readonly Interview[]
  activeKey: string | null
  onOpen: (id: string) => void
}

/** A long stage lists its first entries until asked for all, so thousands of interviews stay quick to show. */
const SHOWN_AT_FIRST = 50

interface StageGroupItemProps {
  interview: Interview
  active: boolean
  onOpen: (id: string) => void
}

/** One interview of a stage; a move renders only the entries it adds, not the fifty shown with them. */
const StageGroupItem = memo(function StageGroupItem({ interview, active, onOpen }: StageGroupItemProps) {
  return (
    <li>
      <button
        type="button"
        className="sidebar-item"
        aria-current={active ? 'true' : undefined}
        onClick={() => onOpen(interview.id)}
      >
        <span className="sidebar-item-company">{interview.company}</span>
        <span className="sidebar-item-role">{interview.role}</span>
      </button>
    </li>
  )
})

/** One collapsible stage in the side bar's list. Not a landmark: the board's columns are the stage regions. */
export const StageGroup = memo(function StageGroup({ label, interviews, activeKey, onOpen }: StageGroupProps) {
  const [expanded, setExpanded] = useState(true)
  const [showAll, setShowAll] = useState(false)
  const shown = showAll ? interviews : interviews.slice(0, SHOWN_AT_FIRST)

  return (
    <div className="stage-group">
      <button
        type="button"
        className="stage-group-toggle"
        aria-expanded={expanded}
        onClick={() => setExpanded(!expanded)}
      >
        <Icon name={expanded ? 'chevron-down' : 'chevron-right'} />
        <span className="stage-group-label">{label}</span>
        <span className="badge">{interviews.length}</span>
      </button>
      {expanded && (
        <ul className="stage-group-items">
          {shown.map((interview) => (
            <StageGroupItem
              key={interview.id}
              interview={interview}
              active={activeKey === interviewTabKey(interview.id)}
              onOpen={onOpen}
            />
          ))}
          {shown.length < interviews.length && (
            <li>
              <button type="button" className="link-button sidebar-show-all" onClick={() => setShowAll(true)}>
                Show all {interviews.length}
              </button>
            </li>
          )}
        </ul>
      )}
    </div>
  )
})
