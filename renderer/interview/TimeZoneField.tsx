import { useId } from 'react'
import { useFormContext } from 'react-hook-form'
import type { InterviewFieldsInput } from '../../shared/domain/interview'
import { cityOf } from '../format/zonedTimes'
import { Field } from './fields/Field'

interface ZoneOption {
  zone: string
  /** What the list shows and what typing matches: "New York (America/New_York)". */
  label: string
}

let zoneOptions: readonly ZoneOption[] | null = null
/** The IANA zones the browser knows, each with its city; read once, on first use. */
function knownZones(): readonly ZoneOption[] {
  zoneOptions ??= Intl.supportedValuesOf('timeZone').map((zone) => ({ zone, label: cityOf(zone) }))
  return zoneOptions
}

const squash = (text: string) => text.trim().toLowerCase().replaceAll('_', ' ')

/** The zone a typed text names: a zone ("europe/berlin"), or a city ("New York", "los angeles"). */
export function zoneFor(typed: string): string | null {
  const wanted = squash(typed)
  if (wanted === '') return null
  const zones = knownZones()
  return (
    zones.find(({ zone }) => squash(zone) === wanted)?.zone ??
    zones.find(({ label }) => squash(label) === wanted)?.zone ??
    null
  )
}

/**
 * The interview's time zone, searched by city or zone: typing "New York" offers America/New_York and
 * becomes it when the field is left. A new interview starts in the user's own zone.
 */
export function TimeZoneField() {
  const listId = useId()
  const { register, setValue, formState } = useFormContext<InterviewFieldsInput>()
  const registration = register('timeZone', {
    onBlur: (event: { target: HTMLInputElement }) => {
      const zone = zoneFor(event.target.value)
      if (zone && zone !== event.target.value) {
        setValue('timeZone', zone, { shouldDirty: true, shouldValidate: formState.isSubmitted })
      }
    },
  })
  return (
    <Field name="timeZone" label="Time zone">
      {(control) => (
        <>
          <input
            {...control}
            {...registration}
            type="text"
            list={listId}
            autoComplete="off"
            spellCheck={false}
            placeholder="City or zone, e.g. Berlin"
          />
          <datalist id={listId}>
            {knownZones().map(({ zone, label }) => (
              <option key={zone} value={zone} label={label} />
            ))}
          </datalist>
        </>
      )}
    </Field>
  )
}
