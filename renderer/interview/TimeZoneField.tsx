import { useId } from 'react'
import { useFormContext } from 'react-hook-form'
import type { InterviewFieldsInput } from '../../shared/domain/interview'
import { timeZoneOptions, zoneForName } from '../../shared/domain/time-zones'
import { Field } from './fields/Field'

/** "New York · America" and the cities on the same clock, as the list shows each zone. */
function labelOf({ city, region, aliases }: ReturnType<typeof timeZoneOptions>[number]): string {
  return [city, region, ...aliases].filter(Boolean).join(' · ')
}

/**
 * The interview's time zone, searched by city or zone: the list matches "New York", "Munich" or
 * "Europe/Berlin", and a city typed in full becomes its zone when the field is left (the schema takes
 * one on save as well). A new interview starts in the user's own zone.
 */
export function TimeZoneField() {
  const listId = useId()
  const { register, setValue, formState } = useFormContext<InterviewFieldsInput>()
  const registration = register('timeZone', {
    onBlur: (event: { target: HTMLInputElement }) => {
      const zone = zoneForName(event.target.value)
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
            {timeZoneOptions().map((option) => (
              <option key={option.zone} value={option.zone} label={labelOf(option)} />
            ))}
          </datalist>
        </>
      )}
    </Field>
  )
}
