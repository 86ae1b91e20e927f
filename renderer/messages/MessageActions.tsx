import { useState, type RefObject } from 'react'
import type { LetterPdfRequest } from '../../shared/api/bridge'
import type { FollowUpTask, Interview } from '../../shared/domain/interview'
import { joinNames } from '../../shared/messages/wording'
import { messageOf } from '../services/dataStore'
import { useServices } from '../services/services'
import { Icon } from '../ui/Icon'
import { copyToClipboard } from './clipboard'
import { mailLinksFor, withoutAddress } from './mailLinks'
import type { MessageDraft } from './useMessageDraft'

export interface Notice {
  tone: 'done' | 'error'
  text: string
}

interface MessageActionsProps {
  interview: Interview
  draft: MessageDraft
  bodyRef: RefObject<HTMLTextAreaElement | null>
  report: (notice: Notice) => void
  print: (letter: LetterPdfRequest) => void
}

/** Copy, open in the mail app, print, and mark the follow-up done. Nothing here sends anything. */
export function MessageActions({ interview, draft, bodyRef, report, print }: MessageActionsProps) {
  const { client, data } = useServices()
  const [marking, setMarking] = useState(false)
  const { text, template, choice } = draft
  const canMail = template.channel === 'email' || template.channel === 'letter'
  const canPrint = template.channel === 'letter' || template.channel === 'phone'
  const links = canMail ? mailLinksFor(draft.recipients, text.subject, text.body) : []
  const unreachable = canMail ? withoutAddress(draft.recipients).map((person) => person.name) : []

  const copyBody = async () => {
    try {
      await copyToClipboard(text.body)
      report({ tone: 'done', text: 'Copied the message text to the clipboard.' })
    } catch (error) {
      bodyRef.current?.focus()
      bodyRef.current?.select()
      report({
        tone: 'error',
        text: `Could not copy: ${messageOf(error)} The text is selected: press Ctrl+C (⌘C on a Mac) to copy it.`,
      })
    }
  }

  const copySubject = async () => {
    try {
      await copyToClipboard(text.subject)
      report({ tone: 'done', text: 'Copied the subject to the clipboard.' })
    } catch (error) {
      report({ tone: 'error', text: `Could not copy the subject: ${messageOf(error)}` })
    }
  }

  const markSent = async (task: FollowUpTask) => {
    setMarking(true)
    try {
      data.applyChanged(await client.updateTask({ interviewId: interview.id, taskId: task.id, action: 'done' }))
      report({ tone: 'done', text: `Marked “${task.title}” done.` })
    } catch (error) {
      report({ tone: 'error', text: `Could not mark “${task.title}” done: ${messageOf(error)}` })
    } finally {
      setMarking(false)
    }
  }

  return (
    <div className="message-actions">
      <div className="message-buttons">
        <button type="button" className="button button-primary" onClick={() => void copyBody()}>
          <Icon name="copy" />
          Copy text
        </button>
        {text.subject && (
          <button type="button" className="button button-secondary" onClick={() => void copySubject()}>
            Copy subject
          </button>
        )}
        {canPrint && (
          <button
            type="button"
            className="button button-secondary"
            onClick={() =>
              print({ heading: text.subject, body: text.body, fileName: `${interview.company} – ${template.label}` })
            }
          >
            <Icon name="file-pdf" />
            Print / Save as PDF
          </button>
        )}
        {choice.task && (
          <button
            type="button"
            className="button button-secondary"
            disabled={marking}
            onClick={() => void markSent(choice.task!)}
          >
            <Icon name="check" />
            {template.channel === 'phone' ? 'Mark called' : 'Mark sent'}
          </button>
        )}
      </div>
      {canMail && (
        <ul className="message-mail-links" aria-label="Open in mail app">
          {links.map((link) => (
            <li key={link.key}>
              {'href' in link ? (
                <>
                  <a className="button button-secondary" href={link.href}>
                    <Icon name="mail" />
                    {link.label}
                  </a>
                  {link.address && <span className="message-recipient-detail">{link.address}</span>}
                </>
              ) : (
                <span className="field-message">
                  <Icon name="error" />
                  {link.label}: {link.error}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {unreachable.length > 0 && (
        <p className="form-hint">
          {joinNames(unreachable)} {unreachable.length === 1 ? 'has' : 'have'} no email address: add one under People to
          get a mail link.
        </p>
      )}
    </div>
  )
}
