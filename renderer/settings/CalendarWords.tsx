import { useState } from 'react'
import type { CalendarOverview } from '../../shared/calendar/api'
import { calendarSettingsSchema, type CalendarSettings } from '../../shared/calendar/settings'
import { messageOf } from '../services/dataStore'
import { useServices } from '../services/services'
import { Icon } from '../ui/Icon'
import { Field, isEnter } from './calendarFields'

/** Settings › Calendars › Finding interviews: the words, the user's own addresses, and when to read and ask. */
function lines(value: string): string[] {
  return value
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
}

export function CalendarWords({ overview }: { overview: CalendarOverview }) {
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
      notifications.done('Calendar settings saved.')
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
