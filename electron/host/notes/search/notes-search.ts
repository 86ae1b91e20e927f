import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { HostEvent, Improvement, NoteHit, QuickOpenHit } from '../../../../shared/api/contract'
import type { Interview } from '../../../../shared/domain/interview'
import { inSlices } from '../../background-slices'
import { EMPTY_NOTES_REVISION, type NotesStore } from '../notes-store'
import { watchNotesFolder } from '../notes-watcher'
import { indexedInterview, NotesIndex } from './notes-index'

/** How many notes files are read at once while building the index at start. */
const READ_CONCURRENCY = 16
/** Changes of more interviews than this (an import, a restore) are indexed after the host answers. */
const BULK_CHANGE = 100

export interface NotesSearchOptions {
  notes: Pick<NotesStore, 'read' | 'storedIds'>
  /** Every interview the host holds now, archived ones included. */
  interviews: () => Iterable<Interview>
  emit: (event: HostEvent) => void
  /** Runs a task in the host's queue, so a file check never interleaves with a write of the same file. */
  exclusive: <T>(task: () => Promise<T>) => Promise<T>
  /** The notes folder, watched for files changed outside the app. */
  folder: string
  /** Watching failed: outside changes will not show until the notes are reopened. */
  onWatchError: (error: Error) => void
}

async function readAll(notes: NotesSearchOptions['notes'], ids: readonly string[]) {
  const texts = new Map<string, { markdown: string; revision: string }>()
  let next = 0
  const worker = async () => {
    while (next < ids.length) {
      const id = ids[next++]!
      try {
        texts.set(id, await notes.read(id))
      } catch (error) {
        // One unreadable file must not hide every other interview from search.
        console.warn(`[debrief] search left out the notes of ${id}:`, error)
      }
    }
  }
  await Promise.all(Array.from({ length: READ_CONCURRENCY }, worker))
  return texts
}

/**
 * The host's search: builds the index at start without holding the host up, then keeps it in step
 * with every interview change, every notes write, and every notes file changed outside the app,
 * which it also announces to the windows so an open editor can pick the change up.
 */
export class NotesSearch {
  private index: NotesIndex | null = null
  /**
   * Changes not yet applied, in order: those that arrive while the index is being built, and those of a
   * bulk change and any after it, applied a slice at a time (drain). Queries wait for them.
   */
  private pending: Array<(index: NotesIndex) => void> = []
  private draining: Promise<void> | undefined
  private closed = false
  /** The revision of each notes file as the host last wrote or read it. */
  private readonly revisions = new Map<string, string>()
  /** Each notes file as the host's own last write left it (fileStamp): the watcher's news of that write is no news. */
  private readonly ownWrites = new Map<string, string>()
  /** Notes files a batch is writing: the watcher's news of them waits for their stamps (expectWrites). */
  private readonly awaitedStamps = new Map<string, { stamped: Promise<void>; resolve: () => void }>()
  readonly ready: Promise<void>
  private readonly stopWatching: () => void

  constructor(private readonly options: NotesSearchOptions) {
    this.ready = this.build()
    this.ready.catch((error: unknown) => console.error('[debrief] building the search index failed:', error))
    this.stopWatching = watchNotesFolder({
      folder: options.folder,
      onChange: (id) => void this.fileChanged(id),
      onError: options.onWatchError,
    })
  }

  close(): void {
    this.closed = true
    this.stopWatching()
  }

  private async build(): Promise<void> {
    const interviews = [...this.options.interviews()]
    const stored = await this.options.notes.storedIds()
    const ids = interviews.map((interview) => interview.id)
    const read = await readAll(this.options.notes, stored ? ids.filter((id) => stored.has(id)) : ids)
    for (const id of ids) if (!read.has(id) && !this.revisions.has(id)) this.revisions.set(id, EMPTY_NOTES_REVISION)
    const texts = new Map<string, string>()
    for (const [id, notes] of read) {
      texts.set(id, notes.markdown)
      if (!this.revisions.has(id)) this.revisions.set(id, notes.revision)
    }
    const index = await NotesIndex.build(interviews.map(indexedInterview), texts)
    for (const change of this.pending) change(index)
    this.pending = []
    this.index = index
  }

  private apply(change: (index: NotesIndex) => void): void {
    if (this.index && this.pending.length === 0) change(this.index)
    else this.pending.push(change)
  }

  /** An interview was created, edited, moved, deleted or brought back; `interview` is undefined once it is gone. */
  interviewChanged(id: string, interview: Interview | undefined): void {
    this.apply((index) => this.indexInterview(index, id, interview))
  }

  /**
   * Interviews changed together. Past BULK_CHANGE they are indexed after the host has answered, a
   * slice at a time: indexing the 10,000 of an import took 370 ms of the import's 3 s answer (cpu
   * profile, machine shared), for a search nobody had asked yet.
   */
  interviewsChanged(ids: readonly string[], get: (id: string) => Interview | undefined): void {
    if (ids.length <= BULK_CHANGE) {
      for (const id of ids) this.interviewChanged(id, get(id))
      return
    }
    for (const id of ids) {
      const interview = get(id)
      this.pending.push((index) => this.indexInterview(index, id, interview))
    }
    this.draining ??= this.drain()
  }

