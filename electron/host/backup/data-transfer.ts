import { ApiError } from '../../../shared/api/errors'
import type { HistoryEntry, Interview } from '../../../shared/domain/interview'
import type { BackupKeeper } from './backup-keeper'
import { backupFolderOf, beforeRestoreName, notesIdsIn, readBackup, restoreChanges } from './backups'
import type { FileSystem } from '../storage/durable-file'
import type { NotesStore } from '../notes/notes-store'
import { exportCsv, exportJson, withoutSamples } from './export'
import { parseImport } from './import'

/** What restore, import and export need of the running host; every change goes through its journal. */
export interface DataFolderAccess {
  dataDir: string
  fs: FileSystem
  timeZone: string
  now: () => Date
  interviews(): Interview[]
  notes: NotesStore
  /** Journals one change durably and tells every window, as any user change. */
  commitChange(entry: HistoryEntry): Promise<void>
  /** Writes an interview's notes durably, updates the search index and tells every window. */
  writeNotes(id: string, markdown: string): Promise<void>
  /** Replaces the preferences with stored ones (validated as when read from settings.json). */
  replacePreferences(stored: unknown): void
  addNotice(level: 'info' | 'warning', message: string): void
}

/** Sets the current data aside as a backup, then makes the interviews, notes and preferences the backup's. */
export async function restoreFromBackup(
  access: DataFolderAccess,
  keeper: BackupKeeper,
  name: string,
): Promise<{ restored: string; setAsideAs: string }> {
  const backup = await readBackup(await backupFolderOf(access.dataDir, name), access.fs, { timeZone: access.timeZone })
  const setAsideAs = await beforeRestoreName(access.dataDir, access.now(), access.fs)
  await keeper.takeNow(setAsideAs)
  for (const entry of restoreChanges(access.interviews(), backup.interviews, name)) await access.commitChange(entry)
  for (const id of new Set([...backup.notes.keys(), ...(await notesIdsIn(access.dataDir))])) {
    const markdown = backup.notes.get(id) ?? ''
    if ((await access.notes.read(id)).markdown !== markdown) await access.writeNotes(id, markdown)
  }
  if (backup.preferences !== undefined) access.replacePreferences(backup.preferences)
  access.addNotice(
    'info',
    `Restored the backup ${name}. What it replaced was kept as the backup ${setAsideAs}: restore that one to undo.`,
  )
  return { restored: name, setAsideAs }
}

/** Every interview (archived too) in board order but those in `leaveOut` (the samples), as JSON with its notes or as CSV. */
export async function exportData(
  access: DataFolderAccess,
  format: 'json' | 'csv',
  leaveOut: ReadonlySet<string> = new Set(),
): Promise<{ text: string; fileName: string }> {
  const interviews = [...withoutSamples(access.interviews(), leaveOut)]
  const fileName = `debrief-export-${access.now().toISOString().slice(0, 10)}.${format}`
  if (format === 'csv') return { text: exportCsv(interviews), fileName }
  const notes = new Map<string, string>()
  for (const interview of interviews) notes.set(interview.id, (await access.notes.read(interview.id)).markdown)
  return { text: exportJson(interviews, notes), fileName }
}

/** Loads an export into an empty board: each interview journaled like a new one, each note written durably. */
export async function importData(
  access: DataFolderAccess,
  json: string,
): Promise<{ interviews: number; notes: number }> {
  const existing = access.interviews().length
  if (existing > 0) {
    throw new ApiError({
      code: 'conflict',
      message:
        `Import needs an empty board, and this data folder already has ${existing} interview` +
        `${existing === 1 ? '' : 's'}. Open an empty data folder to import into; nothing was changed.`,
    })
  }
  const data = parseImport(json)
  for (const interview of data.interviews) {
    await access.commitChange({
      label: `Import ${interview.company}`,
      interviewId: interview.id,
      before: null,
      after: interview,
    })
  }
  for (const [id, markdown] of data.notes) await access.writeNotes(id, markdown)
  return { interviews: data.interviews.length, notes: data.notes.size }
}
