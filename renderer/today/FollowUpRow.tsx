import type { TaskAction } from '../../shared/domain/interview'
import type { WallDateTime } from '../../shared/workflow/wall-time'
import { isRepeatClick } from '../ui/repeatClick'
import { Icon } from '../ui/Icon'
import { SnoozeMenu } from './SnoozeMenu'
import type { TodayRow } from './todayGroups'

interface FollowUpRowProps {
  row: TodayRow
  workdayStart: string
  businessDays: boolean
  busy: boolean
  error: string | null
  onOpen: () => void
  onAction: (action: TaskAction, until?: WallDateTime) => void
}

/** One follow-up in the Today view: what to do, for which interview, when; done, snooze or skip. */
export function FollowUpRow({ row, workdayStart, businessDays, busy, error, onOpen, onAction }: FollowUpRowProps) {
  const { item, when, dueNow } = row
  const taskName = `“${item.task.title}” for ${item.company}`
  return (
    <li className="today-row" data-due-now={dueNow}>
      <div className="today-row-line">
        <button
          type="button"
          className="today-row-open"
          title={`Open the interview at ${item.company}`}
          data-today-row
          onClick={onOpen}
        >
          <span className="today-row-title">{item.task.title}</span>
          <span className="today-row-subject">
            {item.company} — {item.role}
          </span>
          <span className="today-row-when" data-overdue={dueNow}>
            {when}
            {item.task.snoozedUntil ? ' (snoozed)' : ''}
          </span>
        </button>
        <span className="today-row-actions">
          <button
            type="button"
            className="icon-button"
            aria-label={`Mark ${taskName} done`}
            title="Done"
            disabled={busy}
            onClick={(event) => {
              if (!isRepeatClick(event)) onAction('done')
            }}
          >
            <Icon name="check" />
          </button>
          {dueNow && (
            <SnoozeMenu
              taskName={taskName}
              timeZone={item.timeZone}
              theirClock={item.call === true}
              workdayStart={workdayStart}
              businessDays={businessDays}
              disabled={busy}
              onSnooze={(until) => onAction('snooze', until)}
            />
          )}
          <button
            type="button"
            className="icon-button"
            aria-label={`Skip ${taskName}`}
            title="Skip"
            disabled={busy}
            onClick={(event) => {
              if (!isRepeatClick(event)) onAction('dismiss')
            }}
          >
            <Icon name="close" />
          </button>
        </span>
      </div>
      {error && (
        <p className="today-row-error" role="alert">
          <Icon name="error" />
          {error}
        </p>
      )}
    </li>
  )
}
