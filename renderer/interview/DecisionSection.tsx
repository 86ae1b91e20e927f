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
        <InformerPicker />
        <TextField name="decision.informerName" label="Their name" autoComplete="off" />
        <TextField name="decision.informerEmail" label="Their email" type="email" autoComplete="off" />
        <TextField name="decision.informerPhone" label="Their phone" type="tel" autoComplete="off" />
        <SelectField name="decision.channel" label="Channel" options={CHANNEL_LABELS} />
      </div>
    </RecordSection>
  )
}

/**
 * Who tells, picked from the people entered above: with "The interviewer", the interviewers; with "HR" or
 * "Someone else", those who arranged it. One pick fills their name, email and phone. The user retyped Dana
 * Smith's name and address from her card above, and a recruiter's from the arrangers (walkthroughs). What
 * is stored is unchanged: the name, as before, which the messages match to the card.
 */
function InformerPicker() {
  const id = useId()
  const { control, setValue, formState } = useFormContext<InterviewFieldsInput>()
  const [informer, informerName = '', interviewers = [], arrangers = []] = useWatch({
    control,
    name: ['decision.informer', 'decision.informerName', 'interviewers', 'arrangers'],
  })
  const amongInterviewers = informer === 'interviewer'
  const named = (amongInterviewers ? interviewers : arrangers).filter((person) => person.name.trim())
  if (named.length === 0) return null

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
      <label htmlFor={id}>{amongInterviewers ? 'Which interviewer' : 'One who arranged it'}</label>
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
