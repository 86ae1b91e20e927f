import { readdir, readFile, rm } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { BACKUP_NAME_PATTERN, type BackupInfo } from '../../../shared/api/contract'
import { ApiError } from '../../../shared/api/errors'
import type { HistoryEntry, Interview } from '../../../shared/domain/interview'
import {
  isMissingFile,
  nodeFileSystem,
  storageError,
  syncFolder,
  writeFileDurable,
  type FileSystem,
} from '../storage/durable-file'
import { NOTES_FOLDER } from '../notes/notes-store'
import { fileTimestamp } from '../storage/notices'
import { SETTINGS_FILE } from '../settings/settings-file'
import type { MigrationContext } from '../storage/migrations'
import { DamagedSnapshotError, emptyInterviewsFile, SnapshotFile, type SnapshotRead } from '../storage/snapshot'
import { SNAPSHOT_FILE } from '../storage/store-files'

/**
 * Snapshots of the data folder: `backups/<YYYY-MM-DD>/` once a day, and `backups/before-restore-<time>/`
 * holding what a restore replaced, so every restore can itself be undone. Each holds interviews.json
 * (the whole board, written from memory), notes/ and settings.json, plus backup.json
 * describing it; it is built in a hidden folder and renamed into place, so a backup is whole or absent.
 */

export const BACKUPS_FOLDER = 'backups'
const MANIFEST_FILE = 'backup.json'
const DAILY_NAME = /^\d{4}-\d{2}-\d{2}$/
const BEFORE_RESTORE_PREFIX = 'before-restore-'
const MANUAL_PREFIX = 'manual-'

function pad(value: number): string {
  return String(value).padStart(2, '0')
}

/** Today's daily backup, named by the local date the user sees. */
export function dailyBackupName(at: Date): string {
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`
}

export function backupsFolder(dataDir: string): string {
  return join(dataDir, BACKUPS_FOLDER)
}

async function syncFile(path: string, fs: FileSystem): Promise<void> {
  const handle = await fs.open(path, 'r+')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/** Copies `from` to `to` and fsyncs the copy; false when there was nothing to copy. */
async function copyDurable(from: string, to: string, fs: FileSystem): Promise<boolean> {
  try {
    await fs.copyFile(from, to)
  } catch (error) {
    if (isMissingFile(error)) return false
    throw error
  }
  await syncFile(to, fs)
  return true
}

async function markdownFiles(folder: string): Promise<string[]> {
  try {
    return (await readdir(folder)).filter((name) => name.endsWith('.md'))
  } catch (error) {
    if (isMissingFile(error)) return []
    throw error
  }
}

/** Copies the notes and settings of `from` into the folder `to` (which exists). */
async function copyNotesAndSettings(from: string, to: string, fs: FileSystem): Promise<void> {
  await copyDurable(join(from, SETTINGS_FILE), join(to, SETTINGS_FILE), fs)
  await fs.mkdir(join(to, NOTES_FOLDER), { recursive: true })
  for (const name of await markdownFiles(join(from, NOTES_FOLDER))) {
    await copyDurable(join(from, NOTES_FOLDER, name), join(to, NOTES_FOLDER, name), fs)
  }
  await syncFolder(join(to, NOTES_FOLDER), fs)
}

async function exists(path: string, fs: FileSystem): Promise<boolean> {
  return fs.stat(path).then(
    () => true,
    () => false,
  )
}

/** A free name for a copy set aside before a restore, never over an earlier one. */
export function beforeRestoreName(dataDir: string, at: Date, fs: FileSystem = nodeFileSystem): Promise<string> {
  return freeName(dataDir, `${BEFORE_RESTORE_PREFIX}${fileTimestamp(at)}`, fs)
}

/** A free name for a backup the user asked for ("Back up now"); like a restore's, it is never pruned. */
export function manualBackupName(dataDir: string, at: Date, fs: FileSystem = nodeFileSystem): Promise<string> {
  return freeName(dataDir, `${MANUAL_PREFIX}${fileTimestamp(at)}`, fs)
}

async function freeName(dataDir: string, base: string, fs: FileSystem): Promise<string> {
  for (let index = 1; index < 100; index++) {
    const name = index === 1 ? base : `${base}-${index}`
    if (!(await exists(join(backupsFolder(dataDir), name), fs))) return name
  }
  throw new Error(`Could not find a free name for a backup in ${backupsFolder(dataDir)}`)
}

/**
 * Writes `backups/<name>`: the interviews as the host holds them in memory (without undo history),
 * and copies of the notes and settings. The caller holds the host's queue, so no change lands meanwhile.
 */
export async function takeBackup(
  dataDir: string,
  name: string,
  about: { takenAt: Date; interviews: Interview[]; version: string },
  fs: FileSystem = nodeFileSystem,
): Promise<void> {
  const folder = backupsFolder(dataDir)
  const partial = join(folder, `.${name}.partial`)
  const target = join(folder, name)
  try {
    await fs.mkdir(folder, { recursive: true })
    // Left by a backup that a crash cut short: never read, so start it again.
    await rm(partial, { recursive: true, force: true })
    await fs.mkdir(partial)
    await copyNotesAndSettings(dataDir, partial, fs)
    const snapshot = { ...emptyInterviewsFile(), interviews: about.interviews }
    // The context only matters when reading an older file; this one is written in the current version.
    await new SnapshotFile(join(partial, SNAPSHOT_FILE), fs, { timeZone: 'UTC' }).write(snapshot)
    const manifest = {
      takenAt: about.takenAt.toISOString(),
      interviewCount: about.interviews.length,
      version: about.version,
    }
    await writeFileDurable(join(partial, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`, { fs })
    await fs.rename(partial, target)
    await syncFolder(folder, fs)
  } catch (error) {
    await rm(partial, { recursive: true, force: true }).catch(() => undefined)
    throw storageError('take a backup of your data', error, target)
  }
}

