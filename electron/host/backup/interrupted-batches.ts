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
import { batchChainState } from '../storage/batch-chains'

/**
 * At start, after the journal was replayed: the notes and preferences the batches it holds wrote
 * (import, restore, a settings change) are on disk, or the last batch's are written now when a kill
 * came between its line and its files; never over a later save (storage/batch-chains.ts). True when
 * something had to be finished.
 */
async function finishInterruptedBatches(
  effects: BatchEffects[],
  notes: NotesStore,
  settings: SettingsBackend,
): Promise<boolean> {
  const notesWrites = new Map<string, Array<{ markdown: string; before: string }>>()
  for (const { id, markdown, before } of effects.flatMap((effect) => effect.notes ?? [])) {
    const writes = notesWrites.get(id) ?? []
    writes.push({ markdown, before })
    notesWrites.set(id, writes)
  }
  let finished = await notes.finishBatches(notesWrites)
  const preferences = effects.flatMap((effect) => (effect.preferences ? [effect.preferences] : []))
  const last = preferences.at(-1)
  if (last) {
    // The preferences in effect: a file without any means the defaults, which a batch names as such.
    const stored = canonicalJson(loadPreferences(settings, new Date()).preferences)
    const chain = preferences.map(({ before, after }) => ({
      before: canonicalJson(before),
      after: canonicalJson(after),
    }))
    if (batchChainState(chain, stored) === 'finish') {
      writePreferences(settings, last.after as Preferences)
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
