import { createHash } from 'node:crypto'
import { constants } from 'node:fs'
import { lstat } from 'node:fs/promises'
import { join } from 'node:path'
import type { Notes } from '../../../shared/api/contract'
import { batchChainState } from '../storage/batch-chains'
import { ApiError } from '../../../shared/api/errors'
import {
  isMissingFile,
  isUnwritable,
  nodeFileSystem,
  storageError,
  syncFolder,
  writeFileDurable,
  type FileSystem,
} from '../storage/durable-file'
import type { WriteGate } from '../storage/lock'
import { fileTimestamp } from '../storage/notices'
import type { HeldWrites } from '../storage/held-writes'

export const NOTES_FOLDER = 'notes'

/** The revision of some notes: a hash of their text, so the same text on disk always has the same revision. */
export function notesRevision(markdown: string): string {
  return createHash('sha256').update(markdown, 'utf8').digest('hex').slice(0, 16)
}

/** Missing notes read as empty, with the revision of empty text. */
export const EMPTY_NOTES_REVISION = notesRevision('')

/** Notes the disk refused (full, read-only), kept in memory until they can be written. */
interface HeldNotes {
  markdown: string
  revision: string
  /** The revision on disk when the write was refused: a different one later was written outside Debrief. */
  diskRevision: string
}

/** Held notes that could not go in place: the file changed outside Debrief meanwhile, so they went beside it. */
export interface NotesKeptBeside {
  id: string
  path: string
  copy: string
}

/** Notes files written or fsynced side by side: ~0.5 ms a file instead of ~3 ms one after another (1,000 files on ext4). */
const SYNCS_AT_ONCE = 32
const BACKGROUND_SYNCS = 2

async function syncFile(path: string, fs: FileSystem): Promise<void> {
  let handle
  try {
    handle = await fs.open(path, 'r')
  } catch (error) {
    if (isMissingFile(error)) return
    throw error
  }
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}
/** Opening with O_NOFOLLOW refuses a link with ELOOP (Linux, macOS; EMLINK on FreeBSD). */
const LINK_REFUSED = new Set(['ELOOP', 'EMLINK'])

class NotesFileIsLinkError extends Error {}

const SAFE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/**
 * One Markdown file per interview, `notes/<id>.md`, so a user can read, grep and sync them without
 * the app. A deleted interview keeps its file: undo brings the interview back with its notes.
 */
export class NotesStore {
  private readonly folder: string
  private readonly held = new Map<string, HeldNotes>()
  private refusal: unknown
  /** Files written by batches and not fsynced yet (writeBatch). */
  private readonly unsynced = new Set<string>()
  /** Tells the user about a notes file set aside (the host shows it as a notice). */
  onSetAside: (message: string) => void = (message) => console.warn(`[debrief] ${message}`)

  constructor(
    private readonly dataDir: string,
    private readonly fs: FileSystem = nodeFileSystem,
    private readonly gate: WriteGate = () => undefined,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.folder = join(dataDir, NOTES_FOLDER)
  }

  pathOf(id: string): string {
    if (!SAFE_ID.test(id)) throw new ApiError({ code: 'invalid-input', message: `Not an interview id: ${id}` })
    return join(this.folder, `${id}.md`)
  }

  /**
   * The interviews that have a notes file, from one listing of the folder: at start the search reads
   * only those, not one missing file per interview. Undefined when the folder cannot be listed.
   */
  async storedIds(): Promise<Set<string> | undefined> {
    let names: string[]
    try {
      names = await this.fs.readdir(this.folder)
    } catch (error) {
      return isMissingFile(error) ? new Set(this.held.keys()) : undefined
    }
    const ids = names.filter((name) => name.endsWith('.md')).map((name) => name.slice(0, -'.md'.length))
    return new Set([...ids.filter((id) => SAFE_ID.test(id)), ...this.held.keys()])
  }

  /** Interviews whose notes are held in memory, not on disk yet. */
  get unsaved(): number {
    return this.held.size
  }

  /** Why the disk refused the held notes. */
  get reason(): unknown {
    return this.held.size > 0 ? this.refusal : undefined
  }

  /** The notes as the host holds them: the held version while the disk refuses it. */
  async read(id: string): Promise<Notes> {
    const held = this.held.get(id)
    return held ? { markdown: held.markdown, revision: held.revision } : this.readDisk(id)
  }

