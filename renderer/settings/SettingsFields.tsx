import { useId, type ReactNode } from 'react'
import { get, useFormContext, useFormState } from 'react-hook-form'
import { Icon } from '../ui/Icon'
import type { SettingsFormValues, SettingsPath } from './settingsForm'

interface ControlProps {
  id: string
  'aria-invalid': true | undefined
  'aria-describedby': string | undefined
}

interface FieldProps {
  name: SettingsPath
  label: string
  hint?: string
  className?: string
  children: (control: ControlProps) => ReactNode
}

/** A label, the control, the validation message and a hint, the last two read out with the control. */
function SettingField({ name, label, hint, className, children }: FieldProps) {
  const id = useId()
  const { errors } = useFormState<SettingsFormValues>({ name })
  const message = (get(errors, name) as { message?: string } | undefined)?.message
  const hintId = `${id}-hint`
  const messageId = `${id}-message`
  const describedBy = [hint ? hintId : null, message ? messageId : null].filter(Boolean).join(' ')
  return (
    <div className={`settings-field${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': message ? true : undefined, 'aria-describedby': describedBy || undefined })}
      {/* Right under its box, its hint after it, both in one row of the grid: below the hint, in a row as
          tall as the neighbours' longest hint, the message sat nearer the next field's label than its box. */}
      {(message || hint) && (
        <div className="settings-field-notes">
          {message && (
            <p id={messageId} className="field-message">
              <Icon name="error" />
              {message}
            </p>
          )}
          {hint && (
            <p id={hintId} className="settings-hint">
              {hint}
            </p>
          )}
        </div>
      )}
    </div>
  )
}

interface TimeFieldProps {
  name: SettingsPath
  label: string
  /** Fields checked together with this one: their messages follow each change of it. */
  deps?: SettingsPath[]
  disabled?: boolean
}

export function TimeField({ name, label, deps, disabled }: TimeFieldProps) {
  const { register } = useFormContext<SettingsFormValues>()
  return (
    <SettingField name={name} label={label} className="settings-time">
      {(control) => <input {...control} type="time" disabled={disabled} {...register(name, { deps })} />}
    </SettingField>
  )
}

interface NumberFieldProps {
  name: SettingsPath
  label: string
  hint?: string
  min: number
  max: number
}

export function NumberField({ name, label, hint, min, max }: NumberFieldProps) {
  const { register } = useFormContext<SettingsFormValues>()
  return (
    <SettingField name={name} label={label} hint={hint} className="settings-number">
      {(control) => (
        <input
          {...control}
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          step={1}
          {...register(name, { valueAsNumber: true })}
        />
      )}
    </SettingField>
  )
}

interface CheckboxFieldProps {
  name: SettingsPath
  label: string
  hint?: string
  deps?: SettingsPath[]
}

export function CheckboxField({ name, label, hint, deps }: CheckboxFieldProps) {
  const { register } = useFormContext<SettingsFormValues>()
  const id = useId()
  const hintId = `${id}-hint`
  return (
    <div className="settings-checkbox">
      <div className="settings-field settings-field-checkbox">
        <input id={id} type="checkbox" aria-describedby={hint ? hintId : undefined} {...register(name, { deps })} />
        <label htmlFor={id}>{label}</label>
      </div>
      {hint && (
        <p id={hintId} className="settings-hint">
          {hint}
        </p>
      )}
    </div>
  )
}

interface SectionProps {
  /** The heading's id (SETTINGS_TARGETS): it takes focus when a command or the contents go to the section. */
  headingId: string
  title: string
  description?: ReactNode
  children: ReactNode
}

export function SettingsSection({ headingId, title, description, children }: SectionProps) {
  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="settings-section-title" tabIndex={-1}>
        {title}
      </h2>
      {description && <div className="settings-description">{description}</div>}
      {children}
    </section>
  )
}

interface TextFieldProps {
  name: SettingsPath
  label: string
  hint?: string
  type?: 'text' | 'email' | 'tel'
  autoComplete?: string
  /** Several lines (an address, a signature). */
  rows?: number
}

export function TextField({ name, label, hint, type = 'text', autoComplete, rows }: TextFieldProps) {
  const { register } = useFormContext<SettingsFormValues>()
  return (
    <SettingField name={name} label={label} hint={hint} className="settings-text">
      {(control) =>
        rows ? (
          <textarea {...control} rows={rows} autoComplete={autoComplete} {...register(name)} />
        ) : (
          <input {...control} type={type} autoComplete={autoComplete} {...register(name)} />
        )
      }
    </SettingField>
  )
}

interface SelectFieldProps {
  name: SettingsPath
  label: string
  hint?: string
  options: ReadonlyArray<readonly [value: string, label: string]>
}

export function SelectField({ name, label, hint, options }: SelectFieldProps) {
  const { register } = useFormContext<SettingsFormValues>()
  return (
    <SettingField name={name} label={label} hint={hint} className="settings-text settings-select">
      {(control) => (
        <select {...control} {...register(name)}>
          {options.map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </select>
      )}
    </SettingField>
  )
}
