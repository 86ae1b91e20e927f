import type { Client } from '../../shared/api/client'
import { MAX_IDS_PER_CALL, type HostEvent, type Notice } from '../../shared/api/contract'
import type { Interview } from '../../shared/domain/interview'
import type { Preferences } from '../../shared/domain/settings'
import { STAGE_IDS } from '../../shared/domain/stages'
import { Store } from './store'

export interface DataState {
  interviews: readonly Interview[]
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

/** Enough cards per column for the first screen; the rest of a large board follows in pages of REST_PAGE_SIZE. */
const FIRST_PAGE_SIZE = 40
const REST_PAGE_SIZE = 500

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** The host's data as this window knows it, refetched whenever the host says it changed. */
export class DataStore extends Store<DataState> {
  readonly #client: Client
  #interviewsLoad: Promise<void> | null = null
  #reloadRequested = false
  /** Bumped by every local change, so a list fetched before it cannot overwrite it. */
  #localChanges = 0
  /** Ids named by host events and not fetched yet; one getInterviews call takes them all. */
  readonly #staleIds = new Set<string>()
  #idsLoad: Promise<void> | null = null
  /** While the board opens page by page: ids changed meanwhile, whose pages may hold an older copy. */
  #changedWhileOpening: Set<string> | null = null
  /** Changes shown before the host confirmed them, by interview: fetched copies must not undo them. */
  readonly #unconfirmed = new Map<string, number>()
  /** Host calls that change interviews, one at a time and in order, as the user made them. */
  #changeQueue: Promise<unknown> = Promise.resolve()

  constructor(client: Client) {
    super({
      interviews: [],
      archived: null,
      sampleIds: [],
      status: 'loading',
      loadError: null,
      notices: [],
      preferences: null,
    })
    this.#client = client
  }

  /** Loads everything and follows the host's events; returns the function that stops following. */
  start(): () => void {
    const stop = this.#client.onEvent((event) => this.#onHostEvent(event))
    void this.#openBoard()
    void this.refreshNotices()
    void this.refreshPreferences()
    void this.refreshSamples()
    return stop
  }

  interviewById(id: string): Interview | undefined {
    return this.state.interviews.find((interview) => interview.id === id)
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

  /** The first load: the first cards of every stage at once, so the board paints, then the rest page by page. */
  async #openBoard(): Promise<void> {
    this.#changedWhileOpening = new Set()
    try {
      const firstPages = await Promise.all(
        STAGE_IDS.map(async (stage) => ({
          stage,
          ...(await this.#client.listStagePage({ stage, limit: FIRST_PAGE_SIZE })),
        })),
      )
      this.#addPage(firstPages.flatMap((page) => page.interviews))
      this.update({ status: 'ready', loadError: null })
      for (const first of firstPages) {
        let { more } = first
        let last = first.interviews.at(-1)
        while (more && last) {
          const after = { order: last.order, id: last.id }
          const page = await this.#client.listStagePage({ stage: first.stage, after, limit: REST_PAGE_SIZE })
          this.#addPage(page.interviews)
          more = page.more
          last = page.interviews.at(-1)
        }
      }
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
  #addPage(page: readonly Interview[]): void {
    const known = new Set(this.state.interviews.map((interview) => interview.id))
    const changed = this.#changedWhileOpening
    const added = page.filter((interview) => !known.has(interview.id) && !changed?.has(interview.id))
    if (added.length > 0) this.update({ interviews: [...this.state.interviews, ...added] })
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
            interviews: kept.filter((interview) => !interview.archived),
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
   * the provisional record. On failure the record comes back from the host as it is, and the error
   * is thrown on.
   */
  async change(provisional: Interview | null, id: string, call: () => Promise<Interview | null>): Promise<void> {
    // null from `call`: the interview is gone (deleted).
    this.#unconfirmed.set(id, (this.#unconfirmed.get(id) ?? 0) + 1)
    if (provisional) this.applyChanged(provisional)
    const run = this.#changeQueue.then(call)
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
        if (result === undefined) void this.refreshInterviewsById([id])
        else if (result) this.applyChanged(result)
        else this.applyDeleted(id)
      }
    }
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
    const place = (list: readonly Interview[], archived: boolean): Interview[] => {
      const belongs = (interview: Interview) => (interview.archived === true) === archived
      const placed = new Set<string>()
      const kept: Interview[] = []
      for (const interview of list) {
        if (!named.has(interview.id)) kept.push(interview)
        else {
          const replacement = byId.get(interview.id)
          if (replacement && belongs(replacement)) kept.push(replacement)
          placed.add(interview.id)
        }
      }
      for (const replacement of byId.values()) {
        if (!placed.has(replacement.id) && belongs(replacement)) kept.push(replacement)
      }
      return kept
    }
    this.update({
      interviews: place(this.state.interviews, false),
      ...(this.state.archived ? { archived: place(this.state.archived, true) } : {}),
    })
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
    try {
      const info = await this.#client.getHostInfo({})
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
      void this.refreshInterviewsById(event.ids)
      // New interviews may be samples another window loaded; removed ones may be the samples.
      const known = new Set(this.state.interviews.map((interview) => interview.id))
      if (event.ids.some((id) => !known.has(id) || this.state.sampleIds.includes(id))) void this.refreshSamples()
    } else if (event.topic === 'notices') void this.refreshNotices()
    else if (event.topic === 'preferences') void this.refreshPreferences()
  }
}
