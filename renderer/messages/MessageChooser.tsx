import { useId } from 'react'
import { MESSAGE_TEMPLATES } from '../../shared/messages'
import type { MessageDraft } from './useMessageDraft'

/** Which message, to whom, and the point from the notes it mentions. */
export function MessageChooser({ draft }: { draft: MessageDraft }) {
  const id = useId()
  const pointHintId = `${id}-point-hint`
  const selected = new Set(draft.recipients.map((person) => person.id))

  const toggle = (personId: string, checked: boolean) => {
    const others = draft.recipients.map((person) => person.id).filter((each) => each !== personId)
    draft.setRecipients(checked ? [...others, personId] : others)
  }

  return (
    <div className="message-chooser">
      <div className="field">
        <label htmlFor={`${id}-message`}>Message</label>
        <select id={`${id}-message`} value={draft.choice.key} onChange={(event) => draft.choose(event.target.value)}>
          {draft.groups.map((group) => (
            <optgroup key={group.label} label={group.label}>
              {group.choices.map((choice) => (
                <option key={choice.key} value={choice.key}>
                  {MESSAGE_TEMPLATES[choice.templateId].label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>

      <fieldset className="message-recipients">
        <legend>Send to</legend>
        {draft.options.length === 0 && (
          <p className="form-hint">No interviewer or organiser yet: add them under People to address the message.</p>
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
      </fieldset>

      <div className="field message-point">
        <label htmlFor={`${id}-point`}>Point to mention</label>
        <input
          id={`${id}-point`}
          type="text"
          value={draft.notePoint}
          aria-describedby={pointHintId}
          onChange={(event) => draft.setNotePoint(event.target.value)}
        />
        <p id={pointHintId} className="form-hint">
          Taken from your notes (a line “Point to mention: …”, or the first thing under “What we talked about”).
        </p>
      </div>
    </div>
  )
}
