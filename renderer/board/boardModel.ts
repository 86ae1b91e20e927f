import type { Interview } from '../../shared/domain/interview'
import type { StageId } from '../../shared/domain/stages'
import type { DataStore } from '../services/dataStore'
import { Store } from '../services/store'
import { applyFilter, NO_FILTER, type BoardFilter } from './filters'
import { groupByStage } from './groupByStage'

export interface CardMenuState {
  id: string
  x: number
  y: number
}

export interface BoardState {
  filter: BoardFilter
  showArchived: boolean
  /** The card the board's commands act on: the one focused last. */
  selectedId: string | null
  /** A card to scroll to and focus once it is rendered, e.g. after a keyboard move; `focusSeq` repeats a request. */
  focusId: string | null
  focusSeq: number
  menu: CardMenuState | null
  /** Read out by the board's live region. */
  announcement: string
  /** The minute the relative due times and "needs action" are worked out for. */
  now: number
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

/** The board's own state, shared by its components and the commands that act on cards. */
export class BoardModel extends Store<BoardState> {
  readonly #data: DataStore
  #viewInputs: unknown[] = []
  #view: BoardView | null = null

  constructor(data: DataStore) {
    super({
      filter: NO_FILTER,
      showArchived: false,
      selectedId: null,
      focusId: null,
      focusSeq: 0,
      menu: null,
      announcement: '',
      now: currentMinute(),
    })
    this.#data = data
  }

  /** Worked out again only when the interviews, the filter or the minute change. */
  view(): BoardView {
    const { interviews, archived } = this.#data.state
    const { filter, now } = this.state
    const inputs = [interviews, archived, filter, now]
    if (this.#view && inputs.every((input, index) => input === this.#viewInputs[index])) return this.#view
    const previous = this.#view
    const full = groupByStage(interviews, previous?.full)
    const filtered = applyFilter(interviews, filter, new Date(now))
    const visible = filtered === interviews ? full : groupByStage(filtered, previous?.visible)
    const archivedCards = archived
      ? [...applyFilter(archived, filter, new Date(now))].sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1))
      : NONE
    this.#viewInputs = inputs
    this.#view = { visible, full, archived: archivedCards, shownCount: filtered.length }
    return this.#view
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

  focusDone(id: string): void {
    if (this.state.focusId === id) this.update({ focusId: null })
  }

  openMenu(menu: CardMenuState): void {
    this.update({ menu, selectedId: menu.id })
  }

  closeMenu(): void {
    if (this.state.menu) this.update({ menu: null })
  }

  announce(announcement: string): void {
    this.update({ announcement })
  }
}
