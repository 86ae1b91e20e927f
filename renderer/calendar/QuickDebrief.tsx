import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { optionalEmailSchema, optionalPhoneSchema } from '../../shared/domain/fields'
import type { DECISION_CHANNELS, DECISION_INFORMERS } from '../../shared/domain/interview'
import {
  interviewFieldsSchema,
  type Decision,
  type Interview,
  type InterviewFields,
} from '../../shared/domain/interview'
import { NotesPane } from '../notes/NotesPane'
import { insertSummaryTemplate } from '../notes/summaryTemplate'
import { messageOf } from '../services/dataStore'
import { useServices, useStore } from '../services/services'
import { Icon } from '../ui/Icon'

/**
 * The quick debrief: one screen right after an interview. The three answers to ask for before leaving
 * (when they decide, who tells you, how), the people met with their business cards collected or not,
 * and the notes with the summary template. The follow-ups come from it as from any edit.
 */

const INFORMERS: Record<(typeof DECISION_INFORMERS)[number], string> = {
  interviewer: 'The interviewer',
  hr: 'HR',
  other: 'Someone else',
}
const CHANNELS: Record<(typeof DECISION_CHANNELS)[number], string> = {
  email: 'Email',
  phone: 'Phone',
  letter: 'Letter',
}

function fieldsOf(interview: Interview): InterviewFields {
  const keys = Object.keys(interviewFieldsSchema.shape) as Array<keyof InterviewFields>
  return Object.fromEntries(keys.map((key) => [key, interview[key]])) as InterviewFields
}

/** Opens the notes with the summary template when they are still empty, once they have loaded. */
function useTemplateInEmptyNotes(interview: Interview): void {
  const { notes } = useServices()
  const session = useMemo(() => notes.open(interview.id), [notes, interview.id])
  const { status, text } = useStore(session)
  const inserted = useRef(false)
  useEffect(() => {
    if (inserted.current || status !== 'saved') return
    inserted.current = true
    if (text.trim() === '') insertSummaryTemplate(session, interview)
  }, [session, status, text, interview])
}

export function QuickDebrief({ interview, onClose }: { interview: Interview; onClose: () => void }) {
  const { client, data, notifications } = useServices()
  const dialogRef = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const [decision, setDecision] = useState<Decision>(interview.decision)
  const emailRef = useRef<HTMLInputElement>(null)
  const phoneRef = useRef<HTMLInputElement>(null)
  const [cards, setCards] = useState(
    () =>
      new Map([...interview.interviewers, ...interview.arrangers].map((person) => [person.id, person.cardCollected])),
  )
  const [saving, setSaving] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)
  useTemplateInEmptyNotes(interview)

  useEffect(() => {
    const dialog = dialogRef.current
    if (dialog && !dialog.open) dialog.showModal()
    return () => dialog?.close()
  }, [])

  const people = [...interview.interviewers, ...interview.arrangers]
  const save = async () => {
    // Checked here, by the field's own name: the host's answer named it "fields.decision.informerEmail".
    const email = optionalEmailSchema.safeParse(decision.informerEmail ?? '')
    if (!email.success) {
      setFailure(`Their email: ${email.error.issues[0]?.message ?? 'not an email address'}`)
      emailRef.current?.focus()
      return
    }
    const phone = optionalPhoneSchema.safeParse(decision.informerPhone ?? '')
    if (!phone.success) {
      setFailure(`Their phone: ${phone.error.issues[0]?.message ?? 'not a phone number'}`)
      phoneRef.current?.focus()
      return
    }
    setSaving(true)
    setFailure(null)
    const withCards = (list: Interview['interviewers']) =>
      list.map((person) => ({ ...person, cardCollected: cards.get(person.id) ?? person.cardCollected }))
    try {
      const fields = {
        ...fieldsOf(interview),
        decision,
        interviewers: withCards(interview.interviewers),
        arrangers: withCards(interview.arrangers),
      }
      data.applyChanged(await client.updateInterview({ id: interview.id, fields }))
      notifications.done(`Saved what you were told at ${interview.company}.`)
      onClose()
    } catch (caught) {
      setFailure(messageOf(caught))
      setSaving(false)
    }
  }

  return (
    <dialog ref={dialogRef} className="quick-debrief" aria-labelledby={titleId} onCancel={onClose}>
      <header className="quick-debrief-header">
        <h2 id={titleId}>How did it go at {interview.company}?</h2>
        <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
          <Icon name="close" />
        </button>
      </header>
      <div className="quick-debrief-body">
        <section className="quick-debrief-answers" aria-label="What you were told">
          <h3>What you were told</h3>
          <label>
            When will they decide?
            <input
              type="date"
              value={decision.expectedDate}
              onChange={(event) => setDecision({ ...decision, expectedDate: event.currentTarget.value })}
            />
          </label>
          <label>
            Who will tell you?
            <select
              value={decision.informer}
              onChange={(event) =>
                setDecision({ ...decision, informer: event.currentTarget.value as Decision['informer'] })
              }
            >
              {Object.entries(INFORMERS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </label>
          <label>
            Their name
            <input
              value={decision.informerName}
              maxLength={200}
              onChange={(event) => setDecision({ ...decision, informerName: event.currentTarget.value })}
            />
          </label>
          <label>
            {/* The inquiry about the result goes to it, as the record's Decision section's. */}
            Their email
            <input
              ref={emailRef}
              type="email"
              value={decision.informerEmail ?? ''}
              maxLength={254}
              autoComplete="off"
              onChange={(event) => setDecision({ ...decision, informerEmail: event.currentTarget.value })}
            />
          </label>
          <label>
            {/* The call about the result rings it, as the record's Decision section's. */}
            Their phone
            <input
              ref={phoneRef}
              type="tel"
              value={decision.informerPhone ?? ''}
              maxLength={40}
              autoComplete="off"
              onChange={(event) => setDecision({ ...decision, informerPhone: event.currentTarget.value })}
            />
          </label>
          <label>
            How?
            <select
              value={decision.channel}
              onChange={(event) =>
                setDecision({ ...decision, channel: event.currentTarget.value as Decision['channel'] })
              }
            >
              <option value="">Not said</option>
              {Object.entries(CHANNELS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </label>
          {people.length > 0 && (
            <fieldset className="quick-debrief-people">
              <legend>The people you met</legend>
              {people.map((person) => (
                <label key={person.id} className="quick-debrief-person">
                  <input
                    type="checkbox"
                    checked={cards.get(person.id) ?? false}
                    onChange={(event) => setCards(new Map(cards).set(person.id, event.currentTarget.checked))}
                  />
                  <span>{person.name}: card collected</span>
                </label>
              ))}
            </fieldset>
          )}
          {failure && (
            <p className="calendar-alert" role="alert">
              <Icon name="error" />
              <span>{failure}</span>
            </p>
          )}
          <div className="calendar-suggestion-buttons">
            <button type="button" className="button button-primary" disabled={saving} onClick={() => void save()}>
              Save answers
            </button>
            <button type="button" className="button button-secondary" onClick={onClose}>
              Later
            </button>
          </div>
        </section>
        <section className="quick-debrief-notes" aria-label="Your notes">
          <NotesPane interview={interview} />
        </section>
      </div>
    </dialog>
  )
}
