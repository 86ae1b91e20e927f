import { useId, type KeyboardEvent, type ReactNode } from 'react'

/** A labelled field of Settings › Calendars, its hint below it. */
export function Field({
  label,
  hint,
  children,
}: {
  label: string
  hint?: ReactNode
  children: (id: string) => ReactNode
}) {
  const id = useId()
  return (
    <div className="settings-field calendar-field">
      <label htmlFor={id}>{label}</label>
      {children(id)}
      {hint && <div className="settings-hint">{hint}</div>}
    </div>
  )
}

/** Enter in this section's fields: not the Settings form's submit (true when it was one). */
export function isEnter(event: KeyboardEvent): boolean {
  if (event.key !== 'Enter' || event.target instanceof HTMLTextAreaElement) return false
  if (event.target instanceof HTMLButtonElement) return false
  event.preventDefault()
  return true
}
