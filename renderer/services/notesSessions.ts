import type { Client } from '../../shared/api/client'
import type { NotesBackup } from './notesBackup'
import { NotesSession, type UnloadWrite } from './notesSession'
import { NotesView } from './notesView'
import { Store } from './store'
import type { WorkbenchModel } from './workbenchModel'

/** Every open notes editor's save state folded into one, for the status bar; 'none' while none was changed here. */
export interface NotesSaveSummary {
  status: 'none' | 'saved' | 'saving' | 'failed' | 'conflict'
  /** Why the worst one is not saved. */
  detail: string | null
}

export interface NotesSessionsOptions {
  client: Client
  backup: NotesBackup
  sendOnUnload: (write: UnloadWrite) => void
  /** A closed tab's notes could not be saved (a conflict, a failing disk); they stay in the window's storage. */
  onClosedUnsaved: (id: string, reason: string) => void
  /** A save of these notes closed "Write your summary". */
  onSummaryWritten: (id: string) => void
}

const RANK = { none: 0, saved: 1, saving: 2, failed: 3, conflict: 4 } as const

function summaryOf(session: NotesSession): NotesSaveSummary {
  const { status, error, changedHere } = session.state
  switch (status) {
    case 'conflict':
      return { status: 'conflict', detail: 'The notes file changed on disk while you were editing.' }
    case 'failed':
    case 'load-failed':
      return { status: 'failed', detail: error }
    case 'unsaved':
    case 'saving':
      return { status: 'saving', detail: null }
    default:
      return { status: changedHere ? 'saved' : 'none', detail: null }
  }
}

/**
 * The notes sessions of the open interview tabs. A session outlives its editor while the tab is
 * only hidden, and is saved and let go when the tab closes; as the page goes away, every unsaved
 * text is copied to the window's storage and sent.
 */
export class NotesSessions extends Store<NotesSaveSummary> {
  readonly view = new NotesView()
  readonly #options: NotesSessionsOptions
  readonly #sessions = new Map<string, { session: NotesSession; stop: () => void }>()

  constructor(options: NotesSessionsOptions) {
    super({ status: 'none', detail: null })
    this.#options = options
  }

  /** Follows the host's notes events, the workbench's tabs and the page's lifecycle; returns the function that stops. */
  start(workbench: WorkbenchModel): () => void {
    const stopEvents = this.#options.client.onEvent((event) => {
      if (event.topic === 'notes') this.#sessions.get(event.id)?.session.onDiskChanged(event.revision)
    })
    const stopTabs = workbench.subscribe(() => {
      const open = new Set(workbench.state.tabs.flatMap((tab) => (tab.kind === 'interview' ? [tab.interviewId] : [])))
      for (const id of this.#sessions.keys()) if (!open.has(id)) void this.close(id)
    })
    const onPageHide = () => this.#beforePageGoes()
    const onVisibility = () => document.visibilityState === 'hidden' && void this.saveAll()
    window.addEventListener('pagehide', onPageHide)
    document.addEventListener('visibilitychange', onVisibility)
    return () => {
      stopEvents()
      stopTabs()
      window.removeEventListener('pagehide', onPageHide)
      document.removeEventListener('visibilitychange', onVisibility)
    }
  }

  /** The session of an interview's notes, opened and loaded on first use. */
  open(id: string): NotesSession {
    const existing = this.#sessions.get(id)
    if (existing) return existing.session
    const session = new NotesSession(id, {
      client: this.#options.client,
      backup: this.#options.backup,
      onSummaryWritten: () => this.#options.onSummaryWritten(id),
    })
    const stop = session.subscribe(() => this.#summarize())
    this.#sessions.set(id, { session, stop })
    void session.load()
    this.#summarize()
    return session
  }

  /**
   * Puts the keyboard in an interview's notes editor (Ctrl+Alt+N, the summary's "Write it in this
   * interview's notes"), showing the editor beside a preview shown alone, which has nothing to type in.
   * The editor's code loads on first use: it is focused once on the page, unless the keyboard has gone
   * elsewhere meanwhile.
   */
  focusEditor(id: string): void {
    if (this.view.state.layout === 'preview') this.view.setLayout('split')
    const from = document.activeElement
    this.open(id).focusEditor(() => document.activeElement === from)
  }

  get(id: string): NotesSession | undefined {
    return this.#sessions.get(id)?.session
  }

  /** Saves the notes and lets the session go; what could not be saved stays in the window's storage. */
  async close(id: string): Promise<void> {
    const entry = this.#sessions.get(id)
    if (!entry) return
    this.#sessions.delete(id)
    entry.stop()
    entry.session.keepBackup()
    await entry.session.save()
    entry.session.dispose()
    if (entry.session.hasUnsavedChanges) {
      this.#options.onClosedUnsaved(id, summaryOf(entry.session).detail ?? 'they could not be saved')
    }
    this.#summarize()
  }

  saveAll(): Promise<void> {
    return Promise.all([...this.#sessions.values()].map(({ session }) => session.save())).then(() => undefined)
  }

  #beforePageGoes(): void {
    for (const { session } of this.#sessions.values()) {
      session.keepBackup()
      const write = session.unloadWrite()
      if (write) this.#options.sendOnUnload(write)
    }
  }

  #summarize(): void {
    let worst: NotesSaveSummary = { status: 'none', detail: null }
    for (const { session } of this.#sessions.values()) {
      const summary = summaryOf(session)
      if (RANK[summary.status] > RANK[worst.status]) worst = summary
    }
    if (worst.status !== this.state.status || worst.detail !== this.state.detail) this.update(worst)
  }
}
