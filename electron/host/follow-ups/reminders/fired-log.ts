import { join } from 'node:path'
import { z } from 'zod'
import { wallDateTimeSchema } from '../../../../shared/domain/fields'
import { isMissingFile, nodeFileSystem, writeFileDurable, type FileSystem } from '../../storage/durable-file'
import { setAside } from '../../storage/notices'

export const REMINDERS_FILE = 'reminders.json'
export const REMINDERS_SCHEMA_VERSION = 1

/** Which reminders were shown: task id → the effective due time (wall clock) it was shown for. */
export type FiredReminders = Record<string, string>

const remindersFileSchema = z.strictObject({
  schemaVersion: z.literal(REMINDERS_SCHEMA_VERSION),
  fired: z.record(z.string().max(100), wallDateTimeSchema),
})

export interface LoadedFiredLog {
  fired: FiredReminders
  /** Where a damaged file was moved, when it was. */
  setAsideAs?: string
}

/** What the user is told when reminders.json was damaged, as for every file set aside. */
export function damagedFiredLogNotice(setAsideAs: string): string {
  return (
    `Your reminders file ${REMINDERS_FILE} was damaged. It was moved to ${setAsideAs}, and reminders start ` +
    'afresh: follow-ups already overdue are shown once more, together.'
  )
}

/**
 * Reads `<dataDir>/reminders.json`. A missing file means nothing was shown yet. A damaged one (or one
 * from a newer Debrief) is set aside and reading starts afresh: the worst that follows is one grouped
 * notification for what is overdue, never a lost task.
 */
export async function loadFiredLog(
  dataDir: string,
  now: Date,
  fs: FileSystem = nodeFileSystem,
): Promise<LoadedFiredLog> {
  const path = join(dataDir, REMINDERS_FILE)
  let text: string
  try {
    text = await fs.readFile(path, 'utf8')
  } catch (error) {
    if (isMissingFile(error)) return { fired: {} }
    throw error
  }
  let parsed: ReturnType<typeof remindersFileSchema.safeParse> | undefined
  try {
    parsed = remindersFileSchema.safeParse(JSON.parse(text))
  } catch {
    parsed = undefined
  }
  if (parsed?.success) return { fired: { ...parsed.data.fired } }
  return { fired: {}, setAsideAs: await setAside(path, now, fs) }
}

/** Replaces the file durably (temp file, fsync, rename, fsync the folder). */
export async function saveFiredLog(
  dataDir: string,
  fired: FiredReminders,
  fs: FileSystem = nodeFileSystem,
): Promise<void> {
  const file = { schemaVersion: REMINDERS_SCHEMA_VERSION, fired }
  await writeFileDurable(join(dataDir, REMINDERS_FILE), `${JSON.stringify(file, null, 2)}\n`, { fs })
}
