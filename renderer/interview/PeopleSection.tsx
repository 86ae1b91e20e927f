import { useRef } from 'react'
import { get, useFieldArray, useFormContext, useFormState } from 'react-hook-form'
import type { InterviewFieldsInput } from '../../shared/domain/interview'
import { Icon } from '../ui/Icon'
import { newPerson } from './formValues'
import { PersonFieldset } from './PersonFieldset'
import { RecordSection } from './RecordSection'

export type PeopleListName = 'interviewers' | 'arrangers'

interface PeopleSectionProps {
  name: PeopleListName
  title: string
  legend: string
  addLabel: string
  emptyText: string
}

/** A list of business cards that grows and shrinks; a new card's Name field takes focus. */
export function PeopleSection({ name, title, legend, addLabel, emptyText }: PeopleSectionProps) {
  const { control } = useFormContext<InterviewFieldsInput>()
  // Each row is keyed by the person's own id: the form library's row keys are new after every save's
  // reset, which remounted every person's fields, and the keyboard fell from the one being typed in to
  // the tab (a walkthrough's Ctrl+S). Its keys go to `rowKey`, out of the way of the person's `id`.
  const { fields, append, remove } = useFieldArray({ control, name, keyName: 'rowKey' })
  const { errors } = useFormState({ control, name })
  const listError = get(errors, name) as { message?: string; root?: { message?: string } } | undefined
  const listMessage = listError?.message ?? listError?.root?.message
  const addButton = useRef<HTMLButtonElement>(null)

  return (
    <RecordSection id={name} title={title} fields={[name]}>
      {fields.length === 0 && <p className="form-hint">{emptyText}</p>}
      {fields.map((field, index) => (
        <PersonFieldset
          key={field.id}
          listName={name}
          index={index}
          legend={`${legend} ${index + 1}`}
          onRemove={() => {
            remove(index)
            addButton.current?.focus()
          }}
        />
      ))}
      {listMessage && (
        <p className="field-message" role="alert">
          <Icon name="error" />
          {listMessage}
        </p>
      )}
      <button
        ref={addButton}
        type="button"
        className="button button-secondary"
        onClick={() => append(newPerson(), { shouldFocus: true })}
      >
        <Icon name="add" />
        {addLabel}
      </button>
    </RecordSection>
  )
}
