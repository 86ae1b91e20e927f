import { useCallback, useEffect, useRef } from 'react'
import type { HostEvent } from '../../shared/api/contract'
import type { UpcomingInterview } from '../../shared/calendar/api'
import { openFollowUp } from '../messages/messageDrafts'
import { useHostQuery } from '../search/useHostQuery'
import { useServices } from '../services/services'
import { useNow } from './CalendarInterviews'
import { startsWhen, upcomingMayChange } from './calendarInterviews'
import { formatInterviewTime } from '../format/interviewTime'
import { instantToWallTime } from '../../shared/workflow/time-zone'
import { calendarScreensFor } from './calendarScreens'

/** How many interviews ahead Today lists. */
const SHOWN = 5

/**
 * Today's "Upcoming": the next interviews with a countdown ("in 2 h 10 min", "tomorrow 10:00"), each
 * opening its interview, and a next round its preparation view. Absent when none is ahead.
 */
export function UpcomingInterviews() {
  const { client, workbench } = useServices()
  const load = useCallback(() => client.listUpcomingInterviews({ limit: SHOWN }), [client])
  const shown = useRef<readonly UpcomingInterview[] | null>(null)
  const mayChange = useCallback((event: HostEvent) => upcomingMayChange(event, shown.current, SHOWN, new Date()), [])
  const { value } = useHostQuery(load, mayChange)
  useEffect(() => {
    shown.current = value
  }, [value])
  const now = useNow()
  if (!value || value.length === 0) return null
  const screens = calendarScreensFor(workbench)
  return (
    <section className="today-group" aria-label="Upcoming interviews">
      <h3 className="today-group-title">
        Upcoming <span className="badge">{value.length}</span>
      </h3>
      <ul className="today-list">
        {value.map((upcoming) => (
          <li key={upcoming.interviewId} className="today-row">
            <div className="today-row-line">
              {/* A row of Today's list too: ↑ and ↓ go on from the follow-ups to the interviews ahead. */}
              <button
                type="button"
                className="today-row-open"
                data-today-row
                // As a due row does: the keyboard goes to what to do next there; it stayed in the side bar.
                onClick={() => openFollowUp(workbench, upcoming.interviewId)}
              >
                <span className="upcoming-company">{upcoming.company}</span>
                <span className="today-row-subject">
                  Round {upcoming.round} · {upcoming.role}
                </span>
                <span className="today-row-when">{upcomingWhen(upcoming, now)}</span>
              </button>
              {upcoming.round > 1 && (
                <button
                  type="button"
                  className="button button-secondary"
                  aria-label={`Prepare for round ${upcoming.round} at ${upcoming.company}`}
                  onClick={() => screens.show('prepare', upcoming.interviewId)}
                >
                  Prepare
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
    </section>
  )
}

/**
 * When it starts, on the user's clock, and on the interview's where it differs, as its card says it:
 * "Thu 10 Dec, 15:30 (09:30 in New York)". The New York time, which the user had entered, was missing (a walkthrough).
 */
function upcomingWhen(upcoming: UpcomingInterview, now: Date): string {
  const start = new Date(upcoming.start)
  const wall = instantToWallTime(start, upcoming.timeZone)
  const other = formatInterviewTime({ date: wall.slice(0, 10), time: wall.slice(11), timeZone: upcoming.timeZone })
  const when = startsWhen(start, now)
  return other.inInterviewZone ? `${when} (${other.inInterviewZone})` : when
}
