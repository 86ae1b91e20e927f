import type { Client } from '../../shared/api/client'
import type { Notes } from '../../shared/api/contract'
import { ApiError } from '../../shared/api/errors'
import { messageOf } from './dataStore'
import { Store } from './store'
import type { NotesBackup } from './notesBackup'

/**
 * - unsaved: typed, waiting for the pause that triggers the save
 * - failed: the last save did not reach the disk; it is retried, and the text is kept meanwhile
 * - conflict: the file changed on disk while this window held unsaved edits; the user decides
 */
export type NotesStatus = 'loading' | 'load-failed' | 'saved' | 'unsaved' | 'saving' | 'failed' | 'conflict'

export interface NotesState {
  status: NotesStatus
  /** What the editor shows. */
  text: string
  /** Bumped when the text changes other than by typing (loaded, changed on disk, conflict resolved). */
  textVersion: number
  error: string | null
  /** The version on disk that differs from the unsaved text. */
  conflict: Notes | null
  /**
   * Whether this window has changed the notes since it opened them (typed, or kept edits it recovered):
   * until then there is no save to speak of, and nothing says "Saved".
   */
  changedHere: boolean
}

export type ConflictChoice = 'mine' | 'disk' | 'both'

/** What the page sends as it goes away, when a normal save can no longer be awaited. */
export interface UnloadWrite {
  id: string
  markdown: string
  baseRevision: string
}

/** The editor on the page for a session, while there is one. */
export interface AttachedEditor {
  /** `cursorAt`: where in `text` the cursor is left (its end without it). */
  insertAtCursor(text: string, cursorAt?: number): void
  /** `at`: where to put the cursor; else where the user left it (after the text in notes not yet touched). */
  focus(at?: number): void
}

export interface NotesSessionOptions {
  client: Pick<Client, 'readNotes' | 'writeNotes'>
  backup: NotesBackup
  /** Quiet time after the last keystroke before saving. */
  idleMs?: number
  /** The longest an edit waits while typing goes on without a pause. */
  maxWaitMs?: number
  /** Wait before trying a failed save again. */
  retryMs?: number
  /** A save closed "Write your summary": the task goes from Next with no click, so the user is told. */
  onSummaryWritten?: () => void
}

const SAVE_IDLE_MS = 600
const SAVE_MAX_WAIT_MS = 1000
const RETRY_MS = 5000

/** Both texts, the user's first, so nothing is lost when they choose to keep both. */
export function mergeBoth(mine: string, disk: string): string {
  return `${mine.trimEnd()}\n\n---\n\n**Also in the file on disk:**\n\n${disk.trim()}\n`
}

/**
 * One interview's notes while they are open: autosaves a moment after typing stops (and at least
 * every second while it goes on), saves only over the version it started from, picks up changes
 * made on disk when it has nothing unsaved, and holds a conflict for the user when it has.
 */
export class NotesSession extends Store<NotesState> {
  readonly interviewId: string
  readonly #client: NotesSessionOptions['client']
  readonly #backup: NotesBackup
  readonly #idleMs: number
  readonly #maxWaitMs: number
  readonly #retryMs: number
  readonly #onSummaryWritten: (() => void) | undefined
  /** The version on disk the text descends from. */
  #base: Notes | null = null
  #timer: ReturnType<typeof setTimeout> | undefined
  #firstUnsavedAt: number | null = null
  #saving: { markdown: string; done: Promise<void> } | null = null
  /** A revision announced while a save was in flight, checked once it lands. */
  #announcedDuringSave: string | null = null
  #editor: AttachedEditor | null = null
  /**
   * Asked to focus the editor before it was on the page (its code loads on first use): whether it still
   * is, and where the cursor goes (for text inserted before the editor was there).
   */
  #focusWhenAttached: { stillWanted: () => boolean; at?: number } | null = null
  #disposed = false

