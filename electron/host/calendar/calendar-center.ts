import { randomUUID } from 'node:crypto'
import type {
  AddCalendarSource,
  CalendarOverview,
  CalendarSourceView,
  CalendarSuggestion,
} from '../../../shared/calendar/api'
import type { CalendarEvent } from '../../../shared/calendar/event'
import { feedHost } from './feed-url'
import type { CalendarPrefill } from '../../../shared/calendar/prefill'
import type { CalendarSettings } from '../../../shared/calendar/settings'
import type {
  CalendarEventsFile,
  CalendarLink,
  CalendarSource,
  CalendarsFile,
  CalendarSyncState,
} from '../../../shared/calendar/sources'
import { ApiError } from '../../../shared/api/errors'
import type { Interview } from '../../../shared/domain/interview'
import type { QuietHoursOnClock } from '../../../shared/calendar/prompt'
import type { DueReminder } from '../../../shared/workflow/reminder-text'
import { CalendarFiles, emptyCalendars } from './calendar-files'
import { countEvents, sourceView, userMessage } from './source-view'
import { promptsToAsk, withPromptsShown } from './calendar-prompts'
import { findSuggestions, prefillForEvent, splitKey, type SuggestionContext } from './suggestions'
import { readCalDav, caldavOrigin } from './caldav-source'
import { readIcsText, readSubscription, yieldToLoop, type ReadContext, type SourceReading } from './feed-source'
import type { FeedLimits } from './fetch-feed'
import { SecretStore, type SecretCipher } from './secrets'

/**
 * The calendar concern: the user's read-only calendar sources, what they last held, the events that
 * look like interviews, and which interviews came from which events. Sources are read on a timer, on
 * wake and on demand, one at a time; a read that fails changes nothing but the source's error line.
 */

export interface CalendarCenterOptions {
  dataDir: string
  now: () => Date
  /** The user's zone: floating and all-day times are read on its clock. */
  timeZone: () => string
  cipher?: SecretCipher
  interviews: () => Iterable<Interview>
  /** Tells every window that calendars changed. */
  changed: () => void
  /** An event an interview came from moved or was cancelled (slice handled by the host). */
  linkedEventsChanged?: (changes: LinkedEventChange[]) => Promise<void>
  warn: (message: string) => void
  feedLimits?: FeedLimits
  /** Reads are spread over the loop with this (tests count the pauses). */
  pause?: () => Promise<void>
}

export interface LinkedEventChange {
  link: CalendarLink
  event: CalendarEvent | undefined
}

const HEARTBEAT_MS = 60_000

export class CalendarCenter {
  private state: CalendarsFile = emptyCalendars()
  private readonly events = new Map<string, CalendarEventsFile>()
  private readonly files: CalendarFiles
  readonly secrets: SecretStore
  private timer: ReturnType<typeof setTimeout> | undefined
  private heartbeat: ReturnType<typeof setInterval> | undefined
  private running: Promise<unknown> = Promise.resolve()
  private stateWrites: Promise<unknown> = Promise.resolve()
  private stopped = false
  private readonly pause: () => Promise<void>

  constructor(private readonly options: CalendarCenterOptions) {
    this.files = new CalendarFiles(options.dataDir)
    this.secrets = new SecretStore(options.dataDir, options.cipher)
    this.pause = options.pause ?? yieldToLoop
  }

  async start(): Promise<void> {
    const now = this.options.now()
    const loaded = await this.files.loadState(now)
    this.state = loaded.value
    if (loaded.setAsideAs)
      this.options.warn(`The calendar settings were damaged and were set aside as ${loaded.setAsideAs}.`)
    for (const source of this.state.sources) {
      const events = await this.files.loadEvents(source.id, now)
      this.events.set(source.id, events.value)
    }
    this.schedule(0)
    this.watchForWake()
  }

  stop(): Promise<unknown> {
    this.stopped = true
    if (this.timer) clearTimeout(this.timer)
    if (this.heartbeat) clearInterval(this.heartbeat)
    return this.running
  }

  /**
   * A beat each minute: when far more than a minute of wall time passed between two beats, the
   * computer slept (timers do not run asleep), and every source is read at once. The browser app has
   * no power events, so the desktop app's are not needed either.
   */
  private watchForWake(): void {
    let last = Date.now()
    this.heartbeat = setInterval(() => {
      const now = Date.now()
      if (now - last > 3 * HEARTBEAT_MS) this.wake()
      last = now
    }, HEARTBEAT_MS)
    this.heartbeat.unref?.()
  }