  /**
   * Writes the notes durably. With `baseRevision`, only over the version the editor started from: if
   * the file changed since (another window, a sync tool, a text editor), that is a conflict. When the
   * disk refuses the write for now, the notes are held in memory (`unsaved`, `reason`).
   */
  async write(
    id: string,
    markdown: string,
    baseRevision: string | undefined,
    company: string,
  ): Promise<{ revision: string }> {
    const path = this.pathOf(id)
    let current: Notes | undefined
    try {
      current = await this.read(id)
    } catch (error) {
      // Not even readable now (too many open files, a failing disk): held below, against the editor's base.
      if (baseRevision === undefined) throw error
    }
    if (current && baseRevision !== undefined && baseRevision !== current.revision) {
      throw new ApiError({
        code: 'conflict',
        message:
          `The notes for ${company} changed on disk since you opened them (${path}). ` +
          'Reload them to see that version before saving yours.',
      })
    }
    const revision = notesRevision(markdown)
    if (revision === current?.revision && !this.held.has(id)) return { revision }
    const before = this.held.get(id)
    const diskRevision = before?.diskRevision ?? current?.revision ?? baseRevision!
    this.held.set(id, { markdown, revision, diskRevision })
    let beside: NotesKeptBeside | undefined
    try {
      // Unless notes were held, or the file could not be read, the disk's revision was just read.
      beside = await this.writeHeld(id, before ? undefined : current?.revision)
    } catch (error) {
      // Whatever stopped the write (a full disk, EMFILE, the lock), the notes are held and retried like any change.
      this.refusal = error
      return { revision }
    }
    if (beside) {
      throw new ApiError({
        code: 'conflict',
        message:
          `The notes for ${company} changed on disk (${path}) while Debrief could not save yours. ` +
          `Yours were saved as ${beside.copy}; reload the notes to see the version on disk.`,
      })
    }
    return { revision }
  }

  /**
   * Writes every held note; throws (keeping the rest) while the disk still refuses. Returns the notes
   * that went beside their file because it changed outside Debrief meanwhile: both versions are kept.
   */
  async flush(): Promise<NotesKeptBeside[]> {
    const beside: NotesKeptBeside[] = []
    try {
      for (const id of [...this.held.keys()]) {
        const kept = await this.writeHeld(id)
        if (kept) beside.push(kept)
      }
    } catch (error) {
      this.refusal = error
      throw error
    }
    return beside
  }

  /**
   * Writes the notes of a journaled batch (import, restore): each file replaced whole (temporary file,
   * rename) but not fsynced one by one, which would cost ~10 ms a file. The batch's journal line vouches
   * for them until `syncBatchWrites` runs, before a compaction folds that line. Notes the disk refuses
   * are held as any others. Returns the revisions written.
   */
  async writeBatch(notes: Array<{ id: string; markdown: string }>): Promise<Map<string, string>> {
    const revisions = new Map(notes.map(({ id, markdown }) => [id, notesRevision(markdown)]))
    if (notes.length === 0) return revisions
    try {
      this.gate()
      if (await this.fs.mkdir(this.folder, { recursive: true })) await syncFolder(this.dataDir, this.fs)
    } catch (error) {
      if (!isUnwritable(error)) throw storageError('save the notes', error, this.folder)
    }
    for (let start = 0; start < notes.length; start += SYNCS_AT_ONCE) {
      await Promise.all(
        notes.slice(start, start + SYNCS_AT_ONCE).map((note) => this.writeOfBatch(note, revisions.get(note.id)!)),
      )
    }
    return revisions
  }

  private async writeOfBatch({ id, markdown }: { id: string; markdown: string }, revision: string): Promise<void> {
    const path = this.pathOf(id)
    const held = this.held.get(id)
    if (held) {
      this.held.set(id, { ...held, markdown, revision })
      return
    }
    try {
      this.gate()
      await writeFileDurable(path, markdown, { fs: this.fs, sync: false })
      this.unsynced.add(path)
    } catch (error) {
      if (!isUnwritable(error)) throw storageError('save the notes', error, path)
      this.refusal = error
      const onDisk = await this.readDisk(id).catch(() => undefined)
      this.held.set(id, { markdown, revision, diskRevision: onDisk?.revision ?? '' })
    }
  }

