import type { HTMLInputTypeAttribute } from 'react'
import { useFormContext } from 'react-hook-form'
import type { InterviewFieldsInput } from '../../../shared/domain/interview'
import { Field, type FieldName } from './Field'

interface TextFieldProps {
  name: FieldName
  label: string
  type?: HTMLInputTypeAttribute
  className?: string
  autoComplete?: string
  placeholder?: string
  list?: string
  /** For number inputs: hand the form a number, not the text. */
  numeric?: boolean
  multiline?: boolean
  /** A caution under the field that does not stop the save. */
  note?: string | null
}

export function TextField({
  name,
  label,
  className,
  note,
  numeric = false,
  multiline = false,
  ...input
}: TextFieldProps) {
  const { register } = useFormContext<InterviewFieldsInput>()
  const registration = register(name, numeric ? { valueAsNumber: true } : {})
  return (
    <Field name={name} label={label} className={className} note={note}>
      {(control) =>
        multiline ? (
          <textarea {...control} {...registration} rows={2} placeholder={input.placeholder} />
        ) : (
          <input {...control} {...registration} {...input} type={input.type ?? 'text'} />
        )
      }
    </Field>
  )
}