/**
 * Removes the hidden folders of backups a kill cut short (`backups/.<name>.partial`): never read, and
 * the copy they were building was never used. Call holding the data folder's lock. Returns their names.
 */
export async function removePartialBackups(dataDir: string): Promise<string[]> {
  const names = await readdir(backupsFolder(dataDir)).catch(() => [] as string[])
  const partial = names.filter((name) => name.startsWith('.') && name.endsWith('.partial'))
  for (const name of partial) await rm(join(backupsFolder(dataDir), name), { recursive: true, force: true })
  return partial
}

async function readManifest(folder: string): Promise<{ takenAt: string; interviewCount: number } | undefined> {
  try {
    const raw = JSON.parse(await readFile(join(folder, MANIFEST_FILE), 'utf8')) as Record<string, unknown>
    if (typeof raw.takenAt !== 'string' || typeof raw.interviewCount !== 'number') return undefined
    return { takenAt: raw.takenAt, interviewCount: raw.interviewCount }
  } catch {
    return undefined
  }
}

/** The backup named `name` as the table lists it; undefined when it is not whole. */
export async function backupInfoOf(dataDir: string, name: string): Promise<BackupInfo | undefined> {
  const manifest = await readManifest(join(backupsFolder(dataDir), name))
  if (!manifest) return undefined
  const kind = DAILY_NAME.test(name) ? 'daily' : name.startsWith(MANUAL_PREFIX) ? 'manual' : 'before-restore'
  return { name, kind, ...manifest }
}

/** Every whole backup, newest first. */
export async function listBackups(dataDir: string): Promise<BackupInfo[]> {
  let names: string[]
  try {
    names = await readdir(backupsFolder(dataDir))
  } catch (error) {
    if (isMissingFile(error)) return []
    throw storageError('list your backups', error, backupsFolder(dataDir))
  }
  const backups: BackupInfo[] = []
  for (const name of names.filter((candidate) => BACKUP_NAME_PATTERN.test(candidate))) {
    const backup = await backupInfoOf(dataDir, name)
    if (backup) backups.push(backup)
  }
  return backups.sort((a, b) => (a.takenAt < b.takenAt ? 1 : a.takenAt > b.takenAt ? -1 : 0))
}