  private indexInterview(index: NotesIndex, id: string, interview: Interview | undefined): void {
    if (!interview) return index.removeInterview(id)
    index.setInterview(indexedInterview(interview))
    // New, or brought back by undo after a restart: its notes were never read.
    if (!index.hasNotes(id)) void this.checkFile(id, { announce: false })
  }

  /**
   * Applies the pending changes a slice at a time; changes that come meanwhile join the end. It says it
   * is done in the same turn as it finds nothing left: a change that came between the two waited, with
   * every change after it, for the next bulk change (tests/unit/host/notes-search.test.ts).
   */
  private async drain(): Promise<void> {
    try {
      await this.ready.catch(() => undefined)
      while (this.pending.length > 0 && this.index && !this.closed) {
        let applied = 0
        await inSlices(() => {
          if (applied >= this.pending.length || !this.index || this.closed) return false
          this.pending[applied++]!(this.index)
          return true
        })
        this.pending.splice(0, applied)
      }
    } finally {
      this.draining = undefined
    }
  }

  /**
   * The host is about to write these notes files in one batch: the watcher's news of each waits until
   * notesWritten has its stamp. An import of 1,000 notes wrote them all before telling the search of
   * any, and the news of the first files came meanwhile: each was read and hashed again in the queue
   * (~240 ms of it after an import of 10,000). Returns the release for files the batch did not write.
   */
  expectWrites(ids: readonly string[]): () => void {
    const mine = ids.map((id) => {
      let resolve!: () => void
      const awaited = { stamped: new Promise<void>((done) => (resolve = done)), resolve }
      this.awaitedStamps.set(id, awaited)
      return [id, awaited] as const
    })
    return () => {
      for (const [id, awaited] of mine) this.stamped(id, awaited)
    }
  }

  /** The host wrote these notes itself (and has announced them); called in the host's queue, right after the write. */
  async notesWritten(id: string, markdown: string, revision: string): Promise<void> {
    this.revisions.set(id, revision)
    this.apply((index) => index.setNotes(id, markdown))
    const stamp = await fileStamp(this.pathOf(id))
    if (stamp) this.ownWrites.set(id, stamp)
    else this.ownWrites.delete(id)
    this.stamped(id)
  }

  private stamped(id: string, awaited = this.awaitedStamps.get(id)): void {
    if (!awaited || this.awaitedStamps.get(id) !== awaited) return
    this.awaitedStamps.delete(id)
    awaited.resolve()
  }

  /** A new interview with no notes file: indexed with empty notes, with no stat of a file that is not there. */
  notesAbsent(id: string): void {
    this.revisions.set(id, EMPTY_NOTES_REVISION)
    this.apply((index) => index.setNotes(id, ''))
    this.ownWrites.delete(id)
  }

  /**
   * The watcher saw a notes file change. The host's own write is known by the file's stamp, so it costs
   * one stat outside the queue instead of a read and a hash inside it that every change would wait for.
   */
  private async fileChanged(id: string): Promise<void> {
    await this.awaitedStamps.get(id)?.stamped
    const own = this.ownWrites.get(id)
    if (own !== undefined && own === (await fileStamp(this.pathOf(id)))) return
    await this.checkFile(id, { announce: true })
  }

  private pathOf(id: string): string {
    return join(this.options.folder, `${id}.md`)
  }

  /**
   * Reads one notes file; when it differs from what the host last knew, the index takes the new
   * text and, for a change made outside the app, every window hears of it.
   */
  checkFile(id: string, { announce }: { announce: boolean }): Promise<void> {
    return this.options
      .exclusive(async () => {
        const notes = await this.options.notes.read(id)
        if (this.revisions.get(id) === notes.revision) return
        this.revisions.set(id, notes.revision)
        this.apply((index) => index.setNotes(id, notes.markdown))
        if (announce) this.options.emit({ topic: 'notes', id, revision: notes.revision })
      })
      .catch((error: unknown) => console.warn(`[debrief] could not read the changed notes of ${id}:`, error))
  }

  async searchNotes(query: string, limit: number): Promise<{ hits: NoteHit[]; total: number }> {
    return (await this.built()).searchNotes(query, limit)
  }

  async quickOpen(query: string, limit: number): Promise<QuickOpenHit[]> {
    return (await this.built()).quickOpen(query, limit)
  }

  async listImprovements(): Promise<Improvement[]> {
    return (await this.built()).listImprovements()
  }

  private async built(): Promise<NotesIndex> {
    await this.ready
    await this.draining
    return this.index!
  }
}

/** What tells one version of a file from another without reading it: inode, size and modification time (ns). */
async function fileStamp(path: string): Promise<string | undefined> {
  try {
    const { ino, size, mtimeNs } = await stat(path, { bigint: true })
    return `${ino}:${size}:${mtimeNs}`
  } catch {
    return undefined
  }
}
