import '../calendar/calendar.css'
import { useCallback, useState } from 'react'
import type { HostEvent } from '../../shared/api/contract'
import type { CalendarOverview, CalendarSourceView } from '../../shared/calendar/api'
import { useHostQuery } from '../search/useHostQuery'
import { messageOf } from '../services/dataStore'
import { useServices } from '../services/services'
import { Icon } from '../ui/Icon'
import { AddCalendarSourceForm } from './AddCalendarSourceForm'
import { CalendarWords } from './CalendarWords'
import { SettingsSection } from './SettingsFields'
import { SETTINGS_TARGETS } from './settingsSession'

/**
 * Settings › Calendars: the read-only calendar sources, how their secrets are kept, and the words and
 * addresses that tell interviews apart. It sits inside the Settings form but saves on its own: Enter in
 * its fields acts here, never on the preferences' Save.
 */

const calendarsChanged = (event: HostEvent) => event.topic === 'calendar'

const KIND_LABELS: Record<CalendarSourceView['kind'], string> = {
  file: '.ics file (read once)',
  subscription: 'Subscription',
  caldav: 'CalDAV account',
}

function lastRead(source: CalendarSourceView): string {
  if (!source.lastSyncAt) return source.kind === 'file' ? 'Read when added' : 'Not read yet'
  const at = new Date(source.lastSyncAt)
  return at.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })
}

export function CalendarsSection() {
  const { client } = useServices()
  const load = useCallback(() => client.getCalendars({}), [client])
  const { value: overview, error } = useHostQuery(load, calendarsChanged)
  return (
    <SettingsSection
      headingId={SETTINGS_TARGETS.calendars}
      title="Calendars"
      description={
        <p>
          Debrief reads your calendars to suggest the interviews in them and to ask how each went once it ends. It only
          reads them, on this computer; nothing is ever changed or sent anywhere else.
        </p>
      }
    >
      {error && (
        <p className="settings-alert" role="alert">
          <Icon name="error" />
          <span>The calendars could not be loaded: {error}</span>
        </p>
      )}
      {overview && (
        <>
          <SecretNote protection={overview.secretProtection} />
          <SourcesTable sources={overview.sources} />
          <AddCalendarSourceForm />
          <CalendarWords key={JSON.stringify(overview.settings)} overview={overview} />
        </>
      )}
    </SettingsSection>
  )
}

function SecretNote({ protection }: { protection: CalendarOverview['secretProtection'] }) {
  return (
    <p className="settings-note" role="note">
      {protection === 'encrypted'
        ? 'Subscription addresses and CalDAV passwords are encrypted with your system’s key store, in the data folder. ' +
          'Once entered they are never shown again, logged, exported or backed up.'
        : 'Subscription addresses and CalDAV passwords are kept in calendar/secrets.json in the data folder, readable ' +
          'only by your user account, but not encrypted (the browser app, or a system without a key store). Once ' +
          'entered they are never shown again, logged, exported or backed up.'}
    </p>
  )
}

function SourcesTable({ sources }: { sources: CalendarSourceView[] }) {
  const { client } = useServices()
  const [busy, setBusy] = useState<string | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const run = async (id: string, action: () => Promise<unknown>) => {
    setBusy(id)
    setFailure(null)
    try {
      await action()
    } catch (caught) {
      setFailure(messageOf(caught))
    } finally {
      setBusy(null)
    }
  }
  if (sources.length === 0) return <p className="settings-hint">No calendars yet. Add one below.</p>
  return (
    <>
      <table className="settings-table calendar-sources" aria-label="Your calendars">
        <thead>
          <tr>
            <th scope="col">Calendar</th>
            <th scope="col">Kind</th>
            <th scope="col">Last read</th>
            <th scope="col">Events</th>
            <th scope="col">
              <span className="settings-visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sources.map((source) => (
            <tr key={source.id}>
              <td>
                <div>{source.label}</div>
                {(source.origin !== source.label || source.username) && (
                  <div className="settings-hint">
                    {[source.origin !== source.label ? source.origin : '', source.username ?? '']
                      .filter(Boolean)
                      .join(' · ')}
                  </div>
                )}
              </td>
              <td>{KIND_LABELS[source.kind]}</td>
              <td>
                {lastRead(source)}
                {source.lastError && (
                  <p className="field-message" role="alert">
                    <Icon name="error" />
                    {source.lastError}
                  </p>
                )}
              </td>
              <td>{source.eventCount}</td>
              <td className="calendar-source-actions">
                {source.kind !== 'file' && (
                  <button
                    type="button"
                    className="button button-secondary"
                    aria-label={`Read ${source.label} now`}
                    disabled={busy !== null}
                    onClick={() => void run(source.id, () => client.syncCalendars({ id: source.id }))}
                  >
                    {busy === source.id ? 'Reading…' : 'Read now'}
                  </button>
                )}
                <button
                  type="button"
                  className="button button-secondary"
                  aria-label={`Remove ${source.label}`}
                  disabled={busy !== null}
                  onClick={() => void run(source.id, () => client.removeCalendarSource({ id: source.id }))}
                >
                  Remove
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {failure && (
        <p className="settings-alert" role="alert">
          <Icon name="error" />
          <span>{failure}</span>
        </p>
      )}
    </>
  )
}
