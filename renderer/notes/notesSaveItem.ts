import type { NotesSaveSummary } from '../services/notesSessions'

export interface StatusLabel {
  text: string
  icon: string
}

const NEEDS_YOU: Partial<Record<NotesSaveSummary['status'], StatusLabel>> = {
  failed: { text: 'Notes not saved', icon: 'error' },
  conflict: { text: 'Notes conflict', icon: 'warning' },
}

/** Saved by the editors, but held in the host's memory because the disk refused it. */
const HELD: StatusLabel = { text: 'Notes not on disk yet', icon: 'warning' }

/**
 * The status bar's notes item, only while the notes need the user: not saved, in conflict, or not on
 * disk yet (its tooltip says why). Saved, it said "Notes saved" beside the bar's "All changes saved",
 * two items saying one thing (a walkthrough); now the save state says it once, and quietly, as in VS
 * Code. Saving is said there too ("Saving…", which counts the notes in: workbench/saveState.ts).
 */
export function notesSaveItem(status: NotesSaveSummary['status'], heldChanges: number): StatusLabel | null {
  if (status === 'saved' && heldChanges > 0) return HELD
  return NEEDS_YOU[status] ?? null
}
