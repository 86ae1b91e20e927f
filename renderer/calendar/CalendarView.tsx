import './calendar.css'
import { useCallback, useState } from 'react'
import type { HostEvent } from '../../shared/api/contract'
import type { CalendarSuggestion } from '../../shared/calendar/api'
import { formatInterviewTime } from '../format/interviewTime'
import { useHostQuery } from '../search/useHostQuery'
import { messageOf } from '../services/dataStore'
import { useServices } from '../services/services'
import { settingsSession } from '../settings/settingsSession'
import { Icon } from '../ui/Icon'
import { CalendarInterviews } from './CalendarInterviews'
import { peopleLine } from './suggestionText'

/** Suggestions change with the calendars, and with the board (an interview added elsewhere, a new company). */
const suggestionsMayChange = (event: HostEvent) => event.topic === 'calendar' || event.topic === 'interviews'

/** The side bar's Calendar view: events that look like interviews, each offered, never added on its own. */
export function CalendarView() {
  const { client, workbench } = useServices()
  const loadOverview = useCallback(() => client.getCalendars({}), [client])
  const loadSuggestions = useCallback(() => client.listCalendarSuggestions({}), [client])
  const overview = useHostQuery(loadOverview, suggestionsMayChange)
  const suggestions = useHostQuery(loadSuggestions, suggestionsMayChange)
  const [syncing, setSyncing] = useState(false)
  const [syncError, setSyncError] = useState<string | null>(null)
  const sources = overview.value?.sources ?? []

  const openSettings = () => {
    workbench.showSettings()
    settingsSession(workbench).reveal('calendars')
  }

  const syncAll = async () => {
    setSyncing(true)
    setSyncError(null)
    try {
      await client.syncCalendars({})
    } catch (caught) {
      setSyncError(messageOf(caught))
    } finally {
      setSyncing(false)
    }
  }

  const failing = sources.filter((source) => source.lastError)
  return (
    <aside className="sidebar calendar-view" aria-label="Calendar">
      <header className="sidebar-header">
        <h2 className="sidebar-title">Calendar</h2>
        <div className="calendar-view-actions">
          {sources.some((source) => source.kind !== 'file') && (
            <button
              type="button"
              className="icon-button"
              aria-label="Read the calendars again"
              title="Read the calendars again"
              disabled={syncing}
              onClick={() => void syncAll()}
            >
              <Icon name={syncing ? 'loading' : 'refresh'} className={syncing ? 'codicon-modifier-spin' : undefined} />
            </button>
          )}
          <button
            type="button"
            className="icon-button"
            aria-label="Calendar settings"
            title="Calendar settings"
            onClick={openSettings}
          >
            <Icon name="settings-gear" />
          </button>
        </div>
      </header>
      <div className="sidebar-content">
        {(syncError || failing.length > 0) && (
          <p className="calendar-alert" role="alert">
            <Icon name="warning" />
            <span>
              {syncError ??
                `${failing.map((source) => source.label).join(', ')} could not be read. See Settings › Calendars.`}
            </span>
          </p>
        )}
        <CalendarInterviews />
        {sources.length > 0 && <h3 className="calendar-section-title">Suggested from your calendars</h3>}
        {overview.value && sources.length === 0 ? (
          <div className="sidebar-message calendar-empty">
            <p>
              Connect your calendar and Debrief suggests the interviews in it, so you are asked how each went right
              after it ends. Calendars are only read, never changed.
            </p>
            <button type="button" className="button button-primary" onClick={openSettings}>
              <Icon name="calendar" />
              Connect a calendar…
            </button>
          </div>
        ) : suggestions.error ? (
          <p className="sidebar-message" role="alert">
            The suggestions could not be loaded: {suggestions.error}
          </p>
        ) : !suggestions.value ? (
          <p className="sidebar-message">Reading your calendars…</p>
        ) : suggestions.value.length === 0 ? (
          <p className="sidebar-message">
            No interviews to add: nothing in your calendars from the last two weeks on looks like one. Debrief looks for
            the words set in Settings › Calendars and for people from companies on your board.
          </p>
        ) : (
          <ul className="calendar-suggestions" aria-label="Suggested interviews">
            {suggestions.value.map((suggestion) => (
              <SuggestionCard key={suggestion.key} suggestion={suggestion} />
            ))}
          </ul>
        )}
      </div>
    </aside>
  )
}

function SuggestionCard({ suggestion }: { suggestion: CalendarSuggestion }) {
  const { client, data, workbench, notifications } = useServices()
  const { prefill } = suggestion
  const [company, setCompany] = useState(prefill.company)
  const [role, setRole] = useState(prefill.role)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const time = formatInterviewTime(prefill)
  const titleId = `calendar-suggestion-${suggestion.key.replace(/[^\w-]/g, '_')}`

  const add = async () => {
    setBusy(true)
    setError(null)
    try {
      const interview = await client.addInterviewFromCalendar({ key: suggestion.key, company, role })
      data.applyChanged(interview)
      workbench.openInterview(interview.id)
      notifications.done(`Added the interview at ${interview.company} from your calendar.`)
    } catch (caught) {
      setError(messageOf(caught))
      setBusy(false)
    }
  }

  const dismiss = async () => {
    setBusy(true)
    try {
      await client.dismissCalendarSuggestion({ key: suggestion.key })
    } catch (caught) {
      setError(messageOf(caught))
      setBusy(false)
    }
  }

  return (
    <li className="calendar-suggestion" aria-labelledby={titleId}>
      <h3 id={titleId} className="calendar-suggestion-title">
        {suggestion.summary || '(no title)'}
      </h3>
      <p className="calendar-suggestion-when">
        {suggestion.allDay ? `${prefill.date}, all day` : time.local}
        {!suggestion.allDay && time.inInterviewZone && (
          <span className="calendar-suggestion-zone"> ({time.inInterviewZone})</span>
        )}
      </p>
      <p className="calendar-suggestion-reason">
        {suggestion.reason} · {suggestion.sourceLabel}
      </p>
      {prefill.location && <p className="calendar-suggestion-detail">{prefill.location}</p>}
      {(prefill.interviewers.length > 0 || prefill.arrangers.length > 0) && (
        <p className="calendar-suggestion-detail">{peopleLine(prefill)}</p>
      )}
      <div className="calendar-suggestion-fields">
        <label>
          Company
          <input value={company} maxLength={200} onChange={(event) => setCompany(event.currentTarget.value)} />
        </label>
        <label>
          Role
          <input
            value={role}
            maxLength={200}
            placeholder="The role you applied for"
            onChange={(event) => setRole(event.currentTarget.value)}
          />
        </label>
        <p className="calendar-suggestion-detail">Round {prefill.round}</p>
      </div>
      {error && (
        <p className="calendar-alert" role="alert">
          <Icon name="error" />
          <span>{error}</span>
        </p>
      )}
      <div className="calendar-suggestion-buttons">
        <button
          type="button"
          className="button button-primary"
          disabled={busy || !company.trim() || !role.trim()}
          onClick={() => void add()}
        >
          Add as interview
        </button>
        <button type="button" className="button button-secondary" disabled={busy} onClick={() => void dismiss()}>
          Not an interview
        </button>
      </div>
    </li>
  )
}
