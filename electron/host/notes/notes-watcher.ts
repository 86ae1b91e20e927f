import { mkdirSync, watch, type FSWatcher } from 'node:fs'
import { dirname } from 'node:path'
import { syncFolderSync } from '../storage/durable-file'

/** The notes files Debrief writes: `<interview id>.md`; temporary files and anything else are ignored. */
const NOTES_FILE = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.md$/i

/** Editors and sync tools write a file in several steps; one check after they settle is enough. */
export const NOTES_WATCH_DEBOUNCE_MS = 150

export interface NotesWatchOptions {
  folder: string
  /** Called once per burst of changes to one interview's notes file. */
  onChange: (id: string) => void
  /** The folder cannot be watched (e.g. the system's limit on watches is reached). */
  onError: (error: Error) => void
  debounceMs?: number
}

/**
 * Watches the notes folder for files changed outside Debrief (a text editor, a sync tool, another
 * copy of the app) and reports which interview's notes changed. Returns the function that stops.
 */
export function watchNotesFolder(options: NotesWatchOptions): () => void {
  const debounceMs = options.debounceMs ?? NOTES_WATCH_DEBOUNCE_MS
  const timers = new Map<string, NodeJS.Timeout>()
  let watcher: FSWatcher
  try {
    // The folder must exist to be watched; made now, it is made durable as NotesStore would make it.
    if (mkdirSync(options.folder, { recursive: true })) syncFolderSync(dirname(options.folder))
    watcher = watch(options.folder, { persistent: false })
  } catch (error) {
    options.onError(error as Error)
    return () => {}
  }
  watcher.on('change', (_type, filename) => {
    const id = NOTES_FILE.exec(String(filename ?? ''))?.[1]?.toLowerCase()
    if (!id) return
    clearTimeout(timers.get(id))
    timers.set(
      id,
      setTimeout(() => {
        timers.delete(id)
        options.onChange(id)
      }, debounceMs),
    )
  })
  watcher.on('error', (error) => options.onError(error))
  return () => {
    for (const timer of timers.values()) clearTimeout(timer)
    timers.clear()
    watcher.close()
  }
}