/** Keeps the newest `keep` daily backups; copies set aside by a restore stay until the user removes them. */
export async function pruneDailyBackups(dataDir: string, keep: number): Promise<void> {
  const daily = (await listBackups(dataDir)).filter((backup) => backup.kind === 'daily')
  for (const old of daily.slice(keep)) {
    await rm(join(backupsFolder(dataDir), old.name), { recursive: true, force: true })
  }
}

/** The backup's folder, or a not-found error naming what exists. */
export async function backupFolderOf(dataDir: string, name: string): Promise<string> {
  const folder = join(backupsFolder(dataDir), name)
  if (!(await readManifest(folder))) {
    throw new ApiError({ code: 'not-found', message: `There is no backup named ${name} in ${backupsFolder(dataDir)}.` })
  }
  return folder
}

/** The preferences a backup holds, if its settings.json has any. */
export async function backupPreferences(folder: string): Promise<unknown> {
  try {
    const settings = JSON.parse(await readFile(join(folder, SETTINGS_FILE), 'utf8')) as Record<string, unknown>
    return settings.preferences
  } catch {
    return undefined
  }
}

const NOTES_NAME = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.md$/i

/** Every interview id with a notes file in `folder`/notes. */
export async function notesIdsIn(folder: string): Promise<string[]> {
  return (await markdownFiles(join(folder, NOTES_FOLDER))).flatMap((name) => NOTES_NAME.exec(name)?.[1] ?? [])
}

export interface BackupContent {
  interviews: Interview[]
  notes: Map<string, string>
  /** As stored; the caller keeps what is still valid. */
  preferences: unknown
}

/** Reads and validates a whole backup before anything is changed; a damaged one is refused. */
export async function readBackup(folder: string, fs: FileSystem, context: MigrationContext): Promise<BackupContent> {
  let read: SnapshotRead | null
  try {
    read = await new SnapshotFile(join(folder, SNAPSHOT_FILE), fs, context).readDetails()
  } catch (error) {
    const reason = error instanceof DamagedSnapshotError ? error.reason : (error as Error).message
    throw new ApiError({
      code: 'invalid-input',
      message: `The backup ${basename(folder)} cannot be restored: ${reason}. Nothing was changed.`,
    })
  }
  const notes = new Map<string, string>()
  for (const id of await notesIdsIn(folder)) {
    notes.set(id, await readFile(join(folder, NOTES_FOLDER, `${id}.md`), 'utf8'))
  }
  return { interviews: read?.data.interviews ?? [], notes, preferences: await backupPreferences(folder) }
}

/**
 * The changes that turn the current interviews into the backup's: one undoable history entry per
 * interview that differs, journaled like any edit, so a restore is durable and costs what it changes.
 */
export function restoreChanges(currentRecords: Iterable<Interview>, backup: Interview[], name: string): HistoryEntry[] {
  const current = [...currentRecords]
  const wanted = new Map(backup.map((interview) => [interview.id, interview]))
  const entries: HistoryEntry[] = []
  const label = (company: string) => `Restore ${company} from backup ${name}`
  for (const interview of current) {
    if (!wanted.has(interview.id)) {
      entries.push({ label: label(interview.company), interviewId: interview.id, before: interview, after: null })
    }
  }
  const existing = new Map(current.map((interview) => [interview.id, interview]))
  for (const interview of backup) {
    const before = existing.get(interview.id) ?? null
    if (JSON.stringify(before) === JSON.stringify(interview)) continue
    entries.push({ label: label(interview.company), interviewId: interview.id, before, after: interview })
  }
  return entries
}
