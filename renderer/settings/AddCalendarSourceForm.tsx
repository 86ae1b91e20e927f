import { useId, useRef, useState, type ChangeEvent, type InputHTMLAttributes, type ReactNode } from 'react'
import type { AddCalendarSource } from '../../shared/calendar/api'
import { messageOf } from '../services/dataStore'
import { useServices } from '../services/services'
import { Icon } from '../ui/Icon'
import { Field, isEnter } from './calendarFields'

/** Settings › Calendars › Add a calendar: a subscription, a CalDAV account or an .ics file, one form for all. */

type AddKind = AddCalendarSource['kind']
type FieldKey = 'address' | 'server' | 'username' | 'password' | 'label'

interface SourceField {
  key: FieldKey
  label: string
  hint?: ReactNode
  input?: InputHTMLAttributes<HTMLInputElement>
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

const NAME_FIELD: SourceField = { key: 'label', label: 'Name (optional)' }

/** The fields each kind asks for, in order; a file asks for none (it is picked). */
const SOURCE_FIELDS: Record<AddKind, SourceField[]> = {
  subscription: [
    {
      key: 'address',
      label: 'Calendar address',
      hint: WHERE_TO_FIND,
      input: { type: 'password', autoComplete: 'off', spellCheck: false, placeholder: 'https://… or webcal://…' },
    },
    NAME_FIELD,
  ],
  caldav: [
    {
      key: 'server',
      label: 'Server',
      hint: 'The CalDAV address your provider gives, e.g. https://caldav.fastmail.com or https://cloud.example.com/remote.php/dav. Debrief finds the calendars on it.',
      input: { spellCheck: false },
    },
    { key: 'username', label: 'User name', input: { autoComplete: 'username' } },
    {
      key: 'password',
      label: 'App password',
      hint: 'Make an app password for Debrief in your account’s security settings.',
      input: { type: 'password', autoComplete: 'new-password' },
    },
    NAME_FIELD,
  ],
  file: [],
}

const KINDS: ReadonlyArray<readonly [AddKind, string]> = [
  ['subscription', 'Subscription address (Google, Outlook, iCloud)'],
  ['caldav', 'CalDAV account (Fastmail, Nextcloud, iCloud, …)'],
  ['file', '.ics file, read once'],
]

const EMPTY: Record<FieldKey, string> = { address: '', server: '', username: '', password: '', label: '' }

/** What the host is asked to add, from the form's values. */
function sourceInput(kind: 'subscription' | 'caldav', values: Record<FieldKey, string>): AddCalendarSource {
  const { address, server, username, password, label } = values
  return kind === 'subscription' ? { kind, address, label } : { kind, server, username, password, label }
}

export function AddCalendarSourceForm() {
  const { client, notifications } = useServices()
  const [kind, setKind] = useState<AddKind>('subscription')
  const [values, setValues] = useState(EMPTY)
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)
  const fileRef = useRef<HTMLInputElement>(null)
  const kindName = useId()

  const add = async (input: AddCalendarSource) => {
    setBusy(true)
    setFailure(null)
    try {
      const added = await client.addCalendarSource(input)
      notifications.done(`${added.label} added: ${added.eventCount} events read.`)
      // Secrets leave the window once the host has them.
      setValues((current) => ({ ...current, address: '', password: '', label: '' }))
    } catch (caught) {
      setFailure(messageOf(caught))
    } finally {
      setBusy(false)
    }
  }

  const submit = () => {
    if (busy) return
    if (kind === 'file') fileRef.current?.click()
    else void add(sourceInput(kind, values))
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
        {KINDS.map(([value, text]) => (
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
      {SOURCE_FIELDS[kind].map((field) => (
        <Field key={field.key} label={field.label} hint={field.hint}>
          {(id) => (
            <input
              id={id}
              {...field.input}
              value={values[field.key]}
              onChange={(event) => {
                const value = event.currentTarget.value
                setValues((current) => ({ ...current, [field.key]: value }))
              }}
            />
          )}
        </Field>
      ))}
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
