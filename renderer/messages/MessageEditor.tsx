import { useId, type Ref } from 'react'
import { characterCount, placeholdersIn } from '../../shared/messages'
import { Icon } from '../ui/Icon'
import type { MessageDraft } from './useMessageDraft'

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

/** The subject and text, both editable; the user's edits win over the template until reset. */
export function MessageEditor({ draft, bodyRef }: { draft: MessageDraft; bodyRef: Ref<HTMLTextAreaElement> }) {
  const id = useId()
  const { text, template } = draft
  const hasSubject = template.channel === 'email' || template.channel === 'letter'
  const isLinkedIn = template.channel === 'linkedin'
  const overLimit = isLinkedIn && characterCount(text.body) > draft.linkedInLimit
  const placeholders = placeholdersIn(`${text.subject}\n${text.body}`)
  const countId = `${id}-count`
  const placeholdersId = `${id}-placeholders`
  const describedBy = [isLinkedIn ? countId : '', placeholders.length > 0 ? placeholdersId : ''].filter(Boolean)

  return (
    <div className="message-editor">
      {hasSubject && (
        <div className="field">
          <label htmlFor={`${id}-subject`}>Subject</label>
          <input
            id={`${id}-subject`}
            type="text"
            value={text.subject}
            onChange={(event) => draft.edit({ ...text, subject: event.target.value })}
          />
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-body`}>{template.channel === 'phone' ? 'Call script' : 'Message text'}</label>
        <textarea
          id={`${id}-body`}
          ref={bodyRef}
          className="message-body"
          rows={isLinkedIn ? 6 : 14}
          value={text.body}
          aria-invalid={overLimit || undefined}
          aria-describedby={describedBy.length > 0 ? describedBy.join(' ') : undefined}
          onChange={(event) => draft.edit({ ...text, body: event.target.value })}
        />
        {isLinkedIn && <LinkedInCount id={countId} body={text.body} limit={draft.linkedInLimit} />}
        {placeholders.length > 0 && (
          <p id={placeholdersId} className="message-placeholders">
            <Icon name="edit" />
            Replace before sending: {placeholders.join(' ')}
          </p>
        )}
      </div>
      {draft.edited && (
        <button type="button" className="link-button" onClick={draft.resetText}>
          Discard my edits and use the template again
        </button>
      )}
    </div>
  )
}
