import { useState, type ReactNode } from 'react'
import { get, useFormState } from 'react-hook-form'
import type { InterviewFieldsInput } from '../../shared/domain/interview'
import type { FieldName } from './fields/Field'

/** Which record sections the user folded away, kept across tabs and restarts on this machine. */
const STORAGE_KEY = 'debrief.record.folded'

function readFolded(): Set<string> {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]')
    return new Set(Array.isArray(stored) ? stored.filter((each): each is string => typeof each === 'string') : [])
  } catch {
    return new Set()
  }
}

function saveFolded(id: string, folded: boolean): void {
  const all = readFolded()
  if (folded) all.add(id)
  else all.delete(id)
  localStorage.setItem(STORAGE_KEY, JSON.stringify([...all]))
}

interface RecordSectionProps {
  /** Stable across interviews: folding People folds it on every interview's tab. */
  id: string
  title: string
  /** The fields inside: a section holding a field with an error opens, so the message is seen. */
  fields: readonly FieldName[]
  children: ReactNode
}

/** A section of the interview's record that folds open and shut, and remembers which it was. */
export function RecordSection({ id, title, fields, children }: RecordSectionProps) {
  const [folded, setFolded] = useState(() => readFolded().has(id))
  const { errors } = useFormState<InterviewFieldsInput>({ name: [...fields] })
  const hasError = fields.some((name) => get(errors, name) !== undefined)
  const open = !folded || hasError
  return (
    <details
      className="form-section record-section"
      open={open}
      onToggle={(event) => {
        const nowOpen = event.currentTarget.open
        if (nowOpen === open) return
        setFolded(!nowOpen)
        saveFolded(id, !nowOpen)
      }}
    >
      <summary className="record-section-summary">
        <h2 className="form-section-title">{title}</h2>
      </summary>
      <div className="record-section-body">{children}</div>
    </details>
  )
}