  /** Back from sleep: read every source now. */
  wake(): void {
    this.schedule(0)
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return
    if (this.timer) clearTimeout(this.timer)
    this.timer = setTimeout(() => {
      void this.syncAll().finally(() => this.schedule(this.state.settings.pollMinutes * 60_000))
    }, delayMs)
    this.timer.unref?.()
  }

  get settings(): CalendarSettings {
    return this.state.settings
  }

  overview(): CalendarOverview {
    return {
      sources: this.state.sources.map((source) => sourceView(source)),
      settings: this.state.settings,
      secretProtection: this.secrets.protection,
    }
  }

  /**
   * Writes the next state, one change at a time: each is worked out from the state the previous one
   * left, so a prompt recorded while a sync is writing is not overwritten by it.
   */
  private commitState(change: (state: CalendarsFile) => CalendarsFile): Promise<void> {
    const run = this.stateWrites.then(async () => {
      const next = change(this.state)
      if (next === this.state) return
      await this.files.saveState(next)
      this.state = next
      this.options.changed()
    })
    this.stateWrites = run.catch(() => undefined)
    return run
  }

  private context(): ReadContext {
    return { now: this.options.now(), timeZone: this.options.timeZone(), pause: this.pause }
  }

  /** Reads a new source once; only a source that could be read is kept (its error is the answer otherwise). */
  async addSource(input: AddCalendarSource & { label?: string }): Promise<CalendarSourceView> {
    const id = randomUUID()
    const base = { id, addedAt: this.options.now().toISOString(), sync: { eventCount: 0 } }
    let source: CalendarSource
    let reading: SourceReading
    try {
      if (input.kind === 'file') {
        source = { ...base, kind: 'file', label: input.fileName, origin: input.fileName }
        reading = { changed: true, events: await readIcsText(input.text, this.context()), sync: {} }
      } else if (input.kind === 'subscription') {
        const origin = feedHost(input.address)
        source = { ...base, kind: 'subscription', label: input.label || origin, origin }
        reading = await readSubscription(input.address, source.sync, this.context(), this.options.feedLimits)
      } else {
        const origin = caldavOrigin(input.server)
        source = { ...base, kind: 'caldav', label: input.label || origin, origin, username: input.username }
        reading = await readCalDav(
          { server: input.server, username: input.username, password: input.password },
          undefined,
          this.context(),
        )
      }
    } catch (error) {
      throw new ApiError({ code: 'invalid-input', message: userMessage(error) })
    }
    if (input.kind === 'subscription') await this.secrets.set(id, input.address.trim())
    if (input.kind === 'caldav') await this.secrets.set(id, input.password)
    const added = await this.applyReading(source, reading)
    await this.commitState((state) => ({ ...state, sources: [...state.sources, added] }))
    return sourceView(added)
  }

  async removeSource(id: string): Promise<void> {
    if (!this.state.sources.some((source) => source.id === id)) return
    await this.commitState((state) => ({
      ...state,
      sources: state.sources.filter((source) => source.id !== id),
      links: state.links.filter((link) => link.sourceId !== id),
      dismissed: state.dismissed.filter((key) => splitKey(key).sourceId !== id),
    }))
    this.events.delete(id)
    await this.secrets.delete(id)
    await this.files.removeEvents(id)
  }

  async setSettings(settings: CalendarSettings): Promise<CalendarSettings> {
    const pollChanged = settings.pollMinutes !== this.state.settings.pollMinutes
    await this.commitState((state) => ({ ...state, settings }))
    if (pollChanged) this.schedule(settings.pollMinutes * 60_000)
    return settings
  }

  /** Reads every source that can be read again (a file was read once, when added). */
  syncAll(): Promise<void> {
    const run = this.running.then(async () => {
      for (const source of this.state.sources) {
        if (this.stopped) return
        if (source.kind !== 'file') await this.syncNow(source.id)
      }
    })
    this.running = run.catch(() => undefined)
    return run
  }

  syncOne(id: string): Promise<void> {
    const run = this.running.then(() => this.syncNow(id))
    this.running = run.catch(() => undefined)
    return run
  }

  private async syncNow(id: string): Promise<void> {
    const source = this.state.sources.find((each) => each.id === id)
    if (!source || source.kind === 'file') return
    let reading: SourceReading
    try {
      const secret = await this.secrets.get(id)
      reading =
        source.kind === 'subscription'
          ? await readSubscription(secret, source.sync, this.context(), this.options.feedLimits)
          : await readCalDav(
              { server: source.origin, username: source.username ?? '', password: secret },
              this.events.get(id),
              this.context(),
            )
    } catch (error) {
      await this.replaceSource({ ...source, sync: { ...source.sync, lastError: userMessage(error) } })
      return
    }
    const current = this.state.sources.find((each) => each.id === id)
    if (!current) return
    const updated = await this.applyReading(current, reading)
    await this.replaceSource(updated)
    if (reading.changed) await this.followLinks(id)
  }

