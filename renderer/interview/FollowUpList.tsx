import { useState } from 'react'
import type { FollowUpTask, Interview, TaskAction } from '../../shared/domain/interview'
import { effectiveDue, instantToWallTime } from '../../shared/workflow'
import { addCalendarDays } from '../../shared/workflow/wall-time'
import { formatInterviewTime } from '../format/interviewTime'
import { messageOf } from '../services/dataStore'
import { useServices, useStore } from '../services/services'
import { Icon } from '../workbench/Icon'

function dueLabel(task: FollowUpTask, timeZone: string): string {
  const [date = '', time = ''] = effectiveDue(task).split('T')
  const when = formatInterviewTime({ date, time, timeZone }).local
  return task.snoozedUntil ? `snoozed until ${when}` : `due ${when}`
}

/** Tomorrow at the start of the working day, on the interview's clock. */
function tomorrowMorning(timeZone: string, workdayStart: string): string {
  const today = instantToWallTime(new Date(), timeZone).slice(0, 10)
  return `${addCalendarDays(today, 1)}T${workdayStart}`
}

/** The interview's follow-up checklist, compact: tick, snooze until tomorrow, dismiss, or reopen. */
export function FollowUpList({ interview }: { interview: Interview }) {
  const { client, data } = useServices()
  const { preferences } = useStore(data)
  const [error, setError] = useState<string | null>(null)
  const [busyId, setBusyId] = useState<string | null>(null)

  const act = async (task: FollowUpTask, action: TaskAction) => {
    setError(null)
    setBusyId(task.id)
    try {
      const until =
        action === 'snooze'
          ? tomorrowMorning(interview.timeZone, preferences?.workingHours.start ?? '09:00')
          : undefined
      data.applyChanged(await client.updateTask({ interviewId: interview.id, taskId: task.id, action, until }))
    } catch (caught) {
      setError(messageOf(caught))
    } finally {
      setBusyId(null)
    }
  }

  return (
    <section className="form-section follow-ups" aria-label="Follow-ups">
      <h2 className="form-section-title">Follow-ups</h2>
      {interview.tasks.length === 0 && <p className="form-hint">No follow-ups for this interview.</p>}
      <ul className="follow-up-list">
        {interview.tasks.map((task) => {
          const open = task.status === 'open'
          const busy = busyId === task.id
          return (
            <li key={task.id} className="follow-up" data-status={task.status}>
              <Icon name={open ? 'circle-large-outline' : task.status === 'done' ? 'pass-filled' : 'circle-slash'} />
              <span className="follow-up-text">
                <span className="follow-up-title">{task.title}</span>
                <span className="follow-up-due">
                  {open ? dueLabel(task, interview.timeZone) : task.status === 'done' ? 'done' : 'dismissed'}
                </span>
              </span>
              {open ? (
                <>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={`Mark “${task.title}” done`}
                    title="Done"
                    disabled={busy}
                    onClick={() => void act(task, 'done')}
                  >
                    <Icon name="check" />
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={`Snooze “${task.title}” until tomorrow`}
                    title="Snooze until tomorrow morning"
                    disabled={busy}
                    onClick={() => void act(task, 'snooze')}
                  >
                    <Icon name="clock" />
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={`Dismiss “${task.title}”`}
                    title="Dismiss"
                    disabled={busy}
                    onClick={() => void act(task, 'dismiss')}
                  >
                    <Icon name="close" />
                  </button>
                </>
              ) : (
                <button
                  type="button"
                  className="link-button"
                  aria-label={`Reopen “${task.title}”`}
                  disabled={busy}
                  onClick={() => void act(task, 'reopen')}
                >
                  Reopen
                </button>
              )}
            </li>
          )
        })}
      </ul>
      {error && (
        <p className="field-message" role="alert">
          <Icon name="error" />
          {error}
        </p>
      )}
    </section>
  )
}
