import { useId } from 'react'
import { useFormContext } from 'react-hook-form'
import type { InterviewFieldsInput } from '../../../shared/domain/interview'
import type { FieldName } from './Field'

export function CheckboxField({ name, label }: { name: FieldName; label: string }) {
  const { register } = useFormContext<InterviewFieldsInput>()
  const id = useId()
  return (
    <div className="field field-checkbox">
      <input id={id} type="checkbox" {...register(name)} />
      <label htmlFor={id}>{label}</label>
    </div>
  )
}
