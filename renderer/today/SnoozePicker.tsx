import { useId, useRef, useState, type FormEvent, type Ref } from 'react'
import { checkPickedSnooze } from '../../shared/workflow/snooze'
import { instantToWallTime } from '../../shared/workflow/time-zone'
import type { WallDateTime } from '../../shared/workflow/wall-time'
import { userTimeZone } from '../format/interviewTime'
import { cityOfZone } from '../../shared/domain/time-zones'
import { fromUserClock, sameClock } from '../../shared/workflow/zone-text'
import { zonedWall } from '../format/zonedTimes'
import { Icon } from '../ui/Icon'

interface SnoozePickerProps {
  ref: Ref<HTMLDivElement>
  taskName: string
  /** The interview's zone, where the snooze is stored. */
  timeZone: string
  /** A call: the time picked is said on the interview's clock too (SnoozeMenu). */
  theirClock: boolean
  /** Where the picker starts, on the user's clock. */
  initial: WallDateTime
  onSnooze: (until: WallDateTime) => void
  onCancel: () => void
}

/** "Pick a time…": a date and time on the user's own clock, which must still be to come. */
export function SnoozePicker({ ref, taskName, timeZone, theirClock, initial, onSnooze, onCancel }: SnoozePickerProps) {
  const [value, setValue] = useState(initial)
  const [error, setError] = useState<string | null>(null)
  const inputRef = useRef<HTMLInputElement>(null)
  const inputId = useId()
  const errorId = useId()
  const now = new Date()
  const yourZone = userTimeZone()
  const inWords = (wall: WallDateTime) => zonedWall(wall, yourZone, { theirClock: false })
  const checked = checkPickedSnooze(value, now, yourZone, inWords)
  const picked = checked.ok ? fromUserClock(checked.until, yourZone, timeZone) : null
  const onTheirClock =
    theirClock && picked && !sameClock(picked, timeZone, yourZone) ? zonedWall(picked, timeZone, { theirClock }) : null

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const checked = checkPickedSnooze(value, new Date(), yourZone, inWords)
    if (checked.ok) onSnooze(fromUserClock(checked.until, yourZone, timeZone))
    else {
      setError(checked.message)
      inputRef.current?.focus()
    }
  }

  return (
    <div
      ref={ref}
      role="dialog"
      aria-label={`Snooze ${taskName} until`}
      className="popup snooze-popup snooze-picker"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return
        event.preventDefault()
        onCancel()
      }}
    >
      {/* The check is ours, so its message is clear and the same in every browser. */}
      <form noValidate onSubmit={submit}>
        <label htmlFor={inputId}>Snooze until (your time, {cityOfZone(yourZone)})</label>
        <input
          ref={inputRef}
          id={inputId}
          type="datetime-local"
          value={value}
          min={instantToWallTime(now, yourZone)}
          autoFocus
          aria-invalid={error !== null}
          aria-describedby={error ? errorId : undefined}
          onChange={(event) => {
            setValue(event.target.value)
            setError(null)
          }}
        />
        {onTheirClock && <p className="snooze-choice-hint">That is {onTheirClock}.</p>}
        {error && (
          <p id={errorId} className="snooze-error" role="alert">
            <Icon name="error" />
            {error}
          </p>
        )}
        <div className="snooze-picker-buttons">
          <button type="submit" className="button button-primary">
            Snooze
          </button>
          <button type="button" className="button button-secondary" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </div>
  )
}
