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
  children: (control: ControlProps) => ReactNode
}

/** A visible label, the control, and its validation message underneath, wired for screen readers. */
export function Field({ name, label, className, children }: FieldProps) {
  const id = useId()
  const { errors } = useFormState<InterviewFieldsInput>({ name })
  const message = (get(errors, name) as { message?: string } | undefined)?.message
  const messageId = `${id}-message`
  return (
    <div className={`field${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        'aria-invalid': message ? true : undefined,
        'aria-describedby': message ? messageId : undefined,
      })}
      {message && (
        <p id={messageId} className="field-message">
          <Icon name="error" />
          {message}
        </p>
      )}
    </div>
  )
}