  constructor(interviewId: string, options: NotesSessionOptions) {
    super({ status: 'loading', text: '', textVersion: 0, error: null, conflict: null, changedHere: false })
    this.interviewId = interviewId
    this.#client = options.client
    this.#backup = options.backup
    this.#idleMs = options.idleMs ?? SAVE_IDLE_MS
    this.#maxWaitMs = options.maxWaitMs ?? SAVE_MAX_WAIT_MS
    this.#retryMs = options.retryMs ?? RETRY_MS
    this.#onSummaryWritten = options.onSummaryWritten
  }

  get hasUnsavedChanges(): boolean {
    return this.#base !== null && this.state.text !== this.#base.markdown
  }

  /** Reads the notes, and any copy the window kept of edits that had not reached the disk when it last closed. */
  async load(): Promise<void> {
    this.update({ status: 'loading', error: null })
    let disk: Notes
    try {
      disk = await this.#client.readNotes({ id: this.interviewId })
    } catch (error) {
      this.update({ status: 'load-failed', error: messageOf(error) })
      return
    }
    if (this.#disposed) return
    this.#base = disk
    const backup = this.#backup.read(this.interviewId)
    if (!backup || backup.markdown === disk.markdown) {
      if (backup) this.#backup.remove(this.interviewId)
      this.#replaceText(disk.markdown, 'saved')
    } else if (backup.baseRevision === disk.revision || backup.savingMarkdown === disk.markdown) {
      this.#replaceText(backup.markdown, 'unsaved')
      void this.save()
    } else {
      this.#replaceText(backup.markdown, 'conflict')
      this.update({ conflict: disk })
    }
  }

  /** The editor's text after a keystroke. */
  edit(text: string): void {
    if (text === this.state.text || !this.#base) return
    if (this.state.status === 'conflict') {
      this.update({ text, changedHere: true })
      return
    }
    this.update({ text, status: this.#saving ? 'saving' : 'unsaved', error: null, changedHere: true })
    this.#schedule()
  }

  #schedule(): void {
    const now = Date.now()
    this.#firstUnsavedAt ??= now
    const wait = Math.min(this.#idleMs, Math.max(0, this.#firstUnsavedAt + this.#maxWaitMs - now))
    clearTimeout(this.#timer)
    this.#timer = setTimeout(() => void this.save(), wait)
  }

  /** Saves what is unsaved now; resolves once the disk has it, or the save failed. */
  save(): Promise<void> {
    clearTimeout(this.#timer)
    this.#timer = undefined
    if (this.#saving) return this.#saving.done.then(() => this.save())
    if (!this.#base || this.state.status === 'conflict' || this.state.status === 'loading') return Promise.resolve()
    if (!this.hasUnsavedChanges) {
      if (this.state.status !== 'saved') this.update({ status: 'saved', error: null })
      return Promise.resolve()
    }
    const markdown = this.state.text
    const done = this.#write(markdown, this.#base).finally(() => {
      this.#saving = null
    })
    this.#saving = { markdown, done }
    return done
  }

  async #write(markdown: string, base: Notes): Promise<void> {
    this.#firstUnsavedAt = null
    this.update({ status: 'saving', error: null })
    try {
      const { revision, summaryWritten } = await this.#client.writeNotes({
        id: this.interviewId,
        markdown,
        baseRevision: base.revision,
      })
      this.#base = { markdown, revision }
      if (summaryWritten) this.#onSummaryWritten?.()
    } catch (error) {
      if (error instanceof ApiError && error.code === 'conflict') return this.#compareWithDisk()
      this.update({ status: 'failed', error: messageOf(error) })
      if (!this.#disposed) this.#timer = setTimeout(() => void this.save(), this.#retryMs)
      return
    }
    if (this.hasUnsavedChanges) {
      this.update({ status: 'unsaved' })
      this.#schedule()
    } else {
      this.update({ status: 'saved' })
      this.#backup.remove(this.interviewId)
    }
    const announced = this.#announcedDuringSave
    this.#announcedDuringSave = null
    if (announced !== null && announced !== this.#base.revision) await this.#compareWithDisk()
  }

  /** The host says the file on disk is now at `revision` (another window, an editor, a sync tool, or us). */
  onDiskChanged(revision: string): void {
    if (!this.#base || revision === this.#base.revision) return
    if (this.#saving) this.#announcedDuringSave = revision
    else void this.#compareWithDisk()
  }

  async #compareWithDisk(): Promise<void> {
    let disk: Notes
    try {
      disk = await this.#client.readNotes({ id: this.interviewId })
    } catch (error) {
      this.update({ status: 'failed', error: messageOf(error) })
      return
    }
    if (this.#disposed) return
    if (this.state.conflict) {
      this.update({ conflict: disk })
    } else if (this.#base && disk.revision === this.#base.revision) {
      if (this.state.status === 'saving') this.update({ status: this.hasUnsavedChanges ? 'unsaved' : 'saved' })
    } else if (!this.hasUnsavedChanges) {
      this.#base = disk
      this.#replaceText(disk.markdown, 'saved')
    } else if (disk.markdown === this.state.text) {
      this.#base = disk
      this.update({ status: 'saved' })
    } else {
      clearTimeout(this.#timer)
      this.update({ status: 'conflict', conflict: disk, error: null })
    }
  }

  /** Ends a conflict: keep this window's text, the file's, or both one after the other. */
  resolveConflict(choice: ConflictChoice): Promise<void> {
    const disk = this.state.conflict
    if (!disk) return Promise.resolve()
    this.#base = disk
    this.update({ conflict: null })
    if (choice === 'disk') {
      this.#replaceText(disk.markdown, 'saved')
      this.#backup.remove(this.interviewId)
      return Promise.resolve()
    }
    this.#replaceText(choice === 'both' ? mergeBoth(this.state.text, disk.markdown) : this.state.text, 'unsaved')
    return this.save()
  }

  /** The mounted editor inserts at its cursor and takes the focus asked for; without one, text goes at the end. */
  attachEditor(editor: AttachedEditor | null): void {
    this.#editor = editor
    const asked = this.#focusWhenAttached
    if (!editor || !asked) return
    this.#focusWhenAttached = null
    if (asked.stillWanted()) editor.focus(asked.at)
  }

  /**
   * Puts the keyboard in the editor, now or as soon as the editor is on the page, if `stillWanted` then
   * says so (the user may have gone elsewhere while the editor loaded).
   */
  focusEditor(stillWanted: () => boolean = () => true): void {
    if (this.#editor) this.#editor.focus()
    else this.#focusWhenAttached = { stillWanted }
  }

  /** Puts the keyboard in the editor with the cursor at `at`, now or as soon as the editor is on the page. */
  placeCursor(at: number): void {
    if (this.#editor) this.#editor.focus(at)
    else this.#focusWhenAttached = { stillWanted: () => true, at }
  }

  insert(text: string, cursorAt?: number): void {
    if (!this.#base) return
    if (this.#editor) return this.#editor.insertAtCursor(text, cursorAt)
    // The editor's code may still be loading (a click straight after the tab opened): the text goes at
    // the end, and the cursor where it was asked for once the editor is there.
    const current = this.state.text.trimEnd()
    const before = current ? `${current}\n\n` : ''
    this.edit(before + text)
    this.#focusWhenAttached = { stillWanted: () => true, at: before.length + (cursorAt ?? text.length) }
  }

  /** Keeps a copy of unsaved text in the window's storage, synchronously: for when the page goes away. */
  keepBackup(): void {
    if (!this.#base || !this.hasUnsavedChanges) return
    this.#backup.write(this.interviewId, {
      markdown: this.state.text,
      baseRevision: this.#base.revision,
      ...(this.#saving ? { savingMarkdown: this.#saving.markdown } : {}),
    })
  }

  /** The write to send as the page goes away, if there is one that can be sent safely. */
  unloadWrite(): UnloadWrite | null {
    if (!this.#base || !this.hasUnsavedChanges || this.#saving || this.state.status === 'conflict') return null
    return { id: this.interviewId, markdown: this.state.text, baseRevision: this.#base.revision }
  }

  dispose(): void {
    this.#disposed = true
    clearTimeout(this.#timer)
    this.#editor = null
  }

  #replaceText(text: string, status: NotesStatus): void {
    const changedHere = this.state.changedHere || status !== 'saved'
    this.update({ text, status, textVersion: this.state.textVersion + 1, error: null, changedHere })
  }
}
