import { RecordSection } from './RecordSection'
import { CHANNEL_LABELS, INFORMER_LABELS } from './formValues'
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
        <TextField name="decision.informerName" label="Their name" autoComplete="off" />
        <TextField name="decision.informerEmail" label="Their email" type="email" autoComplete="off" />
        <TextField name="decision.informerPhone" label="Their phone" type="tel" autoComplete="off" />
        <SelectField name="decision.channel" label="Channel" options={CHANNEL_LABELS} />
      </div>
    </RecordSection>
  )
}
