import { useCallback, useEffect, useState } from 'react'
import type { HostEvent } from '../../shared/api/contract'
import type { CalendarInterview } from '../../shared/calendar/api'
import { formatInterviewTime } from '../format/interviewTime'
import { useHostQuery } from '../search/useHostQuery'
import { useServices, useStore } from '../services/services'
import { countdown, groupCalendarInterviews } from './calendarInterviews'
import { calendarScreensFor } from './calendarScreens'

const calendarOrBoardChanged = (event: HostEvent) => event.topic === 'calendar' || event.topic === 'interviews'
/** Countdowns move by the minute. */
const TICK_MS = 60_000

export function useNow(): Date {
  const [now, setNow] = useState(() => new Date())
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), TICK_MS)
    return () => clearInterval(timer)
  }, [])
  return now
}

/** The Calendar view's interviews that came from the calendar: to debrief, upcoming, cancelled. */
export function CalendarInterviews() {
  const { client, data, workbench } = useServices()
  useStore(data)
  const load = useCallback(() => client.listCalendarInterviews({}), [client])
  const { value } = useHostQuery(load, calendarOrBoardChanged)
  const now = useNow()
  if (!value) return null
  const screens = calendarScreensFor(workbench)
  const groups = groupCalendarInterviews(value, now, (id) => data.interviewById(id) !== undefined)

  const row = (entry: CalendarInterview, action: 'debrief' | 'countdown' | 'cancelled') => {
    const interview = data.interviewById(entry.interviewId)!
    const time = formatInterviewTime(interview, now)
    return (
      <li key={entry.interviewId} className="calendar-interview">
        <button type="button" className="calendar-interview-open" onClick={() => workbench.openInterview(interview.id)}>
          <span className="calendar-interview-company">{interview.company}</span>
          <span className="calendar-interview-when">
            {action === 'countdown' ? `${countdown(new Date(entry.start), now)} · ${time.local}` : time.local}
          </span>
          {action === 'cancelled' && <span className="calendar-interview-flag">Cancelled in your calendar</span>}
        </button>
        {action === 'debrief' && (
          <button
            type="button"
            className="button button-primary"
            onClick={() => screens.show('quick-debrief', interview.id)}
          >
            How did it go?
          </button>
        )}
        {action === 'countdown' && interview.round > 1 && (
          <button
            type="button"
            className="button button-secondary"
            aria-label={`Prepare for round ${interview.round} at ${interview.company}`}
            onClick={() => screens.show('prepare', interview.id)}
          >
            Prepare
          </button>
        )}
      </li>
    )
  }

  const section = (title: string, entries: CalendarInterview[], action: 'debrief' | 'countdown' | 'cancelled') =>
    entries.length > 0 && (
      <section className="calendar-interviews" aria-label={title}>
        <h3 className="calendar-section-title">{title}</h3>
        <ul>{entries.map((entry) => row(entry, action))}</ul>
      </section>
    )

  return (
    <>
      {section('Just ended', groups.justEnded, 'debrief')}
      {section('Upcoming', groups.upcoming, 'countdown')}
      {section('Cancelled in your calendar', groups.cancelled, 'cancelled')}
    </>
  )
}
