import type { InterviewFieldsInput } from '../../shared/domain/interview'
import type { StageId } from '../../shared/domain/stages'
import type { SidebarView } from '../../shared/domain/window-state'
import { Store } from './store'

export type Tab =
  | { key: 'board'; kind: 'board' }
  | { key: string; kind: 'interview'; interviewId: string }
  | { key: string; kind: 'new' }
  | { key: 'insights'; kind: 'insights' }
  | { key: 'settings'; kind: 'settings' }

/** What the side bar shows: the interviews list, search over every interview's notes, or the follow-ups due today. */
export type { SidebarView }

export type SaveStatus = 'saving' | 'saved' | 'failed'

export interface WorkbenchState {
  tabs: readonly Tab[]
  activeKey: string | null
  sidebarVisible: boolean
  sidebarView: SidebarView
  paletteOpen: boolean
  /** The command whose choices the open palette shows (its second step); null: the list of commands. */
  paletteStep: string | null
  quickOpenOpen: boolean
  /**
   * The interview tab opened only to look, as VS Code's preview editor: the next interview opened the
   * same way takes its place, so looking through ten cards leaves one tab, not ten. An edit in it, or a
   * double click, keeps it open (`keep`).
   */
  previewKey: string | null
  /** Keys of tabs whose form has changes not yet saved. */
  dirtyKeys: readonly string[]
  /** Tabs whose save is in flight, and tabs whose last save failed. */
  savingKeys: readonly string[]
  failedKeys: readonly string[]
}

/** The unsaved state of a form whose tab is open but not shown (its form is unmounted meanwhile). */
export interface FormDraft {
  values: InterviewFieldsInput
  stage: StageId | null
}

export const BOARD_TAB: Tab = { key: 'board', kind: 'board' }
export const INSIGHTS_TAB: Tab = { key: 'insights', kind: 'insights' }
export const SETTINGS_TAB: Tab = { key: 'settings', kind: 'settings' }

export function interviewTabKey(id: string): string {
  return `interview:${id}`
}

export interface WorkbenchOptions {
  /** Asks the user to confirm losing unsaved changes; an in-app dialog answers later. */
  confirmDiscard: (tab: Tab) => boolean | Promise<boolean>
}

/** The workbench's layout state: open tabs, the active one, side bar and palette visibility. */
export class WorkbenchModel extends Store<WorkbenchState> {
  readonly #options: WorkbenchOptions
  readonly #drafts = new Map<string, FormDraft>()
  #newTabCount = 0
  /** The user has opened, switched or closed a tab: a late restore of the last session must not undo it. */
  #touched = false
  /** The same for the side bar: the user has shown, switched or hidden it. */
  #sidebarTouched = false
  /**
   * Set while the side bar is hidden because the window is narrow, not by the user: whether they had it
   * shown, which is what the next start restores. Saved as hidden, a window opened narrow once started
   * every later one, however wide, without its side bar.
   */
  #hiddenForNarrow: { visible: boolean } | null = null

  constructor(options: WorkbenchOptions) {
    super({
      tabs: [BOARD_TAB],
      activeKey: BOARD_TAB.key,
      sidebarVisible: true,
      sidebarView: 'interviews',
      paletteOpen: false,
      paletteStep: null,
      quickOpenOpen: false,
      previewKey: null,
      dirtyKeys: [],
      savingKeys: [],
      failedKeys: [],
    })
    this.#options = options
  }

  get activeTab(): Tab | undefined {
    return this.state.tabs.find((tab) => tab.key === this.state.activeKey)
  }

  isDirty(key: string): boolean {
    return this.state.dirtyKeys.includes(key)
  }

