import { createHash } from 'node:crypto'
import { join } from 'node:path'
import type { Notes } from '../../shared/api/contract'
import { ApiError } from '../../shared/api/errors'
import {
  isMissingFile,
  nodeFileSystem,
  storageError,
  syncFolder,
  writeFileDurable,
  type FileSystem,
} from './durable-file'

export const NOTES_FOLDER = 'notes'

/** The revision of some notes: a hash of their text, so the same text on disk always has the same revision. */
export function notesRevision(markdown: string): string {
  return createHash('sha256').update(markdown, 'utf8').digest('hex').slice(0, 16)
}

/** Missing notes read as empty, with the revision of empty text. */
export const EMPTY_NOTES_REVISION = notesRevision('')

const SAFE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/**
 * One Markdown file per interview, `notes/<id>.md`, so a user can read, grep and sync them without
 * the app. A deleted interview keeps its file: undo brings the interview back with its notes.
 */
export class NotesStore {
  private readonly folder: string

  constructor(
    private readonly dataDir: string,
    private readonly fs: FileSystem = nodeFileSystem,
  ) {
    this.folder = join(dataDir, NOTES_FOLDER)
  }

  pathOf(id: string): string {
    if (!SAFE_ID.test(id)) throw new ApiError({ code: 'invalid-input', message: `Not an interview id: ${id}` })
    return join(this.folder, `${id}.md`)
  }

  async read(id: string): Promise<Notes> {
    const path = this.pathOf(id)
    let markdown: string
    try {
      markdown = await this.fs.readFile(path, 'utf8')
    } catch (error) {
      if (!isMissingFile(error)) throw storageError('read the notes', error, path)
      markdown = ''
    }
    return { markdown, revision: notesRevision(markdown) }
  }

  /**
   * Writes the notes durably. With `baseRevision`, only over the version the editor started from: if
   * the file changed since (another window, a sync tool, a text editor), that is a conflict.
   */
  async write(id: string, markdown: string, baseRevision: string | undefined, company: string): Promise<string> {
    const path = this.pathOf(id)
    const current = await this.read(id)
    if (baseRevision !== undefined && baseRevision !== current.revision) {
      throw new ApiError({
        code: 'conflict',
        message:
          `The notes for ${company} changed on disk since you opened them (${path}). ` +
          'Reload them to see that version before saving yours.',
      })
    }
    const revision = notesRevision(markdown)
    if (revision === current.revision) return revision
    try {
      const created = await this.fs.mkdir(this.folder, { recursive: true })
      if (created) await syncFolder(this.dataDir, this.fs)
      await writeFileDurable(path, markdown, { fs: this.fs })
    } catch (error) {
      throw storageError('save the notes', error, path)
    }
    return revision
  }
}
