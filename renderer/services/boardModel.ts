import type { Interview } from '../../shared/domain/interview'
import type { Preferences } from '../../shared/domain/settings'
import type { StageId } from '../../shared/domain/stages'
import type { DataStore } from './dataStore'
import { Store } from './store'
import { applyFilter, isFiltering, NO_FILTER, type BoardFilter } from './boardFilters'
import type { StageLists } from './stageLists'

export interface CardMenuState {
  id: string
  x: number
  y: number
}

export interface BoardState {
  filter: BoardFilter
  showArchived: boolean
  /** Compact density (the boardDensity preference): smaller cards and narrower columns, so all eight stages fit a laptop's screen. */
  compact: boolean
  /** The card the board's commands act on: the one focused last. */
  selectedId: string | null
  /**
   * The last card asked to be scrolled to and focused once it is rendered (after a keyboard move, say);
   * `focusSeq` numbers the requests, and one is acted on only while focusPending says so.
   */
  focusId: string | null
  focusSeq: number
  menu: CardMenuState | null
  /** Read out by the board's live region. */
  announcement: string
  /** The minute the relative due times and "needs action" are worked out for. */
  now: number
  /**
   * While the board opens, how many columns from the left show their cards: 0 until the board has
   * measured which are in view, those for the first frame, then all of them (Infinity).
   */
  shownColumns: number
}

/** What the board shows: the cards of each stage that pass the filter, and all of them for placing moves. */
export interface BoardView {
  visible: ReadonlyMap<StageId, readonly Interview[]>
  full: ReadonlyMap<StageId, readonly Interview[]>
  /** Archived cards that pass the filter, the most recently changed first; empty while the archive is hidden. */
  archived: readonly Interview[]
  shownCount: number
}

const MINUTE_MS = 60_000
const NONE: readonly Interview[] = []

function currentMinute(): number {
  return Math.floor(Date.now() / MINUTE_MS) * MINUTE_MS
}

export type BoardDensity = Preferences['boardDensity']
export type DensityStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

/** The density the board last showed, so a start paints in it before the preferences arrive: a cache, never the preference. */
const SHOWN_DENSITY_KEY = 'debrief.boardDensityShown'
/** Where each browser kept the density before it was a preference: moved into the preferences once, then removed. */
export const LEGACY_DENSITY_KEY = 'debrief.boardDensity'

/** The window's localStorage; null where there is none or it is refused (private mode). */
function browserStorage(): DensityStorage | null {
  try {
    return window.localStorage
  } catch {
    return null
  }
}

function read(storage: DensityStorage | null, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null
  } catch {
    return null
  }
}

/**
 * The density a browser kept before it was a preference, to move into the preferences: only over the
 * default, so a browser's old "comfortable" never undoes the compact board chosen in another window.
 */
export function legacyDensityToMove(stored: string | null, preference: BoardDensity): BoardDensity | null {
  return stored === 'compact' && preference === 'comfortable' ? 'compact' : null
}

/** The board's own state, shared by its components and the commands that act on cards. */
export class BoardModel extends Store<BoardState> {
  readonly #data: DataStore
  #viewInputs: unknown[] = []
  #view: BoardView | null = null
  #focusHandled = 0
  readonly #storage: DensityStorage | null
  /** The density being saved: shown meanwhile, whatever the preferences said before. */
  #densitySaving: BoardDensity | null = null
  #densityStored: BoardDensity | null = null

  constructor(data: DataStore, storage: DensityStorage | null = browserStorage()) {
    super({
      filter: NO_FILTER,
      showArchived: false,
      compact: read(storage, SHOWN_DENSITY_KEY) === 'compact',
      selectedId: null,
      focusId: null,
      focusSeq: 0,
      menu: null,
      announcement: '',
      now: currentMinute(),
      shownColumns: 0,
    })
    this.#data = data
    this.#storage = storage
  }

  /**
   * Shows the density preference as it changes, from this window or any other, and moves a browser's
   * old density into the preferences once they are in. Returns the function that stops following.
   */
  followDensity(): () => void {
    let moved = false
    const follow = () => {
      const preferences = this.#data.state.preferences
      if (!preferences) return
      if (!moved) {
        moved = true
        this.#moveLegacyDensity(preferences.boardDensity)
      }
      this.#show(this.#densitySaving ?? preferences.boardDensity)
    }
    follow()
    return this.#data.subscribe(follow)
  }

  #moveLegacyDensity(preference: BoardDensity): void {
    const stored = read(this.#storage, LEGACY_DENSITY_KEY)
    if (stored === null) return
    const forget = () => {
      try {
        this.#storage?.removeItem(LEGACY_DENSITY_KEY)
      } catch {
        // Refused: it is read again next start, and moved only over the default.
      }
    }
    const moving = legacyDensityToMove(stored, preference)
    // Forgotten once it is in the preferences, so a failed save tries again next start.
    if (moving) void this.#saveDensity(moving).then((saved) => saved && forget())
    else forget()
  }

