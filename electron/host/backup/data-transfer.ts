import type { RestoredBackups } from '../../../shared/api/contract'
import type { Interview } from '../../../shared/domain/interview'
import type { Preferences } from '../../../shared/domain/settings'
import type { Batch, BatchNotes } from '../interviews/interview-state'
import { loadPreferences } from '../settings/preferences'
import type { BackupKeeper } from './backup-keeper'
import { backupFolderOf, backupInfoOf, beforeRestoreName, notesIdsIn, readBackup, restoreChanges } from './backups'
import type { FileSystem } from '../storage/durable-file'
import type { NotesStore } from '../notes/notes-store'
import { exportCsvPieces, exportJsonPieces, inBoardOrder, withoutSamples } from './export'
import type { DownloadFile } from './downloads'
import { parseImport } from './import'

/** What restore, import and export need of the running host; every change goes through its journal. */
export interface DataFolderAccess {
  dataDir: string
  fs: FileSystem
  timeZone: string
  now: () => Date
  interviews(): Interview[]
  /** Every interview, in no particular order: no sort of the whole board where the order does not matter. */
  unordered(): Iterable<Interview>
  notes: NotesStore
  preferences(): Preferences
  /** Journals the batch as one durable line, then writes its notes and preferences and tells every window. */
  commitBatch(batch: Batch): Promise<void>
  addNotice(level: 'info' | 'warning', message: string): void
  /** Tells every window of a restore, in place of the notice of an earlier one. */
  noticeRestore(restore: RestoredBackups): void
}

/** Each note as a batch writes it: with the revision it replaces, so a redo at start never overwrites a later save. */
async function batchNotes(access: DataFolderAccess, notes: Iterable<[string, string]>): Promise<BatchNotes[]> {
  const written: BatchNotes[] = []
  for (const [id, markdown] of notes) {
    const before = await access.notes.read(id)
    if (before.markdown !== markdown) written.push({ id, markdown, before: before.revision })
  }
  return written
}

/**
 * Sets the current data aside as a backup, then makes the interviews, notes and preferences the
 * backup's in one journaled batch: after a kill the folder holds the restore whole or not at all.
 */
export async function restoreFromBackup(
  access: DataFolderAccess,
  keeper: BackupKeeper,
  name: string,
): Promise<{ restored: string; setAsideAs: string }> {
  const backup = await readBackup(await backupFolderOf(access.dataDir, name), access.fs, { timeZone: access.timeZone })
  const setAsideAs = await beforeRestoreName(access.dataDir, access.now(), access.fs)
  await keeper.takeNow(setAsideAs)
  const ids = new Set([...backup.notes.keys(), ...(await notesIdsIn(access.dataDir))])
  const notes = await batchNotes(
    access,
    [...ids].map((id) => [id, backup.notes.get(id) ?? '']),
  )
  const before = access.preferences()
  const after =
    backup.preferences === undefined
      ? undefined
      : loadPreferences({ get: () => backup.preferences, set: () => undefined }, access.now()).preferences
  await access.commitBatch({
    parts: restoreChanges(access.interviews(), backup.interviews, name).map((entry) => ({ op: 'change', entry })),
    notes,
    ...(after && JSON.stringify(after) !== JSON.stringify(before) ? { preferences: { before, after } } : {}),
    // Read as the snapshot is at start: validated, or sealed by the host and unchanged since.
    checked: new Set(backup.interviews),
  })
  const [restored, setAside] = await Promise.all([
    backupInfoOf(access.dataDir, name),
    backupInfoOf(access.dataDir, setAsideAs),
  ])
  // Both were read whole just now: the backup restored, and the one taken before the change.
  if (restored && setAside) access.noticeRestore({ restored, setAside })
  return { restored: name, setAsideAs }
}

const CONTENT_TYPES = { json: 'application/json; charset=utf-8', csv: 'text/csv; charset=utf-8' } as const

/**
 * Every interview (archived too) in board order but those in `leaveOut` (the samples), as JSON with
 * its notes or as CSV: a file written piece by piece as its door sends it (downloads.ts). The board is
 * taken as it is now; its records are never changed in place, so later changes do not reach the file.
 */
export function exportData(
  access: DataFolderAccess,
  format: 'json' | 'csv',
  leaveOut: ReadonlySet<string> = new Set(),
): DownloadFile {
  const board = [...withoutSamples(access.unordered(), leaveOut)]
  const fileName = `debrief-export-${access.now().toISOString().slice(0, 10)}.${format}`
  const contentType = CONTENT_TYPES[format]
  if (format === 'csv') {
    const pieces = async function* () {
      yield* exportCsvPieces(await inBoardOrder(board))
    }
    return { fileName, contentType, pieces }
  }
  const pieces = async function* () {
    const interviews = await inBoardOrder(board)
    // Only the files the folder lists are read: at 50,000 interviews most have no notes.
    const stored = await access.notes.storedIds()
    const notesOf = async (id: string) => (!stored || stored.has(id) ? (await access.notes.read(id)).markdown : '')
    yield* exportJsonPieces(interviews, notesOf)
  }
  return { fileName, contentType, pieces }
}

/** Which of two records of one interview is newer: the later `updatedAt`; a tie keeps the one on the board. */
function isNewer(candidate: Interview, current: Interview): boolean {
  return Date.parse(candidate.updatedAt) > Date.parse(current.updatedAt)
}

/**
 * Loads an export as one journaled batch, into an empty board or merged into this one: an interview
 * the board does not have is added; one it has (same id) is replaced only by a newer record, and
 * the board's newer one is kept, with its notes. Whole or absent after a kill, so a failed import
 * can simply be tried again.
 */
export async function importData(
  access: DataFolderAccess,
  json: string,
): Promise<{ interviews: number; notes: number; kept: number }> {
  const data = parseImport(json)
  const current = new Map([...access.unordered()].map((interview) => [interview.id, interview]))
  const taken: Interview[] = []
  let kept = 0
  for (const interview of data.interviews) {
    const existing = current.get(interview.id)
    if (existing && !isNewer(interview, existing)) kept++
    else taken.push(interview)
  }
  const takenIds = new Set(taken.map((interview) => interview.id))
  const notes = await batchNotes(
    access,
    [...data.notes].filter(([id]) => takenIds.has(id)),
  )
  await access.commitBatch({
    parts: taken.map((interview) => ({
      op: 'change',
      entry: {
        label: `Import ${interview.company}`,
        interviewId: interview.id,
        before: current.get(interview.id) ?? null,
        after: interview,
      },
    })),
    notes,
    checked: new Set(taken),
  })
  if (kept > 0) {
    access.addNotice(
      'info',
      `Imported ${taken.length} interview${taken.length === 1 ? '' : 's'}. ${kept} already on the board ` +
        `${kept === 1 ? 'was' : 'were'} as new or newer there and ${kept === 1 ? 'was' : 'were'} kept as ${kept === 1 ? 'it was' : 'they were'}.`,
    )
  }
  return { interviews: taken.length, notes: notes.length, kept }
}
