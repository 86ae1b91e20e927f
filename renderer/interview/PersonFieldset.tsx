import type { PeopleListName } from './PeopleSection'
import { CheckboxField } from './fields/CheckboxField'
import { TextField } from './fields/TextField'
import { Icon } from '../ui/Icon'

interface PersonFieldsetProps {
  listName: PeopleListName
  index: number
  /** "Interviewer 1", "Arranger 2": the group's name, and what the remove button names. */
  legend: string
  onRemove: () => void
}

/** One person's business card. */
export function PersonFieldset({ listName, index, legend, onRemove }: PersonFieldsetProps) {
  const base = `${listName}.${index}` as const
  return (
    <fieldset className="person">
      <legend>{legend}</legend>
      <div className="field-grid">
        <TextField name={`${base}.name`} label="Name" autoComplete="off" />
        <TextField name={`${base}.title`} label="Title" autoComplete="off" />
        <TextField name={`${base}.email`} label="Email" type="email" autoComplete="off" />
        <TextField name={`${base}.phone`} label="Phone" type="tel" autoComplete="off" />
        <TextField
          name={`${base}.linkedin`}
          label="LinkedIn"
          type="url"
          autoComplete="off"
          placeholder="https://www.linkedin.com/in/…"
        />
        <CheckboxField name={`${base}.cardCollected`} label="Card collected" />
        <TextField name={`${base}.mailingAddress`} label="Mailing address" multiline className="field-wide" />
      </div>
      <button type="button" className="button button-secondary person-remove" onClick={onRemove}>
        <Icon name="trash" />
        {`Remove ${legend.charAt(0).toLowerCase()}${legend.slice(1)}`}
      </button>
    </fieldset>
  )
}
