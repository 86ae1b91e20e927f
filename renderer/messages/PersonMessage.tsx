import { useId, useRef, useState } from 'react'
import type { ChangeRef } from '../../shared/api/contract'
import type { FollowUpTask, Interview, Person } from '../../shared/domain/interview'
import { characterCount, mailtoUrl, placeholdersIn } from '../../shared/messages'
import { sentText } from '../format/doneText'
import { messageOf } from '../services/dataStore'
import { changeLeaving } from '../services/history'
import { useServices } from '../services/services'
import { Icon } from '../ui/Icon'
import { askConfirm } from '../ui/ConfirmDialog'
import { revealField } from '../ui/revealField'
import { changeTask } from './changeTask'
import { copyToClipboard } from './clipboard'
import type { TaskMessage, TargetDraft } from './useTaskMessage'

export interface Notice {
  tone: 'done' | 'error'
  text: string
  /** The change to the follow-ups it reports, which its notice offers to undo. */
  undo?: ChangeRef
}

interface PersonMessageProps {
  draft: TaskMessage
  target: TargetDraft
  /** Several people get their own message: each is titled with its person. */
  several: boolean
  report: (notice: Notice) => void
  print: (target: TargetDraft) => void
}

/** Where the message goes: the person's card, or the address the Decision section gives whoever will tell. */
function addressOf(target: TargetDraft): string {
  return (target.person?.email ?? target.recipient?.email ?? '').trim()
}

/** A `mailto:` link for this person's message, or why there cannot be one. */
function mailLink(target: TargetDraft): { href: string } | { error: string } {
  const to = addressOf(target)
  try {
    return { href: mailtoUrl({ ...(to ? { to } : {}), subject: target.text.subject, body: target.text.body }) }
  } catch (error) {
    return { error: messageOf(error) }
  }
}

