import './firstRun.css'
import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { messageOf } from '../services/dataStore'
import { useServices, useStoreValue } from '../services/services'
import { Icon } from '../ui/Icon'

/**
 * The first run's one small step: the user's name, which signs every message. It can be skipped,
 * and is asked once; the rest of "You" waits in Settings.
 */
export function FirstRunNameStep() {
  const { data } = useServices()
  const preferences = useStoreValue(data, (state) => state.preferences)
  const titleId = useId()
  const inputId = useId()
  const [name, setName] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const inputRef = useRef<HTMLInputElement>(null)
  const asking = Boolean(preferences && !preferences.nameStepSeen && preferences.you.name === '')
  const emptyBoard = useStoreValue(data, (state) => state.status === 'ready' && state.interviews.length === 0)
  // On a first run (nothing on the board yet) the one thing asked gets the keyboard, unless the user has
  // put it elsewhere. Not at every start while unanswered: there it took the app's keys (Ctrl+Z undid
  // the field's text, not the last move).
  useEffect(() => {
    const nothingFocused = document.activeElement === null || document.activeElement === document.body
    if (asking && emptyBoard && nothingFocused) inputRef.current?.focus()
  }, [asking, emptyBoard])
  if (!preferences || preferences.nameStepSeen || preferences.you.name !== '') return null

  const answer = async (given: string) => {
    setBusy(true)
    setError(null)
    try {
      await data.savePreferences({ nameStepSeen: true, you: { ...preferences.you, name: given.trim() } })
    } catch (caught) {
      setError(messageOf(caught))
      setBusy(false)
    }
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    void answer(name)
  }

  return (
    <section className="first-run" aria-labelledby={titleId}>
      <form className="first-run-form" onSubmit={submit}>
        <h2 id={titleId} className="first-run-title">
          What is your name?
        </h2>
        <p className="first-run-hint">
          Your thank-you emails and letters are signed with it. Settings › You holds the rest.
        </p>
        <div className="first-run-row">
          <label htmlFor={inputId}>Your name</label>
          <input
            ref={inputRef}
            id={inputId}
            type="text"
            autoComplete="name"
            placeholder="Your name"
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
          <button type="submit" className="button button-primary" disabled={busy || name.trim() === ''}>
            Save name
          </button>
          <button type="button" className="button button-secondary" disabled={busy} onClick={() => void answer('')}>
            Skip
          </button>
        </div>
        {error && (
          <p className="field-message" role="alert">
            <Icon name="error" />
            {error}
          </p>
        )}
      </form>
    </section>
  )
}
