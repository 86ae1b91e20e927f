import { describe, expect, it } from 'vitest'
import { DEFAULT_PREFERENCES } from '../../shared/domain/settings'
import { editsBetween, formValuesOf, isAboutYou, settingsFormSchema, type SettingsFormValues } from './settingsForm'

const defaults = formValuesOf(DEFAULT_PREFERENCES)

function issuesOf(values: SettingsFormValues): Array<{ path: string; message: string }> {
  const result = settingsFormSchema.safeParse(values)
  return result.success
    ? []
    : result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }))
}

describe('the settings form', () => {
  it('saves every preference but the theme and the board density (their own switches), quiet hours only when on', () => {
    const off = settingsFormSchema.parse({
      ...defaults,
      quietHoursEnabled: false,
      quietHours: { start: '22:00', end: '07:00' },
    })
    const { theme: _theme, boardDensity: _boardDensity, ...rest } = DEFAULT_PREFERENCES
    expect(off).toEqual({ ...rest, quietHours: null })
    // Left out, a Settings save keeps them as they are rather than putting back their defaults.
    expect('theme' in off || 'boardDensity' in off).toBe(false)
    const on = settingsFormSchema.parse({
      ...defaults,
      quietHoursEnabled: true,
      quietHours: { start: '22:00', end: '07:00' },
    })
    expect(on.quietHours).toEqual({ start: '22:00', end: '07:00' })
  })

  it('puts the messages of the shared rules under the fields to fix', () => {
    expect(issuesOf({ ...defaults, workingHours: { start: '09:00', end: '08:00' } })).toEqual([
      { path: 'workingHours.end', message: 'The working day must end after it starts' },
    ])
    expect(issuesOf({ ...defaults, lunch: { start: '08:00', end: '09:30' } })).toEqual([
      { path: 'lunch.start', message: 'Lunch must start within the working day, at 09:00 or later' },
    ])
    expect(issuesOf({ ...defaults, fewDays: Number.NaN, replyWithinHours: 49 })).toEqual([
      { path: 'fewDays', message: 'Enter a number of days' },
      { path: 'replyWithinHours', message: 'Must be at most 48' },
    ])
  })

  it('refuses quiet hours that start and end at the same time, but only while they are on', () => {
    const same = { start: '22:00', end: '22:00' }
    expect(issuesOf({ ...defaults, quietHoursEnabled: true, quietHours: same })).toEqual([
      { path: 'quietHours.end', message: 'Quiet hours need an end different from their start' },
    ])
    expect(issuesOf({ ...defaults, quietHoursEnabled: false, quietHours: same })).toEqual([])
  })

  it('flags quiet hours with no length together with a field left empty, not a Save later', () => {
    // Quiet from = Quiet until and an empty number: only the number was flagged until it was fixed (a walkthrough).
    const issues = issuesOf({
      ...defaults,
      quietHoursEnabled: true,
      quietHours: { start: '06:00', end: '06:00' },
      linkedInNoteLimit: Number.NaN,
      lunch: { start: '08:00', end: '09:30' },
    })
    expect(issues).toEqual(
      expect.arrayContaining([
        { path: 'linkedInNoteLimit', message: 'Enter a number of characters' },
        { path: 'quietHours.end', message: 'Quiet hours need an end different from their start' },
        { path: 'lunch.start', message: 'Lunch must start within the working day, at 09:00 or later' },
      ]),
    )
    expect(issues).toHaveLength(3)
  })

  it("tells the user's edits from the host's values, field by field", () => {
    const edited = { ...defaults, workingHours: { start: '08:00', end: '17:30' }, businessDays: false }
    expect(editsBetween(edited, defaults)).toEqual([
      ['workingHours.start', '08:00'],
      ['businessDays', false],
    ])
    expect(editsBetween(defaults, formValuesOf(DEFAULT_PREFERENCES))).toEqual([])
  })

  it('saves who you are with the rest, and keeps the first-run step answered', () => {
    const you = {
      ...defaults.you,
      name: 'Alex Morgan',
      address: '12 Elm Street\nLondon',
      greeting: 'full-name' as const,
    }
    const saved = settingsFormSchema.parse({ ...defaults, you, nameStepSeen: true })
    expect(saved.you).toEqual(you)
    expect(saved.nameStepSeen).toBe(true)
    expect(issuesOf({ ...defaults, you: { ...you, email: 'not an address' } }).map((issue) => issue.path)).toEqual([
      'you.email',
    ])
    // "Restore defaults" leaves the user's own details alone.
    const edits = editsBetween({ ...defaults, you, fewDays: 5 }, defaults)
    expect(edits.filter(([path]) => !isAboutYou(path))).toEqual([['fewDays', 5]])
  })
})
