import { CHANNEL_LABELS, INFORMER_LABELS } from './formValues'
import { SelectField } from './fields/SelectField'
import { TextField } from './fields/TextField'

/** What the user asked at the end of the interview: when the decision comes, who tells them, and how. */
export function DecisionSection() {
  return (
    <div className="form-section">
      <h2 className="form-section-title">Decision</h2>
      <div className="field-grid">
        <TextField name="decision.expectedDate" label="Expected decision date" type="date" />
        <SelectField name="decision.informer" label="Who will tell you" options={INFORMER_LABELS} />
        <TextField name="decision.informerName" label="Their name" autoComplete="off" />
        <SelectField name="decision.channel" label="Channel" options={CHANNEL_LABELS} />
      </div>
    </div>
  )
}
