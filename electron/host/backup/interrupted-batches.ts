import { join } from 'node:path'
import type { Notice } from '../../../shared/api/contract'
import type { BatchEffects } from '../storage/recovery'
import { createNotice } from '../storage/notices'
import { BACKUPS_FOLDER, removePartialBackups } from './backups'
import type { SettingsBackend } from '../host'
import type { NotesStore } from '../notes/notes-store'
import { loadPreferences, writePreferences } from '../settings/preferences'
import type { Preferences } from '../../../shared/domain/settings'
import { canonicalJson } from '../storage/canonical-json'

/**
 * At start, after the journal was replayed: the notes and preferences of each batch it holds (import,
 * restore, a settings change) are on disk, or are written now when a kill came between the batch's
 * line and its files. Each file is written only where it still holds what the batch replaced, never
 * over a later save. True when something had to be finished.
 */
async function finishInterruptedBatches(
  effects: BatchEffects[],
  notes: NotesStore,
  settings: SettingsBackend,
): Promise<boolean> {
  let finished = false
  for (const effect of effects) {
    if (effect.notes && (await notes.redoBatch(effect.notes))) finished = true
    const preferences = effect.preferences
    if (!preferences) continue
    // The preferences in effect: a file without any means the defaults, which a batch names as such.
    const stored = canonicalJson(loadPreferences(settings, new Date()).preferences)
    if (stored === canonicalJson(preferences.before) && stored !== canonicalJson(preferences.after)) {
      writePreferences(settings, preferences.after as Preferences)
      finished = true
    }
  }
  return finished
}

/**
 * What a kill left half done: the notes and preferences of a journaled batch are finished, and the
 * hidden folder of a backup cut short is removed; the user is told of each.
 */
export async function finishInterrupted(
  dataDir: string,
  effects: BatchEffects[],
  notes: NotesStore,
  settings: SettingsBackend,
  now: () => Date,
): Promise<Notice[]> {
  const notices: Notice[] = []
  if (await finishInterruptedBatches(effects, notes, settings)) {
    notices.push(
      createNotice(
        'info',
        'Debrief was stopped in the middle of an import, a restore or a settings change. It finished it now: ' +
          'your notes and settings match your interviews.',
        now(),
      ),
    )
  }
  const partial = await removePartialBackups(dataDir)
  if (partial.length > 0) {
    notices.push(
      createNotice(
        'info',
        `Debrief was stopped while it was taking a backup; the unfinished copy (${partial.join(', ')} in ` +
          `${join(dataDir, BACKUPS_FOLDER)}) was removed. Your data is unchanged, and your other backups are whole.`,
        now(),
      ),
    )
  }
  return notices
}