/** `tel:` takes digits and a leading +; spaces, dots, dashes and brackets are only for reading. */
function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`
}

/**
 * One person's message: its own greeting and text, and what to do with it — copy, open in the mail
 * app, print the letter, call — then "Mark sent", which closes that person's own follow-up.
 */
export function PersonMessage({ draft, target, several, report, print }: PersonMessageProps) {
  const id = useId()
  const services = useServices()
  const bodyRef = useRef<HTMLTextAreaElement>(null)
  const [marking, setMarking] = useState(false)
  // Once the text went out by Copy text, the mail link or the call link, recording it is what is left: Mark
  // sent takes the accent. It stayed grey beside a blue Copy text after the mail app opened (a walkthrough).
  const [handedOver, setHandedOver] = useState(false)
  const { template } = draft
  const { text } = target
  const channel = template.channel
  const hasSubject = channel === 'email' || channel === 'letter'
  const isLinkedIn = channel === 'linkedin'
  const canMail = channel === 'email' || channel === 'letter'
  const canPrint = channel === 'letter' || channel === 'phone'
  const name = target.person?.name ?? target.recipient?.name
  const title = name ? `Message to ${name}` : 'Message'
  const overLimit = isLinkedIn && characterCount(text.body) > draft.preferences.linkedInNoteLimit
  const placeholders = placeholdersIn(`${text.subject}\n${text.body}`)
  const describedBy = [isLinkedIn ? `${id}-count` : '', placeholders.length > 0 ? `${id}-placeholders` : '']
    .filter(Boolean)
    .join(' ')
  const link = canMail ? mailLink(target) : null
  // The person's card, or the number the Decision section gives whoever will tell.
  const phone = (target.person?.phone ?? target.recipient?.phone ?? '').trim()
  const markSentLeads = handedOver && target.closes?.status === 'open'
  // A call is made by its link, so that leads, not Copy text: both were blue, and neither stood out (a walkthrough).
  const canCall = channel === 'phone' && phone !== ''
  const callLeads = canCall && !markSentLeads
  const copyLeads = !canCall && !markSentLeads

  const copy = async (what: 'text' | 'subject') => {
    try {
      const copied = what === 'text' ? text.body : text.subject
      await copyToClipboard(copied)
      if (what === 'text') setHandedOver(true)
      // Pasted into a mail, a "[suggest two or three dates]" left in would go out as it is: said where it is seen.
      const left = placeholdersIn(copied)
      report({
        tone: 'done',
        text:
          `Copied the ${what === 'text' ? 'message text' : 'subject'} to the clipboard.` +
          (left.length > 0 ? ` Replace ${left.join(' ')} before you send it.` : ''),
      })
    } catch (error) {
      if (what === 'text') {
        bodyRef.current?.focus()
        bodyRef.current?.select()
      }
      const hint = what === 'text' ? ' The text is selected: press Ctrl+C (⌘C on a Mac) to copy it.' : ''
      report({ tone: 'error', text: `Could not copy: ${messageOf(error)}${hint}` })
    }
  }

  /** Keep editing: the keyboard on the placeholder in the text, selected to type over (it went back to Mark sent). */
  const selectInBody = (placeholder: string) => {
    const body = bodyRef.current
    const at = body?.value.indexOf(placeholder) ?? -1
    if (!body || at === -1) return
    body.focus()
    body.setSelectionRange(at, at + placeholder.length)
  }

  /**
   * Whether to go on with a draft that still holds a placeholder: asked, with the keyboard on Keep
   * editing (Enter must not go on), which selects the placeholder to type over. True when there is none.
   */
  const goOnDespitePlaceholders = async (title: string, message: string, confirmLabel: string) => {
    if (placeholders.length === 0) return true
    const sure = await askConfirm({ title, message, confirmLabel, cancelLabel: 'Keep editing', danger: true })
    if (!sure) selectInBody(placeholders[0]!)
    return sure
  }

  // Paper cannot be corrected after: a letter printed with "[Add an idea …]" in it went as it was (a walkthrough).
  const printLetter = async () => {
    const said = `This letter still says ${placeholders.join(' ')}. Replace it first, or print it as it is.`
    if (
      channel !== 'letter' ||
      (await goOnDespitePlaceholders('Print with a placeholder in it?', said, 'Print anyway'))
    )
      print(target)
  }

  const markSent = async (task: FollowUpTask) => {
    // "Mark sent" went through with "[suggest two or three dates and times]" still in the draft (a
    // walkthrough). What went out may have been finished in the mail app, so it is asked, not refused.
    const said = `This draft still says ${placeholders.join(' ')}. Mark it sent if the message you sent had that filled in.`
    if (
      channel !== 'phone' &&
      !(await goOnDespitePlaceholders('Mark sent with a placeholder in it?', said, 'Mark sent'))
    )
      return
    setMarking(true)
    // The other people's messages move on before this follow-up leaves the list.
    draft.sent(target)
    try {
      const sent = { channel, to: name ?? (channel === 'phone' ? phone : addressOf(target)) }
      const changed = await changeTask(services, draft.interview, {
        interviewId: draft.interview.id,
        taskId: task.id,
        action: 'done',
        sent,
      })
      report({ tone: 'done', text: sentText(sent, task, changed), undo: changeLeaving(changed, draft.interview.id) })
    } catch (error) {
      report({ tone: 'error', text: `Could not mark “${task.title}” done: ${messageOf(error)}` })
    } finally {
      setMarking(false)
    }
  }

  return (
    <div className="person-message" role="group" aria-label={title}>
      {several && <h4 className="person-message-title">{title}</h4>}
      {channel === 'phone' && (
        <p className="message-call">
          {phone ? (
            <a
              className={`button ${callLeads ? 'button-primary' : 'button-secondary'}`}
              href={telHref(phone)}
              onClick={() => setHandedOver(true)}
            >
              <Icon name="call-outgoing" />
              {name ? `Call ${name} · ${phone}` : `Call ${phone}`}
            </a>
          ) : (
            <span className="form-hint">
              {name ? `No phone number for ${name}` : 'No phone number yet'}:{' '}
              {target.person ? (
                <AddDetail interview={draft.interview} person={target.person} field="phone" />
              ) : target.recipient ? (
                // Who tells the decision is kept under Decision: "add them under Interviewers" led nowhere (a walkthrough).
                <AddIt label={`Add ${name ? `${name}’s` : 'their'} phone number`} field="decision.informerPhone" />
              ) : (
                `add the person to call under ${PEOPLE_SECTIONS}, with their number.`
              )}
            </span>
          )}
          {draft.callWindow && (
            <span className="message-call-window" role="note">
              Good time to call: {draft.callWindow}
            </span>
          )}
        </p>
      )}
      {hasSubject && (
        <div className="field">
          <label htmlFor={`${id}-subject`}>Subject</label>
          <input
            id={`${id}-subject`}
            type="text"
            value={text.subject}
            onChange={(event) => target.edit({ ...text, subject: event.target.value })}
          />
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-body`}>{channel === 'phone' ? 'Call script' : 'Message text'}</label>
        <textarea
          id={`${id}-body`}
          ref={bodyRef}
          className="message-body"
          rows={isLinkedIn ? 6 : 12}
          value={text.body}
          aria-invalid={overLimit || undefined}
          aria-describedby={describedBy || undefined}
          onChange={(event) => target.edit({ ...text, body: event.target.value })}
        />
        {isLinkedIn && (
          <LinkedInCount id={`${id}-count`} body={text.body} limit={draft.preferences.linkedInNoteLimit} />
        )}
        {placeholders.length > 0 && (
          <p id={`${id}-placeholders`} className="message-placeholders">
            <Icon name="edit" />
            Replace before sending: {placeholders.join(' ')}
          </p>
        )}
      </div>
      {target.edited && (
        <button type="button" className="link-button" onClick={target.resetText}>
          Discard my edits and use the template again
        </button>
      )}
      <div className="message-buttons">
        <button
          type="button"
          className={`button ${copyLeads ? 'button-primary' : 'button-secondary'}`}
          onClick={() => void copy('text')}
        >
          <Icon name="copy" />
          Copy text
        </button>
        {text.subject && hasSubject && (
          <button type="button" className="button button-secondary" onClick={() => void copy('subject')}>
            Copy subject
          </button>
        )}
        {link && 'href' in link && (
          <a
            className="button button-secondary"
            href={link.href}
            // The mail opens with the text as it is: said, as a copy says it, where the user looks next.
            onClick={() => {
              setHandedOver(true)
              if (placeholders.length > 0)
                report({
                  tone: 'done',
                  text: `Opened in your mail app. Replace ${placeholders.join(' ')} there before you send it.`,
                })
            }}
          >
            <Icon name="mail" />
            {addressOf(target) && name ? `Email ${name}` : 'Open in mail app'}
          </a>
        )}
        {isLinkedIn && target.person?.linkedin && (
          // An https address on linkedin.com (the record's schema): the desktop app opens it in the browser.
          <a
            className="button button-secondary"
            href={target.person.linkedin}
            target="_blank"
            rel="noopener noreferrer"
          >
            <Icon name="link-external" />
            Open {target.person.name} on LinkedIn
          </a>
        )}
        {canPrint && (
          <button type="button" className="button button-secondary" onClick={() => void printLetter()}>
            <Icon name="file-pdf" />
            Print / Save as PDF
          </button>
        )}
        {target.closes && (
          <button
            type="button"
            className={`button ${markSentLeads ? 'button-primary' : 'button-secondary'}`}
            disabled={marking || target.closes.status !== 'open'}
            onClick={() => void markSent(target.closes!)}
          >
            <Icon name="check" />
            {channel === 'phone' ? 'Mark called' : 'Mark sent'}
          </button>
        )}
      </div>
      {link && 'error' in link && (
        <p className="field-message">
          <Icon name="error" />
          No mail link: {link.error}
        </p>
      )}
      {canMail && target.person && !target.person.email.trim() && (
        <p className="form-hint">
          {/* "no mail link yet" sat under an "Open in mail app" button, which opens a mail without a recipient. */}
          No email address for {target.person.name}, so the mail opens without one:{' '}
          <AddDetail interview={draft.interview} person={target.person} field="email" />
        </p>
      )}
      {isLinkedIn && target.person && !target.person.linkedin.trim() && (
        <p className="form-hint">
          {/* Only "Copy text" and "Mark sent", and nothing said why there was no profile to open (a walkthrough). */}
          No LinkedIn profile for {target.person.name} to open from here:{' '}
          <AddDetail interview={draft.interview} person={target.person} field="linkedin" />
        </p>
      )}
      {canMail && !target.person && target.recipient?.name && !addressOf(target) && (
        <p className="form-hint">
          No email address for {target.recipient.name}, so the mail opens without one:{' '}
          <AddIt label={`Add ${target.recipient.name}’s email address`} field="decision.informerEmail" />
        </p>
      )}
    </div>
  )
}

