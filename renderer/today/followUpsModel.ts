import type { Client } from '../../shared/api/client'
import type { FollowUpList } from '../../shared/api/contract'
import { patchFollowUpList, type FollowUpChange } from '../../shared/api/follow-up-list'
import { messageOf } from '../services/dataStore'
import { Store } from '../services/store'

export interface FollowUpsState {
  /** The host's latest answer; null until the first one. */
  list: FollowUpList | null
  /** Why the last refresh failed, cleared by the next one that succeeds. */
  error: string | null
}

/** Far more than anyone works through in a day; the view says how many more there are. */
export const FOLLOW_UPS_SHOWN = 200
/** Tasks come due as time passes, and "today" ends at midnight: ask again at least this often. */
const REFRESH_EVERY_MS = 60_000
/** After a reconnect, when anything may have changed: one refetch for a burst of such events. */
const EVENT_DELAY_MS = 200

/**
 * The follow-ups due today across every interview, shared by the Today view, its activity-bar badge and
 * the status bar: fetched while anything shows them, every minute and at the moment the next one comes
 * due; a change to interviews is patched in from the records its event (or this window's reply) carries.
 */
export class FollowUpsModel extends Store<FollowUpsState> {
  readonly #client: Client
  #holders = 0
  #stopWatching: (() => void) | null = null
  #loading: Promise<void> | null = null
  /** A refresh asked for while one is in flight: it runs once that one ends, for all who asked. */
  #queued: Promise<void> | null = null
  #comingDueTimer: ReturnType<typeof setTimeout> | undefined
  /** Bumped by every patch, so a list asked for before it is asked for again. */
  #patches = 0

  constructor(client: Client) {
    super({ list: null, error: null })
    this.#client = client
  }

  /** Keeps the list fresh while the caller shows it; returns the function that lets go. */
  retain(): () => void {
    if (this.#holders++ === 0) this.#watch()
    let released = false
    return () => {
      if (released) return
      released = true
      if (--this.#holders === 0) {
        this.#stopWatching?.()
        this.#stopWatching = null
      }
    }
  }

  /** Asks the host again; resolves once the answer is in the state. */
  refresh(): Promise<void> {
    if (this.#queued) return this.#queued
    if (this.#loading) {
      this.#queued = this.#loading.then(() => {
        this.#queued = null
        return this.refresh()
      })
      return this.#queued
    }
    this.#loading = this.#load().finally(() => {
      this.#loading = null
    })
    return this.#loading
  }

  /**
   * Puts what a change left in the list: the interviews it touched, those still there, and the host's
   * counts when the event carries them. Asks the host only when the list cannot tell (patchFollowUpList).
   * Resolves once the list holds the change, so the view that made it can put the keyboard after it.
   */
  applyChanged(change: FollowUpChange): Promise<void> {
    const { list } = this.state
    if (!list) return Promise.resolve()
    this.#patches++
    const patched = patchFollowUpList(list, change, new Date(), FOLLOW_UPS_SHOWN)
    if (!patched) return this.refresh()
    this.update({ list: patched })
    this.#refreshWhenNextComesDue(patched)
    return Promise.resolve()
  }

  #watch(): void {
    void this.refresh()
    let eventTimer: ReturnType<typeof setTimeout> | undefined
    const stopEvents = this.#client.onEvent((event) => {
      if (event.topic !== 'interviews') return
      if (event.ids.length > 0) {
        void this.applyChanged({ ids: event.ids, interviews: event.interviews, counts: event.followUps })
        return
      }
      clearTimeout(eventTimer)
      eventTimer = setTimeout(() => void this.refresh(), EVENT_DELAY_MS)
    })
    const everyMinute = setInterval(() => void this.refresh(), REFRESH_EVERY_MS)
    this.#stopWatching = () => {
      stopEvents()
      clearTimeout(eventTimer)
      clearInterval(everyMinute)
      clearTimeout(this.#comingDueTimer)
    }
  }

  async #load(): Promise<void> {
    try {
      for (;;) {
        const patchesBefore = this.#patches
        const list = await this.#client.listFollowUps({ limit: FOLLOW_UPS_SHOWN })
        // A change patched in meanwhile may be newer than this list, or not: only a list asked for after it
        // can tell. Asked within this load, so whoever waits for it (applyChanged) gets the list that holds it.
        if (patchesBefore !== this.#patches) continue
        this.update({ list, error: null })
        this.#refreshWhenNextComesDue(list)
        return
      }
    } catch (error) {
      this.update({ error: messageOf(error) })
    }
  }

  /** A follow-up due later today moves to "due now" on the minute, not up to a minute late. */
  #refreshWhenNextComesDue(list: FollowUpList): void {
    clearTimeout(this.#comingDueTimer)
    if (!this.#stopWatching) return
    const asOf = Date.parse(list.asOf)
    const comingDue = list.items.map((item) => Date.parse(item.dueAt)).find((dueMs) => dueMs > asOf)
    if (comingDue === undefined) return
    this.#comingDueTimer = setTimeout(() => void this.refresh(), comingDue - asOf)
  }
}

const models = new WeakMap<Client, FollowUpsModel>()

/** The one model of a window (one client per window), made when first asked for. */
export function followUpsFor(client: Client): FollowUpsModel {
  let model = models.get(client)
  if (!model) {
    model = new FollowUpsModel(client)
    models.set(client, model)
  }
  return model
}