  #show(density: BoardDensity): void {
    const compact = density === 'compact'
    if (compact !== this.state.compact) this.update({ compact })
    // Followed on every change of the data (a card moved, say): storage is written only when the density is new to it.
    if (density === this.#densityStored) return
    this.#densityStored = density
    try {
      this.#storage?.setItem(SHOWN_DENSITY_KEY, density)
    } catch {
      // Storage refused: the next start paints comfortable until the preferences arrive.
    }
  }

  /** Shown at once, then saved as the preference; false (and the preference shown again) when the host refused. */
  async #saveDensity(density: BoardDensity): Promise<boolean> {
    this.#densitySaving = density
    this.#show(density)
    try {
      await this.#data.savePreferences({ boardDensity: density })
      return true
    } catch {
      return false
    } finally {
      if (this.#densitySaving === density) this.#densitySaving = null
      const preferences = this.#data.state.preferences
      if (preferences && this.#densitySaving === null) this.#show(preferences.boardDensity)
    }
  }

  /** Worked out again only when the interviews, the filter or the minute change. */
  view(): BoardView {
    const { interviews, stages, archived } = this.#data.state
    const { filter, now } = this.state
    const inputs = [stages, archived, filter, now]
    if (this.#view && inputs.every((input, index) => input === this.#viewInputs[index])) return this.#view
    const sameFilter = filter === this.#viewInputs[2] && now === this.#viewInputs[3]
    const visible = isFiltering(filter) ? this.#filtered(stages, sameFilter ? this.#view : null) : stages
    let shownCount = interviews.length
    if (visible !== stages) shownCount = [...visible.values()].reduce((sum, cards) => sum + cards.length, 0)
    const archivedCards =
      archived === this.#viewInputs[1] && sameFilter && this.#view
        ? this.#view.archived
        : archived
          ? [...applyFilter(archived, filter, new Date(now))].sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1))
          : NONE
    this.#viewInputs = inputs
    this.#view = { visible, full: stages, archived: archivedCards, shownCount }
    return this.#view
  }

  /** Each stage's cards that pass the filter; a stage whose cards did not change keeps what `previous` found. */
  #filtered(stages: StageLists, previous: BoardView | null): StageLists {
    const { filter, now } = this.state
    const visible = new Map<StageId, readonly Interview[]>()
    for (const [stage, cards] of stages) {
      const unchanged = previous !== null && previous.full.get(stage) === cards
      const shown = unchanged ? (previous.visible.get(stage) ?? NONE) : applyFilter(cards, filter, new Date(now))
      if (shown.length > 0) visible.set(stage, shown)
    }
    return visible
  }

  visibleIn(stage: StageId): readonly Interview[] {
    return this.view().visible.get(stage) ?? NONE
  }

  fullIn(stage: StageId): readonly Interview[] {
    return this.view().full.get(stage) ?? NONE
  }

  setQuery(query: string): void {
    this.update({ filter: { ...this.state.filter, query } })
  }

  setNeedsAction(needsAction: boolean): void {
    this.update({ filter: { ...this.state.filter, needsAction } })
  }

  clearFilter(): void {
    this.update({ filter: NO_FILTER })
  }

  /** Saves the density for every window; resolves false when the host refused it (the board shows the saved one again). */
  setCompact(compact: boolean): Promise<boolean> {
    return this.#saveDensity(compact ? 'compact' : 'comfortable')
  }

  async setShowArchived(showArchived: boolean): Promise<void> {
    this.update({ showArchived })
    await this.#data.showArchived(showArchived)
  }

  tick(): void {
    const now = currentMinute()
    if (now !== this.state.now) this.update({ now })
  }

  select(id: string): void {
    if (id !== this.state.selectedId) this.update({ selectedId: id })
  }

  requestFocus(id: string): void {
    this.update({ focusId: id, focusSeq: this.state.focusSeq + 1, selectedId: id })
  }

  /** Marks request `seq` done. Nothing shows differently, so nothing renders again (a move's frame stays short). */
  readonly focusDone = (seq: number): void => {
    this.#focusHandled = Math.max(this.#focusHandled, seq)
  }

  readonly focusPending = (seq: number): boolean => seq > this.#focusHandled

  openMenu(menu: CardMenuState): void {
    this.update({ menu, selectedId: menu.id })
  }

  closeMenu(): void {
    if (this.state.menu) this.update({ menu: null })
  }

  /** The first frame shows the cards of the `inView` columns only; the others follow once it is painted. */
  columnsInView(inView: number): void {
    if (this.state.shownColumns === 0) this.update({ shownColumns: Math.max(inView, 1) })
  }

  /** One more column of the `total` shows its cards; the last one makes it all of them. */
  showNextColumn(total: number): void {
    const next = this.state.shownColumns + 1
    if (this.state.shownColumns !== Infinity) this.update({ shownColumns: next >= total ? Infinity : next })
  }

  showAllColumns(): void {
    if (this.state.shownColumns !== Infinity) this.update({ shownColumns: Infinity })
  }

  announce(announcement: string): void {
    this.update({ announcement })
  }
}
