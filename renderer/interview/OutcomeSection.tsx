import { TextField } from './fields/TextField'

/** What came back: when the result arrived and what it said. The stage above records which outcome it was. */
export function OutcomeSection() {
  return (
    <div className="form-section">
      <h2 className="form-section-title">Outcome</h2>
      <div className="field-grid">
        <TextField name="outcome.receivedOn" label="Result received on" type="date" />
        <TextField name="outcome.note" label="What they said" multiline className="field-wide" />
      </div>
    </div>
  )
}
