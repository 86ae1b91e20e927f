import type { Client } from '../../shared/api/client'
import type { FollowUpList } from '../../shared/api/contract'
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
/** Interviews change in bursts (a board drag, a sample load); one refetch after a burst is enough. */
const EVENT_DELAY_MS = 200

/**
 * The follow-ups due today across every interview, shared by the Today view, its activity-bar badge and
 * the status bar: fetched while anything shows them, again after every change to an interview, every
 * minute, and at the moment the next one comes due.
 */
export class FollowUpsModel extends Store<FollowUpsState> {
  readonly #client: Client
  #holders = 0
  #stopWatching: (() => void) | null = null
  #loading: Promise<void> | null = null
  /** A refresh asked for while one is in flight: it runs once that one ends, for all who asked. */
  #queued: Promise<void> | null = null
  #comingDueTimer: ReturnType<typeof setTimeout> | undefined

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

  #watch(): void {
    void this.refresh()
    let eventTimer: ReturnType<typeof setTimeout> | undefined
    const stopEvents = this.#client.onEvent((event) => {
      if (event.topic !== 'interviews') return
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
      const list = await this.#client.listFollowUps({ limit: FOLLOW_UPS_SHOWN })
      this.update({ list, error: null })
      this.#refreshWhenNextComesDue(list)
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
