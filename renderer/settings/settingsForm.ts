import { get, type FieldPath } from 'react-hook-form'
import { z } from 'zod'
import { preferencesSchema, quietHoursSchema, type Preferences, type Sender } from '../../shared/domain/settings'

/**
 * What the Settings editor saves: every preference but the view's own, which have their own switches
 * (View: Toggle theme, View: Toggle compact board) and are left as they are.
 */
export type SettingsChange = Omit<Preferences, 'theme' | 'boardDensity'>

/** The form's values: quiet hours as a switch and a range, so turning them off keeps the times shown. */
export interface SettingsFormValues {
  workingHours: { start: string; end: string }
  lunch: { start: string; end: string }
  fewDays: number
  businessDays: boolean
  replyWithinHours: number
  linkedInNoteLimit: number
  notificationsEnabled: boolean
  quietHoursEnabled: boolean
  quietHours: { start: string; end: string }
  startAtLogin: boolean
  keepRunningInTray: boolean
  backupsToKeep: number
  checkAgainAfterDays: number
  stillSendAfterOutcome: boolean
  you: Sender
  /** Not edited here; carried so a save keeps the first run's name step answered. */
  nameStepSeen: boolean
}

export type SettingsPath = FieldPath<SettingsFormValues>

/** Every value the user edits, by its path: what is compared to tell the user's edits from the host's values. */
export const SETTINGS_PATHS = [
  'workingHours.start',
  'workingHours.end',
  'lunch.start',
  'lunch.end',
  'fewDays',
  'businessDays',
  'replyWithinHours',
  'linkedInNoteLimit',
  'notificationsEnabled',
  'quietHoursEnabled',
  'quietHours.start',
  'quietHours.end',
  'startAtLogin',
  'keepRunningInTray',
  'backupsToKeep',
  'checkAgainAfterDays',
  'stillSendAfterOutcome',
  'you.name',
  'you.email',
  'you.phone',
  'you.address',
  'you.signature',
  'you.greeting',
] as const satisfies readonly SettingsPath[]

/** Who the user is: "Restore defaults" resets how Debrief works, never the user's own name and address. */
export const isAboutYou = (path: SettingsPath) => path.startsWith('you.')

/** Shown when quiet hours are first turned on: the night. */
const SUGGESTED_QUIET_HOURS = { start: '22:00', end: '07:00' }

/** The form's values for stored preferences; `shownQuietHours` keeps the times on screen while quiet hours are off. */
export function formValuesOf(
  preferences: Preferences,
  shownQuietHours: SettingsFormValues['quietHours'] = SUGGESTED_QUIET_HOURS,
): SettingsFormValues {
  return {
    workingHours: { ...preferences.workingHours },
    lunch: { ...preferences.lunch },
    fewDays: preferences.fewDays,
    businessDays: preferences.businessDays,
    replyWithinHours: preferences.replyWithinHours,
    linkedInNoteLimit: preferences.linkedInNoteLimit,
    notificationsEnabled: preferences.notificationsEnabled,
    quietHoursEnabled: preferences.quietHours !== null,
    quietHours: { ...(preferences.quietHours ?? shownQuietHours) },
    startAtLogin: preferences.startAtLogin,
    keepRunningInTray: preferences.keepRunningInTray,
    backupsToKeep: preferences.backupsToKeep,
    checkAgainAfterDays: preferences.checkAgainAfterDays,
    stillSendAfterOutcome: preferences.stillSendAfterOutcome,
    you: { ...preferences.you },
    nameStepSeen: preferences.nameStepSeen,
  }
}

/** Every preference the Settings editor saves, without the theme and the board's density. */
export function settingsChangeOf(preferences: Preferences): SettingsChange {
  const { theme: _theme, boardDensity: _boardDensity, ...change } = preferences
  return change
}

/**
 * The form is checked with the host's own schema, so it refuses exactly what both doors refuse (a
 * working day that ends before it starts, lunch outside it), with the same messages under the same
 * fields. One rule is the form's alone: quiet hours that are on need two different times (stored, equal
 * times mean none). It sits on the quiet hours, so it is checked with every other field: checked after
 * the host's schema, it waited until every other field was right, and its error came a Save later (a walkthrough).
 */
const formPreferencesSchema = preferencesSchema.safeExtend({
  quietHours: quietHoursSchema
    .refine(({ start, end }) => start !== end, {
      path: ['end'],
      message: 'Quiet hours need an end different from their start',
    })
    .nullable(),
})

export const settingsFormSchema = z
  .custom<SettingsFormValues>()
  .transform(({ quietHoursEnabled, quietHours, ...values }): z.input<typeof formPreferencesSchema> => ({
    ...values,
    quietHours: quietHoursEnabled ? quietHours : null,
  }))
  .pipe(formPreferencesSchema)
  .transform(settingsChangeOf)

/** The paths where `values` differ from `baseline`, with the values: the user's own edits. */
export function editsBetween(values: SettingsFormValues, baseline: SettingsFormValues): Array<[SettingsPath, unknown]> {
  return SETTINGS_PATHS.flatMap((path) => {
    const value: unknown = get(values, path)
    return Object.is(value, get(baseline, path)) ? [] : [[path, value] as [SettingsPath, unknown]]
  })
}

/** The timings follow-up due times are computed from; a change to them moves the open follow-ups. */
export function changesFollowUps(before: SettingsChange, after: SettingsChange): boolean {
  const timings = (preferences: SettingsChange) =>
    JSON.stringify([
      preferences.workingHours,
      preferences.lunch,
      preferences.fewDays,
      preferences.businessDays,
      preferences.replyWithinHours,
    ])
  return timings(before) !== timings(after)
}
