import type { Client } from '../../shared/api/client'
import type { HostEvent, Notice } from '../../shared/api/contract'
import { MAX_IDS_PER_CALL } from '../../shared/api/limits'
import type { Interview } from '../../shared/domain/interview'
import type { Preferences } from '../../shared/domain/settings'
import { groupByStage, placeCards, type StageLists } from './stageLists'
import { afterNextPaint, patchList, placeInList } from './interviewLists'
import { Store } from './store'
import { firstPageSize, firstPages, loadRest, type FirstPages } from './boardPages'

export interface DataState {
  /** The interviews on the board (not archived). */
  interviews: readonly Interview[]
  /** The same interviews by stage, each in board order; a change gives new arrays only to the stages it touches. */
  stages: StageLists
  /** The archived interviews, loaded only while a view shows them; null otherwise. */
  archived: readonly Interview[] | null
  /** Ids of the sample interviews on the board (loadSamples), so one click can remove them. */
  sampleIds: readonly string[]
  /** 'loading' only until the first list arrives; later refreshes keep showing the last good list. */
  status: 'loading' | 'ready' | 'failed'
  /** Why the last refresh failed, cleared by the next one that succeeds. */
  loadError: string | null
  notices: readonly Notice[]
  preferences: Preferences | null
}

/** Up to this many interviews changed at once, the list is patched in place; above, it is rebuilt in one pass. */
const MOST_PATCHES = 32

/** Records from the host are built the same way, so equal ones serialise alike; this runs for a handful of cards per change. */
function sameRecord(a: Interview, b: Interview): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/**
 * The host's data as this window knows it. A change this window makes shows the host's reply; a change
 * from anywhere else arrives whole in the host's event. Nothing is fetched again but after a reconnect.
 */
export class DataStore extends Store<DataState> {
  readonly #client: Client
  #interviewsLoad: Promise<void> | null = null
  #reloadRequested = false
  /** Bumped by every change applied (a reply or an event), so a list fetched before it cannot overwrite it. */
  #localChanges = 0
  /** Bumped by every notices event, so notices read before it cannot overwrite it. */
  #noticeEvents = 0
  /** Ids named by host events and not fetched yet; one getInterviews call takes them all. */
  readonly #staleIds = new Set<string>()
  #idsLoad: Promise<void> | null = null
  /** While the board opens page by page: ids changed meanwhile, whose pages may hold an older copy. */
  #changedWhileOpening: Set<string> | null = null
  /** Changes shown before the host confirmed them, by interview: fetched copies must not undo them. */
  readonly #unconfirmed = new Map<string, number>()
  /** Host calls that change interviews, one at a time and in order, as the user made them. */
  #changeQueue: Promise<unknown> = Promise.resolve()
  /** `state.interviews` by id, kept in step with it. */
  #byId = new Map<string, Interview>()
  /** Interviews archived by a change this window heard of: a tab still open on one keeps its title. */
  #archivedSeen = new Map<string, Interview>()

  constructor(client: Client) {
    super({
      interviews: [],
      stages: new Map(),
      archived: null,
      sampleIds: [],
      status: 'loading',
      loadError: null,
      notices: [],
      preferences: null,
    })
    this.#client = client
  }

