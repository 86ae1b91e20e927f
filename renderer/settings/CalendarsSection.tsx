import '../calendar/calendar.css'
import { useCallback, useId, useRef, useState, type ChangeEvent, type KeyboardEvent, type ReactNode } from 'react'
import type { HostEvent } from '../../shared/api/contract'
import type { AddCalendarSource, CalendarOverview, CalendarSourceView } from '../../shared/calendar/api'
import { calendarSettingsSchema, type CalendarSettings } from '../../shared/calendar/settings'
import { useHostQuery } from '../search/useHostQuery'
import { messageOf } from '../services/dataStore'
import { useServices } from '../services/services'
import { Icon } from '../ui/Icon'
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

type AddKind = AddCalendarSource['kind']

function lastRead(source: CalendarSourceView): string {
  if (!source.lastSyncAt) return source.kind === 'file' ? 'Read when added' : 'Not read yet'
  const at = new Date(source.lastSyncAt)
  return at.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })
}

/** Enter in this section's fields: not the Settings form's submit (true when it was one). */
function isEnter(event: KeyboardEvent): boolean {
  if (event.key !== 'Enter' || event.target instanceof HTMLTextAreaElement) return false
  if (event.target instanceof HTMLButtonElement) return false
  event.preventDefault()
  return true
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
          <AddSource />
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

function Field({ label, hint, children }: { label: string; hint?: ReactNode; children: (id: string) => ReactNode }) {
  const id = useId()
  return (
    <div className="settings-field calendar-field">
      <label htmlFor={id}>{label}</label>
      {children(id)}
      {hint && <div className="settings-hint">{hint}</div>}
    </div>
  )
}

const WHERE_TO_FIND = (
  <details className="calendar-where">
    <summary>Where to find your calendar’s address</summary>
    <ul>
      <li>
        <strong>Google Calendar</strong> (on the web): Settings › your calendar under “Settings for my calendars” ›
        Integrate calendar › “Secret address in iCal format”.
      </li>
      <li>
        <strong>Outlook</strong> (outlook.com or Microsoft 365 on the web): Settings › Calendar › Shared calendars ›
        Publish a calendar › choose the calendar and “Can view all details” › Publish › the ICS link.
      </li>
      <li>
        <strong>iCloud</strong> (Calendar on a Mac or iCloud.com): the share button beside the calendar › tick “Public
        Calendar” › copy the webcal:// link.
      </li>
    </ul>
  </details>
)

function AddSource() {
  const { client, notifications } = useServices()
  const [kind, setKind] = useState<AddKind>('subscription')
  const [address, setAddress] = useState('')
  const [label, setLabel] = useState('')
  const [server, setServer] = useState('')
  const [username, setUsername] = useState('')
  const [password, setPassword] = useState('')
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)
  const fileRef = useRef<HTMLInputElement>(null)
  const kindName = useId()

  const add = async (input: AddCalendarSource) => {
    setBusy(true)
    setFailure(null)
    try {
      const added = await client.addCalendarSource(input)
      notifications.show(`${added.label} added: ${added.eventCount} events read.`)
      // Secrets leave the window once the host has them.
      setAddress('')
      setPassword('')
      setLabel('')
    } catch (caught) {
      setFailure(messageOf(caught))
    } finally {
      setBusy(false)
    }
  }

  const submit = () => {
    if (busy) return
    if (kind === 'subscription') void add({ kind, address, label })
    else if (kind === 'caldav') void add({ kind, server, username, password, label })
    else fileRef.current?.click()
  }

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget
    const file = input.files?.[0]
    input.value = ''
    if (!file) return
    await add({ kind: 'file', fileName: file.name, text: await file.text() })
  }

  return (
    <div className="settings-subsection" onKeyDown={(event) => isEnter(event) && submit()}>
      <h3 className="settings-subtitle">Add a calendar</h3>
      <fieldset className="calendar-kinds">
        <legend className="settings-visually-hidden">Kind of calendar</legend>
        {(
          [
            ['subscription', 'Subscription address (Google, Outlook, iCloud)'],
            ['caldav', 'CalDAV account (Fastmail, Nextcloud, iCloud, …)'],
            ['file', '.ics file, read once'],
          ] as const
        ).map(([value, text]) => (
          <label key={value} className="calendar-kind">
            <input
              type="radio"
              name={kindName}
              checked={kind === value}
              onChange={() => {
                setKind(value)
                setFailure(null)
              }}
            />
            {text}
          </label>
        ))}
      </fieldset>
      {kind === 'subscription' && (
        <>
          <Field label="Calendar address" hint={WHERE_TO_FIND}>
            {(id) => (
              <input
                id={id}
                type="password"
                autoComplete="off"
                spellCheck={false}
                placeholder="https://… or webcal://…"
                value={address}
                onChange={(event) => setAddress(event.currentTarget.value)}
              />
            )}
          </Field>
          <Field label="Name (optional)">
            {(id) => <input id={id} value={label} onChange={(event) => setLabel(event.currentTarget.value)} />}
          </Field>
        </>
      )}
      {kind === 'caldav' && (
        <>
          <Field
            label="Server"
            hint="The CalDAV address your provider gives, e.g. https://caldav.fastmail.com or https://cloud.example.com/remote.php/dav. Debrief finds the calendars on it."
          >
            {(id) => (
              <input
                id={id}
                spellCheck={false}
                value={server}
                onChange={(event) => setServer(event.currentTarget.value)}
              />
            )}
          </Field>
          <Field label="User name">
            {(id) => (
              <input
                id={id}
                autoComplete="username"
                value={username}
                onChange={(event) => setUsername(event.currentTarget.value)}
              />
            )}
          </Field>
          <Field label="App password" hint="Make an app password for Debrief in your account’s security settings.">
            {(id) => (
              <input
                id={id}
                type="password"
                autoComplete="new-password"
                value={password}
                onChange={(event) => setPassword(event.currentTarget.value)}
              />
            )}
          </Field>
          <Field label="Name (optional)">
            {(id) => <input id={id} value={label} onChange={(event) => setLabel(event.currentTarget.value)} />}
          </Field>
        </>
      )}
      {kind === 'file' && (
        <p className="settings-hint">
          An .ics export from any calendar app. It is read once; add a subscription to keep up with changes.
        </p>
      )}
      <button type="button" className="button button-primary" disabled={busy} onClick={submit}>
        <Icon name={kind === 'file' ? 'cloud-upload' : 'add'} />
        {busy ? 'Reading the calendar…' : kind === 'file' ? 'Choose an .ics file…' : 'Add calendar'}
      </button>
      <input
        ref={fileRef}
        type="file"
        accept=".ics,text/calendar"
        aria-label="Calendar file to read"
        hidden
        onChange={(event) => void onFile(event)}
      />
      {failure && (
        <p className="settings-alert" role="alert">
          <Icon name="error" />
          <span>{failure}</span>
        </p>
      )}
    </div>
  )
}

