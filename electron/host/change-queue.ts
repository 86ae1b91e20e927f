import type { HostEvent } from '../../shared/api/contract'
import type { HistoryEntry, Interview } from '../../shared/domain/interview'
import type { Preferences } from '../../shared/domain/settings'
import { interviewsEvent } from './interviews/interviews-event'
import type { Batch } from './interviews/interview-state'
import type { BoardColumns } from './interviews/board-pages'
import type { UpcomingInterviewIndex } from './interviews/upcoming-interviews'
import type { InterviewStore } from './storage/interview-store'
import type { NotesStore } from './notes/notes-store'
import type { NotesSearch } from './notes/search/notes-search'
import type { OpenTaskIndex } from './follow-ups/open-tasks'
import { asChange } from './background-slices'

export interface ChangeQueueParts {
  store: InterviewStore
  notes: NotesStore
  search: NotesSearch
  /** What the host keeps up to date from every change: board pages, open follow-ups, upcoming interviews. */
  columns: BoardColumns
  followUps: OpenTaskIndex
  upcomingInterviews: UpcomingInterviewIndex
  now: () => Date
  /** Throws once the host has closed its data folder. */
  ensureOpen: () => void
  /** A batch changed the preferences: they are saved and become the host's. */
  preferencesChanged: (preferences: Preferences) => void
  emit: (event: HostEvent) => void
  /** After each change: held writes are tried again and a compaction asked for if the journal grew enough. */
  written: () => void
}

/**
 * The one path of every change: it waits its turn in the queue, is journaled (one line, whole or
 * absent after a kill), and then every index and window learns of it at once, by one event that
 * carries the changed interviews.
 */
export class ChangeQueue {
  /** Every change runs alone, in call order: a change sees the state the previous one left. */
  private queue: Promise<unknown> = Promise.resolve()

  constructor(private readonly parts: ChangeQueueParts) {}

  /** Runs `task` after every change queued before it; background work waits while it runs (background-slices.ts). */
  serially<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(() => {
      this.parts.ensureOpen()
      return asChange(task)
    })
    this.queue = run.catch(() => undefined)
    return run
  }

  /** Journals one user change (durably), then tells every window. */
  async record(entry: HistoryEntry | null, current: Interview): Promise<Interview> {
    if (!entry) return current
    await this.parts.store.commit({ op: 'change', entry })
    this.afterChanges([entry.interviewId])
    return entry.after ?? current
  }

  /** Journals several changes as one line, then tells every window once. */
  async recordAll(entries: HistoryEntry[]): Promise<void> {
    await this.commitBatch({ parts: entries.map((entry) => ({ op: 'change', entry })) })
  }

  /**
   * A multi-step change as one journal line (whole or absent after a kill), then its notes and
   * preferences, which that line vouches for until a compaction has made them durable, then one
   * event for every window and at most one compaction.
   */
  async commitBatch(batch: Batch): Promise<void> {
    const { store, notes: notesStore, search, emit } = this.parts
    const { parts, notes = [], preferences, checked } = batch
    if (parts.length === 0 && notes.length === 0 && !preferences) return
    await store.commit(
      {
        op: 'batch',
        parts,
        ...(notes.length > 0 ? { notes } : {}),
        ...(preferences ? { preferences } : {}),
      },
      checked,
    )
    if (preferences) this.parts.preferencesChanged(preferences.after)
    if (notes.length > 0) {
      const release = search.expectWrites(notes.map(({ id }) => id))
      try {
        const revisions = await notesStore.writeBatch(notes)
        const stamps = notes.map(({ id, markdown }) => {
          const revision = revisions.get(id)!
          const stamped = search.notesWritten(id, markdown, revision)
          emit({ topic: 'notes', id, revision })
          return stamped
        })
        await Promise.all(stamps)
      } finally {
        release()
      }
    }
    const ids = new Set<string>()
    for (const part of parts) {
      if (part.op === 'change') ids.add(part.entry.interviewId)
      else if (part.op === 'replan') for (const { id } of part.interviews) ids.add(id)
      else for (const interview of store.values()) if (interview.stage === part.stage) ids.add(interview.id)
    }
    await this.indexMissingNotes(parts, notes)
    if (preferences) emit({ topic: 'preferences' })
    this.afterChanges([...ids])
  }

  /** These interviews changed: the indexes and every window learn of it, by one event. */
  afterChanges(ids: string[]): void {
    const { store, columns, followUps, upcomingInterviews, search, now } = this.parts
    const get = (id: string) => store.get(id)
    columns.invalidate()
    followUps.changed(ids, get)
    upcomingInterviews.changed(ids, get)
    search.interviewsChanged(ids, get)
    this.parts.emit(interviewsEvent(ids, get, followUps.countsIfBuilt(now())))
    this.parts.written()
  }

  /**
   * New interviews of a batch with no notes file are indexed with empty notes from one listing of
   * the folder, instead of the search reading 10,000 missing files in the queue every change waits in.
   */
  private async indexMissingNotes(parts: Batch['parts'], notes: Batch['notes'] = []): Promise<void> {
    const added = parts.flatMap((part) =>
      part.op === 'change' && part.entry.before === null ? [part.entry.interviewId] : [],
    )
    if (added.length === 0) return
    const stored = await this.parts.notes.storedIds()
    if (!stored) return
    const written = new Set(notes.map(({ id }) => id))
    for (const id of added) if (!stored.has(id) && !written.has(id)) this.parts.search.notesAbsent(id)
  }
}