  /**
   * Loads everything and follows the host's events; returns the function that stops following.
   * `firstPages`: the board's first pages, already on their way (renderer/transport/boardStart.ts).
   */
  start(firstPages?: Promise<FirstPages | null> | null): () => void {
    const stop = this.#client.onEvent((event) => this.#onHostEvent(event))
    // The first paint waits for the board's first pages, and a browser opens six connections to a
    // host: the rest asks once those are in (the theme is remembered from the last start meanwhile).
    void this.#openBoard(() => {
      void this.refreshNotices()
      void this.refreshPreferences()
      void this.refreshSamples()
    }, firstPages)
    return stop
  }

  interviewById(id: string): Interview | undefined {
    return this.#byId.get(id)
  }

  /** An interview on the board, or one archived that a change or the loaded archive brought to this window. */
  knownInterview(id: string): Interview | undefined {
    return this.#byId.get(id) ?? this.#archivedSeen.get(id) ?? this.state.archived?.find((each) => each.id === id)
  }

  /** Refetches the list; calls made while one is in flight share one more fetch after it. */
  refreshInterviews(): Promise<void> {
    if (this.#interviewsLoad) {
      this.#reloadRequested = true
      return this.#interviewsLoad
    }
    this.#interviewsLoad = this.#loadInterviews().finally(() => {
      this.#interviewsLoad = null
    })
    return this.#interviewsLoad
  }

  /**
   * The first load: the first cards of every stage at once, so the board paints, then the rest page by
   * page. `afterFirstPages` runs once the first pages are in and rendered, or failed.
   */
  async #openBoard(afterFirstPages: () => void, preloaded?: Promise<FirstPages | null> | null): Promise<void> {
    this.#changedWhileOpening = new Set()
    const limit = firstPageSize()
    try {
      const asked = preloaded
        ? preloaded.then((pages) => pages ?? firstPages(this.#client, limit))
        : firstPages(this.#client, limit)
      const pages = await asked.catch((error: unknown) => {
        afterFirstPages()
        throw error
      })
      this.#addPage(
        pages.flatMap((page) => page.interviews),
        { status: 'ready', loadError: null },
      )
      setTimeout(afterFirstPages, 0)
      // The rest waits for the first cards to be on screen: reading more pages would hold up that frame.
      await afterNextPaint()
      await loadRest(this.#client, pages, (arrived) => this.#addPage(arrived))
    } catch (error) {
      this.update({
        status: this.state.status === 'loading' ? 'failed' : this.state.status,
        loadError: messageOf(error),
      })
    } finally {
      this.#changedWhileOpening = null
    }
  }

  /** Adds the cards of a page this window does not have yet; one changed meanwhile came fresher by its event. */
  #addPage(page: readonly Interview[], also: Partial<DataState> = {}): void {
    const changed = this.#changedWhileOpening
    const added = page.filter((interview) => !this.#byId.has(interview.id) && !changed?.has(interview.id))
    for (const interview of added) this.#byId.set(interview.id, interview)
    if (added.length === 0) {
      if (Object.keys(also).length > 0) this.update(also)
      return
    }
    const stages = placeCards(this.state.stages, [], added)
    this.update({ interviews: [...this.state.interviews, ...added], stages, ...also })
  }

  /** Replaces the whole board list, keeping the arrays of the stages whose cards are the same. */
  #setBoard(interviews: readonly Interview[]): Pick<DataState, 'interviews' | 'stages'> {
    this.#byId = new Map(interviews.map((interview) => [interview.id, interview]))
    return { interviews, stages: groupByStage(interviews, this.state.stages) }
  }

  async #loadInterviews(): Promise<void> {
    do {
      this.#reloadRequested = false
      const changesBefore = this.#localChanges
      try {
        const withArchived = this.state.archived !== null
        const all = await this.#client.listInterviews(withArchived ? { includeArchived: true } : {})
        if (changesBefore !== this.#localChanges) this.#reloadRequested = true
        else {
          const kept = this.#unconfirmed.size
            ? all.map((interview) => this.#unconfirmedCopy(interview.id) ?? interview)
            : all
          this.update({
            ...this.#setBoard(kept.filter((interview) => !interview.archived)),
            ...(withArchived ? { archived: kept.filter((interview) => interview.archived) } : {}),
            status: 'ready',
            loadError: null,
          })
        }
      } catch (error) {
        this.update({
          status: this.state.status === 'loading' ? 'failed' : this.state.status,
          loadError: messageOf(error),
        })
        return
      }
    } while (this.#reloadRequested)
  }

  /** Shows what the host returned from a change at once, before the event's refetch arrives. */
  applyChanged(interview: Interview): void {
    this.#localChanges++
    this.#merge([interview.id], [interview], false)
  }

  applyDeleted(id: string): void {
    this.#localChanges++
    this.#merge([id], [], false)
  }

  /**
   * Shows `provisional` at once, then runs `call` after the changes before it; its answer replaces
   * the provisional record. On failure the record is shown as it was before, then as the host has it
   * (when it can be reached), and the error is thrown on. The call goes out once the frame showing the
   * change is painted: setting up a request costs the browser milliseconds that the frame would
   * otherwise wait for. Resolves with the host's record after the change (null: deleted).
   */
  async change(
    provisional: Interview | null,
    id: string,
    call: () => Promise<Interview | null>,
  ): Promise<Interview | null> {
    // null from `call`: the interview is gone (deleted).
    const before = this.#byId.get(id) ?? this.state.archived?.find((interview) => interview.id === id)
    this.#unconfirmed.set(id, (this.#unconfirmed.get(id) ?? 0) + 1)
    if (provisional) this.applyChanged(provisional)
    const run = this.#changeQueue.then(afterNextPaint).then(call)
    this.#changeQueue = run.catch(() => undefined)
    let result: Interview | null | undefined
    try {
      result = await run
    } finally {
      const left = (this.#unconfirmed.get(id) ?? 1) - 1
      if (left > 0) this.#unconfirmed.set(id, left)
      else this.#unconfirmed.delete(id)
      // A later change of the same card is still on its way: its answer is the one to show.
      if (left === 0) {
        if (result === undefined) {
          // Never a change shown as made that was not: with the host unreachable the refetch fails too
          // (a card moved while serve-web was stopped stayed in its new column, "All changes saved").
          if (before && provisional) this.applyChanged(before)
          void this.refreshInterviewsById([id])
        } else if (result) this.applyChanged(result)
        else this.applyDeleted(id)
      }
    }
    return result
  }

  /** Fetches just these interviews (all of them for an empty or long list) and puts them in place. */
  refreshInterviewsById(ids: readonly string[]): Promise<void> {
    if (ids.length === 0 || ids.length > MAX_IDS_PER_CALL) return this.refreshInterviews()
    for (const id of ids) this.#staleIds.add(id)
    this.#idsLoad ??= this.#loadIds().finally(() => {
      this.#idsLoad = null
    })
    return this.#idsLoad
  }

  async #loadIds(): Promise<void> {
    while (this.#staleIds.size > 0) {
      const ids = [...this.#staleIds].slice(0, MAX_IDS_PER_CALL)
      for (const id of ids) this.#staleIds.delete(id)
      const changesBefore = this.#localChanges
      try {
        const found = await this.#client.getInterviews({ ids })
        if (changesBefore !== this.#localChanges) ids.forEach((id) => this.#staleIds.add(id))
        else this.#merge(ids, found, true)
      } catch (error) {
        this.update({ loadError: messageOf(error) })
        return
      }
    }
  }

  #unconfirmedCopy(id: string): Interview | undefined {
    if (!this.#unconfirmed.has(id)) return undefined
    return this.interviewById(id) ?? this.state.archived?.find((interview) => interview.id === id)
  }

  /**
   * Puts `found` in place of the interviews named by `ids`; a named one not found is gone. What the
   * host sent leaves alone a card whose change it has not confirmed yet.
   */
  #merge(ids: readonly string[], found: readonly Interview[], fromHost: boolean): void {
    for (const id of ids) this.#changedWhileOpening?.add(id)
    const named = new Set(fromHost ? ids.filter((id) => !this.#unconfirmed.has(id)) : ids)
    if (named.size === 0) return
    const byId = new Map(found.filter((interview) => named.has(interview.id)).map((each) => [each.id, each]))
    const archived = this.state.archived
    this.update({
      ...this.#placeOnBoard(named, byId),
      ...(archived ? { archived: placeInList(archived, named, byId, true) } : {}),
    })
  }

  /**
   * The board with the `named` interviews replaced by their copies in `byId`, or taken off: only the
   * stages they leave or join get new arrays, and the list is patched rather than rebuilt.
   */
  #placeOnBoard(named: ReadonlySet<string>, byId: ReadonlyMap<string, Interview>): Partial<DataState> {
    const removed: Interview[] = []
    const added: Interview[] = []
    for (const id of named) {
      const before = this.#byId.get(id)
      const after = byId.get(id)
      const onBoard = after && !after.archived ? after : undefined
      if (after?.archived) this.#archivedSeen.set(id, after)
      else this.#archivedSeen.delete(id)
      // The event of this window's own change brings back what its reply already showed.
      if (before === onBoard || (before && onBoard && sameRecord(before, onBoard))) continue
      if (before) removed.push(before)
      if (onBoard) added.push(onBoard)
    }
    if (removed.length === 0 && added.length === 0) return {}
    const interviews =
      named.size > MOST_PATCHES
        ? placeInList(this.state.interviews, named, byId, false)
        : patchList(this.state.interviews, removed, added)
    for (const interview of removed) this.#byId.delete(interview.id)
    for (const interview of added) this.#byId.set(interview.id, interview)
    return { interviews, stages: placeCards(this.state.stages, removed, added) }
  }

  /** Loads the archive while a view shows it, and forgets it after. */
  async showArchived(show: boolean): Promise<void> {
    if (!show) {
      this.update({ archived: null })
      return
    }
    if (this.state.archived) return
    this.update({ archived: [] })
    await this.refreshInterviews()
  }

  async refreshSamples(): Promise<void> {
    try {
      this.update({ sampleIds: (await this.#client.listSamples({})).ids })
    } catch (error) {
      console.warn('[debrief] could not tell which interviews are samples:', error)
    }
  }

  async refreshNotices(): Promise<void> {
    const eventsBefore = this.#noticeEvents
    try {
      const info = await this.#client.getHostInfo({})
      // An event that came meanwhile is as new as this answer or newer (answers and events travel apart):
      // a reconnected stream's read showed a notice its event had just taken away, and kept it.
      if (eventsBefore !== this.#noticeEvents) return
      this.update({ notices: info.notices })
    } catch (error) {
      this.update({ loadError: messageOf(error) })
    }
  }

  async dismissNotice(id: string): Promise<void> {
    this.update({ notices: this.state.notices.filter((notice) => notice.id !== id) })
    await this.#client.dismissNotice({ id })
  }

  async refreshPreferences(): Promise<void> {
    try {
      this.update({ preferences: await this.#client.getPreferences({}) })
    } catch (error) {
      this.update({ loadError: messageOf(error) })
    }
  }

  async savePreferences(change: Partial<Preferences>): Promise<void> {
    // setPreferences replaces the whole record, so start from what the host has, never from defaults.
    const current = this.state.preferences ?? (await this.#client.getPreferences({}))
    this.update({ preferences: await this.#client.setPreferences({ ...current, ...change }) })
  }

  #onHostEvent(event: HostEvent): void {
    if (event.topic === 'interviews') {
      // Read before the event is applied: new interviews may be samples another window loaded; removed ones may be the samples.
      // (The board's index, not a set of its 10,000 ids made for each event: 1.5 ms a move, a profile of the board bench.)
      const samplesMayChange = event.ids.some((id) => !this.#byId.has(id) || this.state.sampleIds.includes(id))
      if (event.ids.length === 0) void this.refreshInterviews()
      else {
        this.#localChanges++
        this.#merge(event.ids, event.interviews, true)
      }
      if (samplesMayChange) void this.refreshSamples()
    } else if (event.topic === 'notices') {
      if (event.notices) {
        this.#noticeEvents++
        this.update({ notices: event.notices })
      } else void this.refreshNotices()
    } else if (event.topic === 'preferences') void this.refreshPreferences()
  }
}