  #open(tab: Tab): void {
    this.#touched = true
    const exists = this.state.tabs.some((candidate) => candidate.key === tab.key)
    this.update({ tabs: exists ? this.state.tabs : [...this.state.tabs, tab], activeKey: tab.key })
  }

  activate(key: string): void {
    this.#touched = true
    if (this.state.tabs.some((tab) => tab.key === key)) this.update({ activeKey: key })
  }

  showBoard(): void {
    this.#open(BOARD_TAB)
  }

  showInsights(): void {
    this.#open(INSIGHTS_TAB)
  }

  showSettings(): void {
    this.#open(SETTINGS_TAB)
  }

  /** Opens an interview's tab as a preview (previewKey), or, with `keep`, as a tab that stays. */
  openInterview(id: string, { keep = false } = {}): void {
    const tab: Tab = { key: interviewTabKey(id), kind: 'interview', interviewId: id }
    const { tabs, previewKey } = this.state
    this.#touched = true
    // One update whichever way it opens: each one tells every subscriber (the saved window state, the drafts).
    if (tabs.some((candidate) => candidate.key === tab.key)) {
      this.update({ activeKey: tab.key, ...(keep && previewKey === tab.key ? { previewKey: null } : {}) })
      return
    }
    const preview = keep ? undefined : tabs.find((candidate) => candidate.key === previewKey)
    if (preview && !this.isDirty(preview.key)) {
      this.#drafts.delete(preview.key)
      this.update({
        tabs: tabs.map((candidate) => (candidate === preview ? tab : candidate)),
        activeKey: tab.key,
        previewKey: tab.key,
        ...this.#withoutKey(preview.key),
      })
      return
    }
    this.update({ tabs: [...tabs, tab], activeKey: tab.key, ...(keep ? {} : { previewKey: tab.key }) })
  }

  /** The preview tab `key` stays open: the user edited in it or double-clicked it. */
  keep(key: string): void {
    if (this.state.previewKey === key) this.update({ previewKey: null })
  }

  /**
   * Reuses an untouched "New interview" tab rather than stacking empty ones. `prefill` (a next round's
   * company and role) opens a tab of its own whose form starts from those values.
   */
  openNewInterview(prefill?: InterviewFieldsInput): void {
    const pristine = this.state.tabs.find((tab) => tab.kind === 'new' && !this.isDirty(tab.key))
    if (pristine && !prefill) {
      this.activate(pristine.key)
      return
    }
    this.#newTabCount++
    const key = `new:${this.#newTabCount}`
    if (prefill) this.#drafts.set(key, { values: prefill, stage: null })
    this.#open({ key, kind: 'new' })
  }

  /** Keeps a hidden tab's unsaved form, unless the tab has just been closed. */
  keepDraft(key: string, draft: FormDraft): void {
    if (this.state.tabs.some((tab) => tab.key === key)) this.#drafts.set(key, draft)
  }

  dropDraft(key: string): void {
    this.#drafts.delete(key)
  }

  takeDraft(key: string): FormDraft | undefined {
    const draft = this.#drafts.get(key)
    this.#drafts.delete(key)
    return draft
  }

  /**
   * A new interview was created: its tab becomes the interview's, shown, so what to do next (its first
   * follow-up) is in front of the user; the board's tab stays at hand.
   */
  completeNewInterview(newTabKey: string, interviewId: string): void {
    this.#drafts.delete(newTabKey)
    const interviewTab: Tab = { key: interviewTabKey(interviewId), kind: 'interview', interviewId }
    const tabs = this.state.tabs.map((tab) => (tab.key === newTabKey ? interviewTab : tab))
    const withBoard = tabs.some((tab) => tab.kind === 'board') ? tabs : [BOARD_TAB, ...tabs]
    this.update({ tabs: withBoard, activeKey: interviewTab.key, ...this.#withoutKey(newTabKey) })
  }

  /**
   * Opens the tabs a window had when it last closed (windowState.ts), in their order, unless the
   * user has opened another meanwhile. An interview that no longer exists is skipped.
   */
  restoreTabs(tabs: readonly Tab[], activeKey: string | null): void {
    if (this.#touched || tabs.length === 0) return
    const keys = new Set(tabs.map((tab) => tab.key))
    this.update({ tabs, activeKey: activeKey && keys.has(activeKey) ? activeKey : tabs[0]!.key, previewKey: null })
  }

  /**
   * Closes a tab, asking first when it holds unsaved changes unless `force` (e.g. it was deleted).
   * True when it closed now; when the answer comes later, the tab closes then if the user agrees.
   */
  close(key: string, { force = false } = {}): boolean {
    const index = this.state.tabs.findIndex((tab) => tab.key === key)
    const tab = this.state.tabs[index]
    if (!tab) return false
    this.#touched = true
    if (!force && this.isDirty(key)) {
      const answer = this.#options.confirmDiscard(tab)
      if (answer === true) return this.close(key, { force: true })
      if (answer !== false) void answer.then((confirmed) => confirmed && this.close(key, { force: true }))
      return false
    }
    this.#drafts.delete(key)
    const tabs = this.state.tabs.filter((candidate) => candidate.key !== key)
    const neighbour = tabs[Math.min(index, tabs.length - 1)]
    const activeKey = this.state.activeKey === key ? (neighbour?.key ?? null) : this.state.activeKey
    const previewKey = this.state.previewKey === key ? null : this.state.previewKey
    this.update({ tabs, activeKey, previewKey, ...this.#withoutKey(key) })
    return true
  }

  closeActive(): void {
    if (this.state.activeKey) this.close(this.state.activeKey)
  }

  setDirty(key: string, dirty: boolean): void {
    if (dirty) this.keep(key)
    if (dirty === this.isDirty(key)) return
    const others = this.state.dirtyKeys.filter((candidate) => candidate !== key)
    this.update({ dirtyKeys: dirty ? [...others, key] : others })
  }

  setSaveStatus(key: string, status: SaveStatus): void {
    const without = (keys: readonly string[]) => keys.filter((candidate) => candidate !== key)
    this.update({
      savingKeys: status === 'saving' ? [...without(this.state.savingKeys), key] : without(this.state.savingKeys),
      failedKeys: status === 'failed' ? [...without(this.state.failedKeys), key] : without(this.state.failedKeys),
    })
  }

  /** Forgets everything about a tab that is gone. */
  #withoutKey(key: string): Pick<WorkbenchState, 'dirtyKeys' | 'savingKeys' | 'failedKeys'> {
    const without = (keys: readonly string[]) => keys.filter((candidate) => candidate !== key)
    return {
      dirtyKeys: without(this.state.dirtyKeys),
      savingKeys: without(this.state.savingKeys),
      failedKeys: without(this.state.failedKeys),
    }
  }

  toggleSidebar(): void {
    this.#userSidebar()
    this.update({ sidebarVisible: !this.state.sidebarVisible })
  }

  hideSidebar(): void {
    this.#userSidebar()
    if (this.state.sidebarVisible) this.update({ sidebarVisible: false })
  }

  showSidebar(): void {
    this.#userSidebar()
    this.update({ sidebarVisible: true })
  }

  /** The window became narrow: the side bar makes room for the editor, the user's choice kept for later. */
  hideSidebarForNarrowWindow(): void {
    if (!this.state.sidebarVisible) return
    this.#hiddenForNarrow = { visible: true }
    this.update({ sidebarVisible: false })
  }

  /** Whether the side bar shows as the user left it, which the next start restores. */
  get sidebarChosenVisible(): boolean {
    return this.#hiddenForNarrow?.visible ?? this.state.sidebarVisible
  }

  /**
   * The side bar as the last session left it, unless the user has changed it since this one began; in
   * a narrow window it stays hidden, the choice kept.
   */
  restoreSidebar(sidebarView: SidebarView, sidebarVisible: boolean): void {
    if (this.#sidebarTouched) return
    if (this.#hiddenForNarrow) {
      this.#hiddenForNarrow = { visible: sidebarVisible }
      this.update({ sidebarView })
    } else this.update({ sidebarView, sidebarVisible })
  }

  #userSidebar(): void {
    this.#sidebarTouched = true
    this.#hiddenForNarrow = null
  }

  /** `step`: open on that command's choices rather than on the list of commands. */
  setPaletteOpen(paletteOpen: boolean, step: string | null = null): void {
    const paletteStep = paletteOpen ? step : null
    if (paletteOpen !== this.state.paletteOpen || paletteStep !== this.state.paletteStep) {
      this.update({ paletteOpen, paletteStep })
    }
  }

  setQuickOpenOpen(quickOpenOpen: boolean): void {
    if (quickOpenOpen !== this.state.quickOpenOpen) this.update({ quickOpenOpen })
  }

  /** Shows `view` in the side bar. */
  showSidebarView(sidebarView: SidebarView): void {
    this.#userSidebar()
    this.update({ sidebarVisible: true, sidebarView })
  }

  /** The activity bar's buttons, as in VS Code: the view shown already hides the side bar, another replaces it. */
  toggleSidebarView(sidebarView: SidebarView): void {
    if (this.state.sidebarVisible && this.state.sidebarView === sidebarView) this.hideSidebar()
    else this.showSidebarView(sidebarView)
  }
}
