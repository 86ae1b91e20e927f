import './messages.css'
import { useId, useState } from 'react'
import { flushSync } from 'react-dom'
import type { FollowUpTask, Interview } from '../../shared/domain/interview'
import { letterOf, MESSAGE_TEMPLATES, type Letter } from '../../shared/messages'
import { instantToWallTime } from '../../shared/workflow/time-zone'
import { dayOf } from '../../shared/workflow/wall-time'
import { userTimeZone } from '../format/interviewTime'
import { PEOPLE_SECTIONS, PersonMessage, type Notice } from './PersonMessage'
export type { Notice } from './PersonMessage'
import { PrintSheet } from './PrintSheet'
import { savePdf } from './savePdf'
import { useTaskMessage, type TargetDraft, type TaskMessage as Draft } from './useTaskMessage'

/** One person's message as a letter, dated today on the user's clock. */
function letterFor(draft: Draft, target: TargetDraft): Letter {
  return letterOf({
    company: draft.interview.company,
    label: draft.template.label,
    ...(target.person ? { person: target.person } : {}),
    ...(target.recipient ? { recipientName: target.recipient.name } : {}),
    sender: draft.preferences.you,
    today: dayOf(instantToWallTime(new Date(), userTimeZone())),
    subject: target.text.subject,
    body: target.text.body,
  })
}

/**
 * The message for a follow-up, ready inline: which message (where there are several ways), to whom,
 * the point to mention, then one message per person ticked, each with its own actions. Nothing is
 * ever sent by Debrief: the user copies, mails, prints or phones, then marks it sent.
 */
export function TaskMessage({
  interview,
  task,
  report,
}: {
  interview: Interview
  task?: FollowUpTask
  /** Says what happened (copied, marked sent, saved); the panel shows it, so it outlives this message. */
  report: (notice: Notice | null) => void
}) {
  const draft = useTaskMessage(interview, task)
  const [printing, setPrinting] = useState<Letter | null>(null)
  if (!draft) return null

  const print = async (letter: Letter) => {
    report(null)
    const bridge = window.debrief
    if (bridge) {
      report(await savePdf(letter, bridge))
      return
    }
    // The browser prints what is on the page when print() is called: the sheet must be there first.
    flushSync(() => setPrinting(letter))
    try {
      window.print()
    } finally {
      setPrinting(null)
    }
  }

  return (
    <div className="task-message">
      <MessageChooser draft={draft} withTemplates={!task || draft.choices.length > 1} />
      {draft.targets.map((target) => (
        <PersonMessage
          key={`${draft.choice.key}/${target.key}`}
          draft={draft}
          target={target}
          several={draft.targets.length > 1}
          report={report}
          print={(target) => void print(letterFor(draft, target))}
        />
      ))}
      {printing && <PrintSheet letter={printing} />}
    </div>
  )
}

/** Which message, to whom, and the point from the notes it mentions. */
function MessageChooser({ draft, withTemplates }: { draft: Draft; withTemplates: boolean }) {
  const id = useId()
  const selected = new Set(draft.recipients.map((person) => person.id))
  const toggle = (personId: string, checked: boolean) => {
    const others = draft.recipients.map((person) => person.id).filter((each) => each !== personId)
    draft.setRecipients(checked ? [...others, personId] : others)
  }
  const wantsPoint = draft.template.mentionsNotePoint === true
  const pointLeftOut = draft.targets.some((target) => target.notePointLeftOut)
  // Nobody ticked, and the message greets someone the interview knows only by name (who tells the result).
  const suggested = draft.recipients.length === 0 ? draft.targets[0]?.recipient : undefined
  // A call is addressed to a number, the rest to an address: "with no email address yet" sat over a call script.
  const byPhone = draft.template.channel === 'phone'
  const reach = (byPhone ? suggested?.phone : suggested?.email) ?? ''
  const namedOnly = suggested?.name || reach ? suggested : undefined

  return (
    <div className="message-chooser">
      {withTemplates && (
        <div className="field">
          <label htmlFor={`${id}-message`}>Message</label>
          <select id={`${id}-message`} value={draft.choice.key} onChange={(event) => draft.choose(event.target.value)}>
            {draft.choices.map((choice) => (
              <option key={choice.key} value={choice.key}>
                {MESSAGE_TEMPLATES[choice.templateId].label}
              </option>
            ))}
          </select>
        </div>
      )}
      <fieldset className="message-recipients">
        <legend>Send to</legend>
        {draft.options.length === 0 && !namedOnly && (
          <p className="form-hint">
            No one to address it to yet: add the people you met under {PEOPLE_SECTIONS}, below.
          </p>
        )}
        {namedOnly && (
          <p className="form-hint message-named-recipient">
            {/* Who tells the decision is named, and addressed, under Decision: not one of the people above. */}
            Addressed to{' '}
            {namedOnly.name && reach ? (
              <>
                <strong>{namedOnly.name}</strong> · {reach}, as named under Decision, below.
              </>
            ) : namedOnly.name ? (
              <>
                <strong>{namedOnly.name}</strong>, named under Decision, below, with no{' '}
                {byPhone ? 'phone number' : 'email address'} yet.
              </>
            ) : (
              <>
                <strong>{reach}</strong>, the {byPhone ? 'number' : 'address'} under Decision, below.
              </>
            )}
          </p>
        )}
        {draft.options.map(({ person, role }) => (
          <div key={person.id} className="message-recipient">
            <input
              type="checkbox"
              id={`${id}-to-${person.id}`}
              checked={selected.has(person.id)}
              aria-describedby={`${id}-to-${person.id}-detail`}
              onChange={(event) => toggle(person.id, event.target.checked)}
            />
            <label htmlFor={`${id}-to-${person.id}`}>{person.name}</label>
            <span id={`${id}-to-${person.id}-detail`} className="message-recipient-detail">
              {[role, person.title, person.email || 'no email address'].filter(Boolean).join(' · ')}
            </span>
          </div>
        ))}
        {draft.recipients.length > 1 && (
          <p className="form-hint">One message per person, each with its own greeting.</p>
        )}
      </fieldset>
      {wantsPoint && (
        <div className="field message-point">
          <label htmlFor={`${id}-point`}>Point to mention</label>
          <input
            id={`${id}-point`}
            type="text"
            value={draft.notePoint}
            aria-describedby={`${id}-point-hint${pointLeftOut ? ` ${id}-point-left-out` : ''}`}
            onChange={(event) => draft.setNotePoint(event.target.value)}
          />
          <p id={`${id}-point-hint`} className="form-hint">
            Taken from your notes (a line “Point to mention: …”, or the first thing under “What we talked about”).
          </p>
          {/* Left out in silence, typing here changed nothing and nothing said why (a walkthrough). */}
          {pointLeftOut && (
            <p id={`${id}-point-left-out`} className="form-hint">
              Left out of the note to stay within {draft.preferences.linkedInNoteLimit} characters (Settings › LinkedIn
              note limit).
            </p>
          )}
        </div>
      )}
    </div>
  )
}
