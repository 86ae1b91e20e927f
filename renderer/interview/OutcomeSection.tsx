import { RecordSection } from './RecordSection'
import { TextField } from './fields/TextField'

/** What came back: when the result arrived and what it said. The stage above records which outcome it was. */
export function OutcomeSection() {
  return (
    <RecordSection id="outcome" title="Outcome" fields={['outcome.receivedOn', 'outcome.note']}>
      <div className="field-grid">
        <TextField name="outcome.receivedOn" label="Result received on" type="date" />
        <TextField name="outcome.note" label="What they said" multiline className="field-wide" />
      </div>
    </RecordSection>
  )
}
