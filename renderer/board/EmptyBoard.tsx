import { useCallback } from 'react'
import type { HostEvent } from '../../shared/api/contract'
import { useHostQuery } from '../search/useHostQuery'
import { useServices } from '../services/services'
import { Icon } from '../ui/Icon'

interface EmptyBoardProps {
  onNewInterview: () => void
  onLoadSamples: () => void
  /** Shows the side bar's Calendar view, where the interviews found in the calendars wait. */
  onShowCalendar: () => void
  /** Opens Settings › Calendars. */
  onManageCalendars: () => void
  /** Picks a JSON export to import (Settings › Data › Import shows how it went). */
  onImport: () => void
}

const calendarsMayChange = (event: HostEvent) => event.topic === 'calendar' || event.topic === 'interviews'

/**
 * The first thing a new user sees: what Debrief is for, the action that starts it, and a way to look
 * around first. Interviews already found in a connected calendar come first: adding them is one click.
 */
export function EmptyBoard({
  onNewInterview,
  onLoadSamples,
  onShowCalendar,
  onManageCalendars,
  onImport,
}: EmptyBoardProps) {
  const { client } = useServices()
  const loadCalendars = useCallback(
    async () => ({
      sources: (await client.getCalendars({})).sources.length,
      suggested: (await client.listCalendarSuggestions({})).length,
    }),
    [client],
  )
  const calendars = useHostQuery(loadCalendars, calendarsMayChange).value
  const suggested = calendars?.suggested ?? 0

  return (
    <div className="empty-board">
      <Icon name="project" className="empty-board-icon" />
      <p className="empty-board-text">
        Debrief keeps track of what to do after each job interview: thank-you notes, letters, and asking for the result
        when it is due.
      </p>
      <p className="empty-board-hint">
        Add an interview right after it happens, then drag its card along as you follow up.
      </p>
      <div className="empty-board-actions">
        {suggested > 0 && (
          <button type="button" className="button button-primary" onClick={onShowCalendar}>
            <Icon name="calendar" />
            {suggested === 1
              ? 'Review the interview found in your calendar'
              : `Review ${suggested} interviews found in your calendar`}
          </button>
        )}
        <button
          type="button"
          className={`button ${suggested > 0 ? 'button-secondary' : 'button-primary'}`}
          onClick={onNewInterview}
        >
          <Icon name="add" />
          New interview
        </button>
        <button type="button" className="button button-secondary" onClick={onLoadSamples}>
          <Icon name="beaker" />
          Load sample interviews
        </button>
      </div>
      {calendars?.sources === 0 && (
        <p className="empty-board-note">
          Your interviews are in your calendar?{' '}
          <button type="button" className="link-button" onClick={onManageCalendars}>
            Connect it
          </button>{' '}
          and Debrief suggests them here, read-only, on this computer.
        </p>
      )}
      {/* Someone moving to a new computer found no way to their export here (a walkthrough). */}
      <p className="empty-board-note">
        Moving from another computer?{' '}
        <button type="button" className="link-button" onClick={onImport}>
          Import a JSON export
        </button>{' '}
        made by Debrief there.
      </p>
      <p className="empty-board-note">Samples are made up; one click on “Remove sample interviews” takes them away.</p>
    </div>
  )
}
