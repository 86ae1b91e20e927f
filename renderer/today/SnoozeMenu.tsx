import './today.css'
import { useCallback, useLayoutEffect, useRef, useState } from 'react'
import { snoozeForAnHour, snoozeUntilNextMorning, snoozeUntilNextMorningYourTime } from '../../shared/workflow/snooze'
import type { WallDateTime } from '../../shared/workflow/wall-time'
import { userTimeZone } from '../format/interviewTime'
import { zonedWall } from '../format/zonedTimes'
import { Icon } from '../ui/Icon'
import { onMenuKeyDown } from '../ui/menuKeys'
import { usePopup } from './popupPosition'
import { SnoozePicker } from './SnoozePicker'

export interface SnoozeMenuProps {
  /** Names the task in the controls' accessible names, e.g. “Write your summary” for Acme. */
  taskName: string
  /** The interview's zone: snooze times are stored on its clock, as due times are; the user picks on their own. */
  timeZone: string
  /** A call (isCall): its times say the interview's clock too; any other step's, the user's alone. */
  theirClock: boolean
  /** The start of the user's working day, for "This morning" or "Tomorrow morning" on the user's clock. */
  workdayStart: string
  /** The user's "business days" setting: the next morning passes over a weekend ("Monday morning"). */
  businessDays: boolean
  disabled?: boolean
  /** A button that says "Snooze" beside Done and Skip (Next); an icon alone in a compact row (Today). */
  labelled?: boolean
  onSnooze: (until: WallDateTime) => void
}

type Shown = { kind: 'menu' | 'picker'; now: Date } | null

/**
 * The snooze button of a follow-up and its menu: for an hour, until tomorrow morning, or until a time
 * the user picks. A WAI-ARIA menu button: arrow keys move between the choices, Escape closes the menu.
 */
export function SnoozeMenu({
  taskName,
  timeZone,
  theirClock,
  workdayStart,
  businessDays,
  disabled = false,
  labelled = false,
  onSnooze,
}: SnoozeMenuProps) {
  const [shown, setShown] = useState<Shown>(null)
  const buttonRef = useRef<HTMLButtonElement>(null)
  const close = useCallback(() => setShown(null), [])
  const popupRef = usePopup<HTMLDivElement>(buttonRef, shown?.kind ?? null, close)
  const closeToButton = () => {
    setShown(null)
    buttonRef.current?.focus()
  }

  useLayoutEffect(() => {
    if (shown?.kind === 'menu') popupRef.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus()
  }, [shown, popupRef])

  const choose = (until: WallDateTime) => {
    setShown(null)
    onSnooze(until)
  }

  const choice = (label: string, hint: string, onChoose: () => void) => (
    <button type="button" role="menuitem" tabIndex={-1} className="snooze-choice" onClick={onChoose}>
      <span>{label}</span>
      {hint && <span className="snooze-choice-hint">{hint}</span>}
    </button>
  )

  const menu = (now: Date) => {
    const inAnHour = snoozeForAnHour(now, timeZone)
    const yourZone = userTimeZone()
    const morning = snoozeUntilNextMorningYourTime(now, yourZone, timeZone, workdayStart, businessDays)
    return (
      <div
        ref={popupRef}
        role="menu"
        aria-label={`Snooze ${taskName}`}
        className="popup snooze-popup"
        onKeyDown={(event) => onMenuKeyDown(event, closeToButton)}
      >
        {choice('For 1 hour', `until ${zonedWall(inAnHour, timeZone, { theirClock })}`, () => choose(inAnHour))}
        {choice(morning.label, zonedWall(morning.until, timeZone, { theirClock }), () => choose(morning.until))}
        {choice('Pick a time…', '', () => setShown({ kind: 'picker', now: new Date() }))}
      </div>
    )
  }

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className={labelled ? 'button button-secondary' : 'icon-button'}
        aria-label={`Snooze ${taskName}`}
        {...(labelled ? {} : { title: 'Snooze' })}
        aria-haspopup="menu"
        aria-expanded={shown?.kind === 'menu'}
        disabled={disabled}
        onClick={() => setShown(shown ? null : { kind: 'menu', now: new Date() })}
      >
        <Icon name="clock" />
        {labelled && 'Snooze'}
      </button>
      {shown?.kind === 'menu' && menu(shown.now)}
      {shown?.kind === 'picker' && (
        <SnoozePicker
          ref={popupRef}
          taskName={taskName}
          timeZone={timeZone}
          theirClock={theirClock}
          initial={snoozeUntilNextMorning(shown.now, userTimeZone(), workdayStart, businessDays).until}
          onSnooze={choose}
          onCancel={closeToButton}
        />
      )}
    </>
  )
}
