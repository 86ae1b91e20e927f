import { useId } from 'react'
import { stageLabel, type StageId } from '../../shared/domain/stages'
import { OUTCOME_STAGE_IDS } from '../../shared/workflow/stage-reached'
import { RecordSection } from './RecordSection'
import { TextField } from './fields/TextField'

interface OutcomeSectionProps {
  /** Which result came: the card's outcome stage, '' for none yet. Saved as the move to it is. */
  result: { value: StageId | ''; onChange: (stage: StageId | '') => void }
}

/**
 * What came back: which result, when it arrived and what it said. Which result is the card's stage, as
 * "Heard back?" records it: an interview entered with "Offer: …" and its day stayed in Interviewed, asking
 * "Heard back?" (a walkthrough).
 */
export function OutcomeSection({ result }: OutcomeSectionProps) {
  const resultId = useId()
  return (
    <RecordSection id="outcome" title="Outcome" fields={['outcome.receivedOn', 'outcome.answerBy', 'outcome.note']}>
      <div className="field-grid">
        <div className="field">
          <label htmlFor={resultId}>Result</label>
          <select
            id={resultId}
            value={result.value}
            onChange={(event) => result.onChange(event.target.value as StageId | '')}
          >
            <option value="">Not yet</option>
            {OUTCOME_STAGE_IDS.map((stage) => (
              <option key={stage} value={stage}>
                {stageLabel(stage)}
              </option>
            ))}
          </select>
        </div>
        <TextField name="outcome.receivedOn" label="Result received on" type="date" />
        {/* An offer to answer by a day: the day had nowhere to go (a walkthrough). */}
        {result.value === 'offer' && <TextField name="outcome.answerBy" label="Answer by" type="date" />}
        <TextField name="outcome.note" label="What they said" multiline className="field-wide" />
      </div>
    </RecordSection>
  )
}
