/**
 * A copy of notes that may not have reached the disk, kept in the window's own storage. It is
 * written synchronously as the page goes away (closing, reloading, quitting), the one moment an
 * asynchronous save cannot be awaited, and read back when the notes are next opened.
 */
export interface NotesBackupEntry {
  markdown: string
  /** The version on disk the text was based on. */
  baseRevision: string
  /** Text a save was sending when the page went: if the disk holds it, the backup still applies. */
  savingMarkdown?: string
}

export interface NotesBackup {
  read(id: string): NotesBackupEntry | null
  write(id: string, entry: NotesBackupEntry): void
  remove(id: string): void
}

const PREFIX = 'debrief.notes-backup.'

function isEntry(value: unknown): value is NotesBackupEntry {
  if (typeof value !== 'object' || value === null) return false
  const entry = value as Record<string, unknown>
  return (
    typeof entry.markdown === 'string' &&
    typeof entry.baseRevision === 'string' &&
    (entry.savingMarkdown === undefined || typeof entry.savingMarkdown === 'string')
  )
}

export function localStorageBackup(storage: Storage = window.localStorage): NotesBackup {
  return {
    read(id) {
      try {
        const parsed: unknown = JSON.parse(storage.getItem(PREFIX + id) ?? 'null')
        return isEntry(parsed) ? parsed : null
      } catch {
        return null
      }
    },
    write(id, entry) {
      try {
        storage.setItem(PREFIX + id, JSON.stringify(entry))
      } catch (error) {
        // Full storage: the keepalive save still carries the text; nothing more can be done at unload.
        console.warn('[debrief] could not keep a copy of unsaved notes:', error)
      }
    },
    remove(id) {
      storage.removeItem(PREFIX + id)
    },
  }
}
