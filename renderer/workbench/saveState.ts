import { heldChangesLabel } from '../services/heldChanges'
import type { NotesSaveSummary } from '../services/notesSessions'
import type { WorkbenchState } from '../services/workbenchModel'

/**
 * The status bar's save state, the text and its icon, for everything the window saves: the forms and the
 * notes, so it never says "All changes saved" while notes are saving. "Saved" only when the disk has
 * it, not the host's memory: the one saved state (the notes item beside it speaks only of notes not saved).
 */
export function saveState(
  { savingKeys, failedKeys, dirtyKeys }: Pick<WorkbenchState, 'savingKeys' | 'failedKeys' | 'dirtyKeys'>,
  notes: NotesSaveSummary['status'],
  heldChanges: number,
): { text: string; icon: string } {
  if (savingKeys.length > 0 || notes === 'saving') return { text: 'Saving…', icon: 'sync' }
  if (failedKeys.length > 0 || notes === 'failed' || notes === 'conflict') return { text: 'Not saved', icon: 'warning' }
  if (dirtyKeys.length > 0) return { text: 'Unsaved changes', icon: 'circle-filled' }
  if (heldChanges > 0) return { text: `${heldChangesLabel(heldChanges)} not on disk yet`, icon: 'warning' }
  return { text: 'All changes saved', icon: 'check' }
}
