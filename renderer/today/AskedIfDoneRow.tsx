import type { FollowUpItem } from '../../shared/api/contract'
import type { TodayRow } from './todayGroups'
import { askedIfDoneTitle } from '../format/dueLabel'

interface AskedIfDoneRowProps {
  row: TodayRow
  /** The follow-ups it stands for. */
  items: readonly FollowUpItem[]
  onOpen: () => void
}

/**
 * The follow-ups of an interview entered after it happened, as one Today row: the user may well have
 * done them, so the row opens the interview on "Which of these have you already done?" rather than
 * listing each one as overdue.
 */
export function AskedIfDoneRow({ row, items, onOpen }: AskedIfDoneRowProps) {
  const { item, when } = row
  return (
    <li className="today-row" data-due-now>
      <div className="today-row-line">
        <button
          type="button"
          className="today-row-open"
          title={`Open the interview at ${item.company} and say which are done`}
          data-today-row
          onClick={onOpen}
        >
          <span className="today-row-title">{askedIfDoneTitle(items.length)}</span>
          <span className="today-row-subject">
            {item.company} — {item.role}
          </span>
          <span className="today-row-when" data-overdue>
            {when}
          </span>
        </button>
      </div>
    </li>
  )
}
