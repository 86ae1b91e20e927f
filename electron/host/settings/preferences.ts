import type { Notice } from '../../../shared/api/contract'
import {
  DEFAULT_PREFERENCES,
  preferencesSchema,
  SETTINGS_SCHEMA_VERSION,
  WORKING_DAY_KEYS,
  type Preferences,
} from '../../../shared/domain/settings'
import type { SettingsBackend } from '../host'
import { createNotice } from '../storage/notices'

export const PREFERENCES_KEY = 'preferences'
export const SETTINGS_VERSION_KEY = 'schemaVersion'

/** How a preference is named to the user when it had to be reset; others are named from their key. */
const PREFERENCE_NAMES: Partial<Record<keyof Preferences, string>> = {
  workingHours: 'working hours',
  lunch: 'lunch break',
  fewDays: '"a few days"',
  businessDays: 'business days only',
  replyWithinHours: 'reply within (hours)',
}

function preferenceName(key: keyof Preferences): string {
  return PREFERENCE_NAMES[key] ?? key.replace(/[A-Z]/g, (letter) => ` ${letter.toLowerCase()}`)
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Keeps every stored preference that is still valid; the others fall back to their defaults. */
function salvage(stored: Record<string, unknown>): { preferences: Preferences; reset: string[] } {
  const reset: string[] = []
  const kept: Record<string, unknown> = {}
  for (const key of Object.keys(preferencesSchema.shape) as Array<keyof Preferences>) {
    const field = preferencesSchema.shape[key].safeParse(stored[key])
    if (field.success) kept[key] = field.data
    else reset.push(preferenceName(key))
  }
  if (!preferencesSchema.safeParse(kept).success) {
    // Each valid alone, but not together (lunch outside the working day): the working day falls back as a whole.
    for (const key of WORKING_DAY_KEYS) {
      if (key in kept) reset.push(preferenceName(key))
      delete kept[key]
    }
  }
  return { preferences: preferencesSchema.parse(kept), reset }
}

/** Reads the preferences; anything invalid becomes its default, and the user is told which. */
export function loadPreferences(settings: SettingsBackend, now: Date): { preferences: Preferences; notices: Notice[] } {
  let stored: unknown
  try {
    stored = settings.get(PREFERENCES_KEY)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    const notice = createNotice(
      'warning',
      `Your preferences could not be read (${reason}); the defaults are used.`,
      now,
    )
    return { preferences: DEFAULT_PREFERENCES, notices: [notice] }
  }
  if (stored === undefined) return { preferences: DEFAULT_PREFERENCES, notices: [] }
  const parsed = preferencesSchema.safeParse(stored)
  if (parsed.success) return { preferences: parsed.data, notices: [] }
  if (!isRecord(stored)) {
    const notice = createNotice('warning', 'Your saved preferences were not valid and were reset to the defaults.', now)
    return { preferences: DEFAULT_PREFERENCES, notices: [notice] }
  }
  const { preferences, reset } = salvage(stored)
  const notices = reset.length
    ? [
        createNotice(
          'warning',
          `These preferences were not valid and were reset to their defaults: ${reset.join(', ')}.`,
          now,
        ),
      ]
    : []
  return { preferences, notices }
}

/** Writes the preferences to the settings file; a failure is thrown as the file system reported it. */
export function writePreferences(settings: SettingsBackend, preferences: Preferences): void {
  settings.set(PREFERENCES_KEY, preferences)
  settings.set(SETTINGS_VERSION_KEY, SETTINGS_SCHEMA_VERSION)
}