  /** Makes the notes written by batches durable: call before the journal lines that vouch for them are folded. */
  async syncBatchWrites(): Promise<void> {
    const paths = [...this.unsynced]
    // Two at a time: this runs beside user changes, whose journal writes share Node's four file threads.
    for (let start = 0; start < paths.length; start += BACKGROUND_SYNCS) {
      await Promise.all(paths.slice(start, start + BACKGROUND_SYNCS).map((path) => syncFile(path, this.fs)))
    }
    if (paths.length > 0) await syncFolder(this.folder, this.fs)
    for (const path of paths) this.unsynced.delete(path)
  }

  /**
   * At start, the notes the batches in the journal wrote, by interview, oldest first: the last batch's
   * written where a kill came before it was (storage/batch-chains.ts), left where a save came after.
   * True when a file had to be written.
   */
  async finishBatches(
    writes: ReadonlyMap<string, ReadonlyArray<{ markdown: string; before: string }>>,
  ): Promise<boolean> {
    let finished = false
    for (const [id, batches] of writes) {
      const last = batches.at(-1)
      if (!last) continue
      const chain = batches.map(({ markdown, before }) => ({ before, after: notesRevision(markdown) }))
      const state = batchChainState(chain, (await this.readDisk(id)).revision)
      if (state === 'finish') {
        await this.fs.mkdir(this.folder, { recursive: true })
        await writeFileDurable(this.pathOf(id), last.markdown, { fs: this.fs })
        finished = true
      } else if (state === 'written') {
        // Written before the crash but maybe not flushed: make sure before its line is folded.
        this.unsynced.add(this.pathOf(id))
      }
    }
    return finished
  }

  private async readDisk(id: string): Promise<Notes> {
    const path = this.pathOf(id)
    let markdown: string
    try {
      markdown = await this.readNoFollow(path)
    } catch (error) {
      if (error instanceof NotesFileIsLinkError || LINK_REFUSED.has((error as NodeJS.ErrnoException).code ?? '')) {
        await this.setLinkAside(path)
        markdown = ''
      } else if (isMissingFile(error)) markdown = ''
      else throw storageError('read the notes', error, path)
    }
    return { markdown, revision: notesRevision(markdown) }
  }

  /**
   * Reads a notes file without following a link: one placed in the notes folder must not let the app
   * (its reading, search and export) read a file outside the data folder. O_NOFOLLOW refuses the link
   * in the same call that opens the file; where there is none (Windows), lstat looks first.
   */
  private async readNoFollow(path: string): Promise<string> {
    if (constants.O_NOFOLLOW === undefined && (await lstat(path)).isSymbolicLink()) throw new NotesFileIsLinkError()
    return this.fs.readFile(path, { encoding: 'utf8', flag: constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) })
  }

  /** Moves a link found in place of a notes file out of the way (the file it points to is left alone), and says so. */
  private async setLinkAside(path: string): Promise<void> {
    const aside = `${path}.link-${fileTimestamp(this.now())}`
    try {
      await this.fs.rename(path, aside)
    } catch (error) {
      if (isMissingFile(error)) return
      this.onSetAside(
        `The notes file ${path} is a link to another file, which Debrief does not read. ` +
          `Remove the link; until then these notes show as empty.`,
      )
      return
    }
    this.onSetAside(
      `The notes file ${path} was a link to another file, which Debrief does not read. ` +
        `The link was moved to ${aside}; the file it points to is untouched.`,
    )
  }

  /** Writes one held note in place, or beside its file when that changed outside Debrief since it was held. */
  private async writeHeld(id: string, diskRevision?: string): Promise<NotesKeptBeside | undefined> {
    const held = this.held.get(id)!
    const path = this.pathOf(id)
    this.gate()
    const onDisk = diskRevision ?? (await this.readDisk(id)).revision
    const changedOutside = onDisk !== held.diskRevision && onDisk !== held.revision
    const target = changedOutside ? `${path}.unsaved-${fileTimestamp(this.now())}` : path
    const created = await this.fs.mkdir(this.folder, { recursive: true })
    if (created) await syncFolder(this.dataDir, this.fs)
    await writeFileDurable(target, held.markdown, { fs: this.fs })
    this.held.delete(id)
    return changedOutside ? { id, path, copy: target } : undefined
  }
}

/** The notes store as held writes; notes that had to go beside their file are passed to `onKeptBeside`. */
export function heldNotes(notes: NotesStore, onKeptBeside: (kept: NotesKeptBeside) => void): HeldWrites {
  return {
    get unsaved() {
      return notes.unsaved
    },
    get reason() {
      return notes.reason
    },
    flush: async () => {
      for (const kept of await notes.flush()) onKeptBeside(kept)
    },
  }
}
