import { format } from 'date-fns'
import { useId } from 'react'
import { useWatch } from 'react-hook-form'
import type { InterviewFieldsInput } from '../../shared/domain/interview'
import { unlikelyInterviewDate } from '../../shared/domain/interview-date'
import { STAGES, type StageId } from '../../shared/domain/stages'
import { RecordSection } from './RecordSection'
import { FORMAT_LABELS } from './formValues'
import { SelectField } from './fields/SelectField'
import { TextField } from './fields/TextField'
import { TimeZoneField } from './TimeZoneField'

interface BasicsSectionProps {
  /** The stage picker, shown only for an interview that already exists. */
  stage: { value: StageId; onChange: (stage: StageId) => void } | null
}

/** Company, role, round, when and where. */
export function BasicsSection({ stage }: BasicsSectionProps) {
  const stageId = useId()
  const date = useWatch<InterviewFieldsInput, 'date'>({ name: 'date' })
  const dateNote = unlikelyInterviewDate(date ?? '', format(new Date(), 'yyyy-MM-dd'))
  return (
    <RecordSection
      id="basics"
      title="Interview"
      fields={['company', 'role', 'round', 'format', 'date', 'time', 'timeZone', 'location']}
    >
      <div className="field-grid">
        <TextField name="company" label="Company" autoComplete="organization" />
        <TextField name="role" label="Role" autoComplete="organization-title" />
        <TextField name="round" label="Round" type="number" numeric />
        <SelectField name="format" label="Format" options={FORMAT_LABELS} />
        <TextField name="date" label="Date" type="date" note={dateNote} />
        <TextField name="time" label="Time" type="time" />
        <TimeZoneField />
        {stage && (
          <div className="field">
            <label htmlFor={stageId}>Stage</label>
            <select
              id={stageId}
              value={stage.value}
              onChange={(event) => stage.onChange(event.target.value as StageId)}
            >
              {STAGES.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
        )}
        <TextField name="location" label="Location or link" autoComplete="off" className="field-wide" />
      </div>
    </RecordSection>
  )
}
