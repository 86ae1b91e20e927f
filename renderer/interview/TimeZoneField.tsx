import { useId } from 'react'
import { useFormContext, useWatch } from 'react-hook-form'
import type { InterviewFieldsInput } from '../../shared/domain/interview'
import { cityOfZone, timeZoneOptions, zoneForName } from '../../shared/domain/time-zones'
import { formatInterviewTime, userTimeZone } from '../format/interviewTime'
import { Field } from './fields/Field'

/** "New York · America" and the cities on the same clock, as the list shows each zone. */
function labelOf({ city, region, aliases }: ReturnType<typeof timeZoneOptions>[number]): string {
  return [city, region, ...aliases].filter(Boolean).join(' · ')
}

/**
 * The interview's time on the user's clock, where it reads otherwise: "Thu 10 Dec, 22:00 your time
 * (Berlin)". An interview set up by a recruiter elsewhere is entered on their clock, and a walkthrough
 * found nothing in the form said what that meant here.
 */
function onYourClock(date: string, time: string, timeZone: string): string | null {
  if (!date || !time || !timeZone) return null
  const { local, inInterviewZone } = formatInterviewTime({ date, time, timeZone })
  return inInterviewZone ? `${local} your time (${cityOfZone(userTimeZone())})` : null
}

/**
 * The interview's time zone, searched by city or zone: the list matches "New York", "Munich" or
 * "Europe/Berlin", and a city typed in full becomes its zone when the field is left (the schema takes
 * one on save as well). A new interview starts in the user's own zone.
 */
export function TimeZoneField() {
  const listId = useId()
  const { register, setValue, formState } = useFormContext<InterviewFieldsInput>()
  const [date, time, timeZone] = useWatch<InterviewFieldsInput, ['date', 'time', 'timeZone']>({
    name: ['date', 'time', 'timeZone'],
  })
  const registration = register('timeZone', {
    onBlur: (event: { target: HTMLInputElement }) => {
      const zone = zoneForName(event.target.value)
      if (zone && zone !== event.target.value) {
        setValue('timeZone', zone, { shouldDirty: true, shouldValidate: formState.isSubmitted })
      }
    },
  })
  return (
    <Field name="timeZone" label="Time zone" hint={onYourClock(date ?? '', time ?? '', timeZone ?? '')}>
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