  private async replaceSource(source: CalendarSource): Promise<void> {
    await this.commitState((state) =>
      state.sources.some((each) => each.id === source.id)
        ? { ...state, sources: state.sources.map((each) => (each.id === source.id ? source : each)) }
        : state,
    )
  }

  /** Keeps what was read (events first, so the state never names events that are not on disk). */
  private async applyReading(source: CalendarSource, reading: SourceReading): Promise<CalendarSource> {
    const sync: CalendarSyncState = {
      ...source.sync,
      ...reading.sync,
      lastSyncAt: this.options.now().toISOString(),
      lastError: undefined,
    }
    if (reading.changed) {
      await this.files.saveEvents(source.id, reading.events, this.pause)
      this.events.set(source.id, reading.events)
      sync.eventCount = countEvents(reading.events)
    }
    return { ...source, sync }
  }

  private findEvent(sourceId: string, eventKey: string): CalendarEvent | undefined {
    const file = this.events.get(sourceId)
    if (!file) return undefined
    for (const object of Object.values(file.objects)) {
      const found = object.events.find((event) => event.key === eventKey)
      if (found) return found
    }
    return undefined
  }

  /** Moved or cancelled events an interview came from: the host updates the interview, then the links follow. */
  private async followLinks(sourceId: string): Promise<void> {
    const changes: LinkedEventChange[] = []
    for (const link of this.state.links) {
      if (link.sourceId !== sourceId) continue
      const event = this.findEvent(sourceId, link.eventKey)
      const gone = !event || event.cancelled
      if (gone !== link.cancelled || (event && (event.start !== link.start || event.end !== link.end))) {
        changes.push({ link, event })
      }
    }
    if (changes.length === 0) return
    await this.options.linkedEventsChanged?.(changes)
    const updated = new Map(
      changes.map(({ link, event }) => [
        link.interviewId,
        { start: event?.start ?? link.start, end: event?.end ?? link.end, cancelled: !event || event.cancelled },
      ]),
    )
    await this.commitState((state) => ({
      ...state,
      links: state.links.map((link) => {
        const times = updated.get(link.interviewId)
        return times ? { ...link, ...times } : link
      }),
    }))
  }

  /** What matching reads of the calendar state and the board (suggestions.ts). */
  private matchContext(): SuggestionContext {
    return { state: this.state, events: this.events, interviews: this.options.interviews(), now: this.options.now() }
  }

  /** Events that look like interviews, not yet added or set aside, from two weeks ago on. */
  suggestions(): CalendarSuggestion[] {
    return findSuggestions(this.matchContext())
  }

  async dismiss(key: string): Promise<void> {
    if (this.state.dismissed.includes(key)) return
    await this.commitState((state) => ({ ...state, dismissed: [...state.dismissed, key] }))
  }

  /** The fields an interview from this event starts with. */
  prefillFor(key: string): { prefill: CalendarPrefill; event: CalendarEvent } {
    const { sourceId, eventKey } = splitKey(key)
    const event = this.findEvent(sourceId, eventKey)
    if (!event) throw new ApiError({ code: 'not-found', message: 'That calendar event is no longer in the calendar.' })
    return { prefill: prefillForEvent(this.matchContext(), event), event }
  }

  async link(key: string, interviewId: string, event: CalendarEvent): Promise<void> {
    const { sourceId, eventKey } = splitKey(key)
    const link: CalendarLink = {
      interviewId,
      sourceId,
      eventKey,
      start: event.start,
      end: event.end,
      cancelled: event.cancelled,
      linkedAt: this.options.now().toISOString(),
      prompted: [],
    }
    await this.commitState((state) => ({
      ...state,
      links: [...state.links.filter((each) => each.interviewId !== interviewId), link],
    }))
  }

  links(): readonly CalendarLink[] {
    return this.state.links
  }

  /** "How did it go?" and the preparation reminders still to ask (calendar-prompts.ts). */
  debriefPrompts(find: (id: string) => Interview | undefined, quiet: QuietHoursOnClock): DueReminder[] {
    return promptsToAsk(this.state, find, quiet)
  }

  /**
   * The reminders the notification service took: the calendar's prompts among them are recorded on
   * their links, so each is asked once per interview, whatever moves, settings or restarts follow.
   */
  async promptsShown(taskIds: readonly string[]): Promise<void> {
    await this.commitState((state) => withPromptsShown(state, taskIds))
  }
}
