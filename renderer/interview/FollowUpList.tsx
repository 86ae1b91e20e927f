import { useState } from 'react'
import type { FollowUpTask, Interview, TaskAction } from '../../shared/domain/interview'
import { DEFAULT_PREFERENCES } from '../../shared/domain/settings'
import { effectiveDue } from '../../shared/workflow'
import { canSnooze } from '../../shared/workflow/snooze'
import type { WallDateTime } from '../../shared/workflow/wall-time'
import { formatInterviewTime } from '../format/interviewTime'
import { messageOf } from '../services/dataStore'
import { useServices, useStore } from '../services/services'
import { SnoozeMenu } from '../today/SnoozeMenu'
import { useMinuteClock } from '../today/useFollowUps'
import { Icon } from '../ui/Icon'

function dueLabel(task: FollowUpTask, timeZone: string): string {
  const [date = '', time = ''] = effectiveDue(task).split('T')
  const when = formatInterviewTime({ date, time, timeZone }).local
  return task.snoozedUntil ? `snoozed until ${when}` : `due ${when}`
}

/** The interview's follow-up checklist, compact: tick, snooze one that is due, dismiss, or reopen. */
export function FollowUpList({ interview }: { interview: Interview }) {
  const { client, data } = useServices()
  const { preferences } = useStore(data)
  const [error, setError] = useState<string | null>(null)
  const [busyId, setBusyId] = useState<string | null>(null)
  const now = useMinuteClock()
  const workdayStart = (preferences ?? DEFAULT_PREFERENCES).workingHours.start

  const act = async (task: FollowUpTask, action: TaskAction, until?: WallDateTime) => {
    setError(null)
    setBusyId(task.id)
    try {
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
                  {canSnooze(task, now, interview.timeZone) && (
                    <SnoozeMenu
                      taskName={`“${task.title}”`}
                      timeZone={interview.timeZone}
                      workdayStart={workdayStart}
                      disabled={busy}
                      onSnooze={(until) => void act(task, 'snooze', until)}
                    />
                  )}
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
