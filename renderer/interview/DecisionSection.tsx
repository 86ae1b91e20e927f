import { useId } from 'react'
import { useFormContext, useWatch } from 'react-hook-form'
import type { InterviewFieldsInput } from '../../shared/domain/interview'
import { RecordSection } from './RecordSection'
import { CHANNEL_LABELS, INFORMER_LABELS, informerAmong, informerFrom } from './formValues'
import { SelectField } from './fields/SelectField'
import { TextField } from './fields/TextField'

/** What the user asked at the end of the interview: when the decision comes, who tells them, and how. */
export function DecisionSection() {
  return (
    <RecordSection
      id="decision"
      title="Decision"
      fields={[
        'decision.expectedDate',
        'decision.informer',
        'decision.informerName',
        'decision.informerEmail',
        'decision.informerPhone',
        'decision.channel',
      ]}
    >
      <div className="field-grid">
        <TextField name="decision.expectedDate" label="Expected decision date" type="date" />
        <SelectField name="decision.informer" label="Who will tell you" options={INFORMER_LABELS} />
        <InterviewerPicker />
        <TextField name="decision.informerName" label="Their name" autoComplete="off" />
        <TextField name="decision.informerEmail" label="Their email" type="email" autoComplete="off" />
        <TextField name="decision.informerPhone" label="Their phone" type="tel" autoComplete="off" />
        <SelectField name="decision.channel" label="Channel" options={CHANNEL_LABELS} />
      </div>
    </RecordSection>
  )
}

/**
 * With "The interviewer" chosen, which one: the interviewers already entered, one pick filling their
 * name, email and phone. The user retyped Dana Smith's name and address from her card above (a
 * walkthrough). What is stored is unchanged: the name, as before, which the messages match to the card.
 */
function InterviewerPicker() {
  const id = useId()
  const { control, setValue, formState } = useFormContext<InterviewFieldsInput>()
  const [informer, informerName = '', interviewers = []] = useWatch({
    control,
    name: ['decision.informer', 'decision.informerName', 'interviewers'],
  })
  const named = interviewers.filter((person) => person.name.trim())
  if (informer !== 'interviewer' || named.length === 0) return null

  const picked = informerAmong(named, informerName)
  const pick = (personId: string) => {
    const person = named.find((each) => each.id === personId)
    const filled = informerFrom(person)
    const options = { shouldDirty: true, shouldValidate: formState.isSubmitted }
    setValue('decision.informerName', filled.informerName, options)
    setValue('decision.informerEmail', filled.informerEmail, options)
    setValue('decision.informerPhone', filled.informerPhone, options)
  }
  return (
    <div className="field">
      <label htmlFor={id}>Which interviewer</label>
      <select id={id} value={picked?.id ?? ''} onChange={(event) => pick(event.target.value)}>
        <option value="">{informerName.trim() ? 'Not one of them' : 'Choose…'}</option>
        {named.map((person) => (
          <option key={person.id} value={person.id}>
            {person.name}
          </option>
        ))}
      </select>
    </div>
  )
}
