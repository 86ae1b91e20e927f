import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'

/** Everything Debrief wrote to its data folder, concatenated: what a user would find by grepping it. */
export async function readDataFolder(dataDir: string): Promise<string> {
  const entries = await readdir(dataDir, { recursive: true, withFileTypes: true })
  const files = entries.filter((entry) => entry.isFile() && !entry.name.endsWith('.lock'))
  // A temporary file can be renamed away between the listing and the read: it is read under its new name.
  const contents = await Promise.all(
    files.map((file) => readFile(join(file.parentPath, file.name), 'utf8').catch(ignoreVanished)),
  )
  return contents.join('\n')
}

/** A notes file as the host names it (`<interview id>.md`), not the temporary file it is written as first. */
const NOTES_FILE = /^[0-9a-f-]{36}\.md$/

/** The notes files in the data folder, by name; none while the folder does not exist yet. */
export async function notesFilesIn(dataDir: string): Promise<string[]> {
  return (await readdir(join(dataDir, 'notes')).catch(() => [])).filter((name) => NOTES_FILE.test(name))
}

function ignoreVanished(error: NodeJS.ErrnoException): string {
  if (error.code === 'ENOENT') return ''
  throw error
}