/** Where the record keeps people, as its section titles say (InterviewForm). */
export const PEOPLE_SECTIONS = 'Interviewers or People who arranged it'

/** "Add it": takes the keyboard to a field of the record, below, opening its section. */
function AddIt({ label, field }: { label: string; field: string }) {
  return (
    <button
      type="button"
      className="link-button"
      aria-label={label}
      onClick={(event) => revealField(event.currentTarget, field)}
    >
      Add it
    </button>
  )
}

/** What AddDetail's button names each of a person's details. */
const DETAIL_NAMES = { email: 'email address', phone: 'phone number', linkedin: 'LinkedIn profile' } as const

/** "Add it" for a person's email, phone or LinkedIn, in their place among the interviewers or arrangers. */
function AddDetail({
  interview,
  person,
  field,
}: {
  interview: Interview
  person: Person
  field: keyof typeof DETAIL_NAMES
}) {
  const list = interview.interviewers.some((each) => each.id === person.id) ? 'interviewers' : 'arrangers'
  const index = interview[list].findIndex((each) => each.id === person.id)
  if (index < 0) return <>add it under {PEOPLE_SECTIONS}.</>
  return <AddIt label={`Add ${person.name}’s ${DETAIL_NAMES[field]}`} field={`${list}.${index}.${field}`} />
}

function LinkedInCount({ body, limit, id }: { body: string; limit: number; id: string }) {
  const count = characterCount(body)
  const over = count - limit
  return (
    <p id={id} className="message-count" data-over={over > 0 || undefined}>
      {over > 0 && <Icon name="warning" />}
      {over > 0
        ? `${count} / ${limit} characters: ${over} over your LinkedIn note limit. Shorten it before sending.`
        : `${count} / ${limit} characters`}
    </p>
  )
}