function lines(value: string): string[] {
  return value
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
}

function CalendarWords({ overview }: { overview: CalendarOverview }) {
  const { client, notifications } = useServices()
  const { settings } = overview
  const [keywords, setKeywords] = useState(settings.keywords.join('\n'))
  const [own, setOwn] = useState(settings.ownAddresses.join('\n'))
  const [poll, setPoll] = useState(String(settings.pollMinutes))
  const [delay, setDelay] = useState(String(settings.promptDelayMinutes))
  const [evening, setEvening] = useState(settings.prepareEveningAt ?? '')
  const [before, setBefore] = useState(
    settings.prepareMinutesBefore === null ? '' : String(settings.prepareMinutesBefore),
  )
  const [failure, setFailure] = useState<string | null>(null)

  const save = async () => {
    setFailure(null)
    const parsed = calendarSettingsSchema.safeParse({
      keywords: lines(keywords),
      ownAddresses: lines(own),
      pollMinutes: Number(poll),
      promptDelayMinutes: Number(delay),
      prepareEveningAt: evening || null,
      prepareMinutesBefore: before.trim() === '' ? null : Number(before),
    } satisfies Record<keyof CalendarSettings, unknown>)
    if (!parsed.success) {
      setFailure(parsed.error.issues.map((issue) => issue.message).join('; '))
      return
    }
    try {
      await client.setCalendarSettings(parsed.data)
      notifications.show('Calendar settings saved.')
    } catch (caught) {
      setFailure(messageOf(caught))
    }
  }

  return (
    <div className="settings-subsection" onKeyDown={(event) => isEnter(event) && void save()}>
      <h3 className="settings-subtitle">Finding interviews</h3>
      <Field
        label="Words that mark an interview (one per line)"
        hint="An event whose title holds one of them is suggested, as is one sent by someone at a company on your board."
      >
        {(id) => (
          <textarea id={id} rows={5} value={keywords} onChange={(event) => setKeywords(event.currentTarget.value)} />
        )}
      </Field>
      <Field
        label="Your own email addresses (one per line)"
        hint="Never added as an interviewer or as the person who arranged an interview."
      >
        {(id) => <textarea id={id} rows={2} value={own} onChange={(event) => setOwn(event.currentTarget.value)} />}
      </Field>
      <Field label="Read subscriptions and accounts every (minutes)">
        {(id) => (
          <input
            id={id}
            type="number"
            min={5}
            max={1440}
            value={poll}
            onChange={(event) => setPoll(event.currentTarget.value)}
          />
        )}
      </Field>
      <Field label="Ask “How did it go?” this many minutes after an interview ends">
        {(id) => (
          <input
            id={id}
            type="number"
            min={0}
            max={240}
            value={delay}
            onChange={(event) => setDelay(event.currentTarget.value)}
          />
        )}
      </Field>
      <Field
        label="Before a next round: remind me the evening before at"
        hint="Leave empty for no reminder the evening before."
      >
        {(id) => (
          <input id={id} type="time" value={evening} onChange={(event) => setEvening(event.currentTarget.value)} />
        )}
      </Field>
      <Field label="…and this many minutes before it starts" hint="Leave empty for none.">
        {(id) => (
          <input
            id={id}
            type="number"
            min={5}
            max={720}
            value={before}
            onChange={(event) => setBefore(event.currentTarget.value)}
          />
        )}
      </Field>
      <button type="button" className="button button-secondary" onClick={() => void save()}>
        Save calendar settings
      </button>
      {failure && (
        <p className="settings-alert" role="alert">
          <Icon name="error" />
          <span>{failure}</span>
        </p>
      )}
    </div>
  )
}
