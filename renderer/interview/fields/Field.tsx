import { useId, type ReactNode } from 'react'
import { get, useFormState, type FieldPath } from 'react-hook-form'
import type { InterviewFieldsInput } from '../../../shared/domain/interview'
import { Icon } from '../../ui/Icon'

export type FieldName = FieldPath<InterviewFieldsInput>

/** What a control needs to be labelled and to point at its validation message. */
export interface ControlProps {
  id: string
  'aria-invalid': true | undefined
  'aria-describedby': string | undefined
}

interface FieldProps {
  name: FieldName
  label: string
  className?: string
  /** A caution that does not stop the save ("is the year right?"), shown while the field has no error. */
  note?: string | null
  /** What the value means beside it ("22:00 your time (Berlin)"), shown while there is neither error nor caution. */
  hint?: string | null
  children: (control: ControlProps) => ReactNode
}

/** A visible label, the control, and its validation message (or a caution) underneath, wired for screen readers. */
export function Field({ name, label, className, note, hint, children }: FieldProps) {
  const id = useId()
  const { errors } = useFormState<InterviewFieldsInput>({ name })
  const message = (get(errors, name) as { message?: string } | undefined)?.message
  const messageId = `${id}-message`
  const caution = message ? null : note
  const meaning = message || caution ? null : hint
  return (
    <div className={`field${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        'aria-invalid': message ? true : undefined,
        'aria-describedby': message || caution || meaning ? messageId : undefined,
      })}
      {message && (
        <p id={messageId} className="field-message">
          <Icon name="error" />
          {message}
        </p>
      )}
      {caution && (
        <p id={messageId} className="field-message" data-level="warning">
          <Icon name="warning" />
          {caution}
        </p>
      )}
      {meaning && (
        <p id={messageId} className="field-message" data-level="info">
          {meaning}
        </p>
      )}
    </div>
  )
}
