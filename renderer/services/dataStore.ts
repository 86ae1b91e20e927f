import type { Client } from '../../shared/api/client'
import type { HostEvent, Notice } from '../../shared/api/contract'
import type { Interview } from '../../shared/domain/interview'
import type { Preferences } from '../../shared/domain/settings'
import { Store } from './store'

export interface DataState {
  interviews: readonly Interview[]
  /** 'loading' only until the first list arrives; later refreshes keep showing the last good list. */
  status: 'loading' | 'ready' | 'failed'
  /** Why the last refresh failed, cleared by the next one that succeeds. */
  loadError: string | null
  notices: readonly Notice[]
  preferences: Preferences | null
}

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

  constructor(client: Client) {
    super({ interviews: [], status: 'loading', loadError: null, notices: [], preferences: null })
    this.#client = client
  }

  /** Loads everything and follows the host's events; returns the function that stops following. */
  start(): () => void {
    const stop = this.#client.onEvent((event) => this.#onHostEvent(event))
    void this.refreshInterviews()
    void this.refreshNotices()
    void this.refreshPreferences()
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

  async #loadInterviews(): Promise<void> {
    do {
      this.#reloadRequested = false
      const changesBefore = this.#localChanges
      try {
        const interviews = await this.#client.listInterviews({})
        if (changesBefore !== this.#localChanges) this.#reloadRequested = true
        else this.update({ interviews, status: 'ready', loadError: null })
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
    const others = this.state.interviews.filter((candidate) => candidate.id !== interview.id)
    this.update({ interviews: interview.archived ? others : [...others, interview] })
  }

  applyDeleted(id: string): void {
    this.#localChanges++
    this.update({ interviews: this.state.interviews.filter((interview) => interview.id !== id) })
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
    if (event.topic === 'interviews') void this.refreshInterviews()
    else if (event.topic === 'notices') void this.refreshNotices()
    else if (event.topic === 'preferences') void this.refreshPreferences()
  }
}
