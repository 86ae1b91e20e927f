import { useFormContext } from 'react-hook-form'
import type { InterviewFieldsInput } from '../../../shared/domain/interview'
import { Field, type FieldName } from './Field'

interface SelectFieldProps {
  name: FieldName
  label: string
  options: Record<string, string>
  className?: string
}

/** A select over a fixed set of values; `options` maps each stored value to its label. */
export function SelectField({ name, label, options, className }: SelectFieldProps) {
  const { register } = useFormContext<InterviewFieldsInput>()
  return (
    <Field name={name} label={label} className={className}>
      {(control) => (
        <select {...control} {...register(name)}>
          {Object.entries(options).map(([value, optionLabel]) => (
            <option key={value} value={value}>
              {optionLabel}
            </option>
          ))}
        </select>
      )}
    </Field>
  )
}
