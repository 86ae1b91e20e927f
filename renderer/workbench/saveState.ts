import { heldChangesLabel } from '../services/heldChanges'
import type { NotesSaveSummary } from '../services/notesSessions'
import type { WorkbenchState } from '../services/workbenchModel'

/**
 * The status bar's save state, the text and its icon, for everything the window saves: the forms and the
 * notes, so it never says "All changes saved" beside "Saving notes…". "Saved" only when the disk has
 * it, not the host's memory. The notes item beside it says which notes, and why not.
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
