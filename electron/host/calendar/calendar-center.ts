import { randomUUID } from 'node:crypto'
import type {
  AddCalendarSource,
  CalendarOverview,
  CalendarSourceView,
  CalendarSuggestion,
} from '../../../shared/calendar/api'
import type { CalendarEvent } from '../../../shared/calendar/event'
import { feedHost } from './feed-url'
import { CalendarFormatError } from '../../../shared/calendar/ics'
import {
  domainOf,
  interviewMatcher,
  isPersonalDomain,
  type BoardCompany,
  type InterviewMatch,
} from '../../../shared/calendar/matching'
import { prefillFromEvent, type CalendarPrefill } from '../../../shared/calendar/prefill'
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
import { debriefPromptTask, prepareTasks, promptName, type QuietHoursOnClock } from '../../../shared/calendar/prompt'
import type { DueReminder } from '../../../shared/workflow/reminder-text'
import { CalendarFiles, emptyCalendars } from './calendar-files'
import { readCalDav, caldavOrigin } from './caldav-source'
import { readIcsText, readSubscription, yieldToLoop, type ReadContext, type SourceReading } from './feed-source'
import type { FeedLimits } from './fetch-feed'
import { FeedError } from './fetch-feed'
import { FeedAddressError } from './feed-url'
import { SecretStore, SecretUnavailableError, type SecretCipher } from './secrets'

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

/** Suggestions go back this far: an interview that just happened is still worth adding. */
const SUGGEST_PAST_DAYS = 14
const DAY_MS = 86_400_000
const MAX_SUGGESTIONS = 200
const HEARTBEAT_MS = 60_000

function keyOf(sourceId: string, eventKey: string): string {
  return `${sourceId}|${eventKey}`
}

function splitKey(key: string): { sourceId: string; eventKey: string } {
  const bar = key.indexOf('|')
  return { sourceId: key.slice(0, bar), eventKey: key.slice(bar + 1) }
}

function countEvents(file: CalendarEventsFile): number {
  let count = 0
  for (const object of Object.values(file.objects)) count += object.events.length
  return count
}

/** A failure the user can act on, worded without the address or password it may concern. */
function userMessage(error: unknown): string {
  if (
    error instanceof FeedError ||
    error instanceof CalendarFormatError ||
    error instanceof FeedAddressError ||
    error instanceof SecretUnavailableError ||
    error instanceof ApiError
  ) {
    return error.message
  }
  return `Debrief could not read this calendar (${error instanceof Error ? error.name : 'unknown error'}).`
}

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
      sources: this.state.sources.map((source) => this.view(source)),
      settings: this.state.settings,
      secretProtection: this.secrets.protection,
    }
  }

  private view(source: CalendarSource): CalendarSourceView {
    const { sync } = source
    return {
      id: source.id,
      kind: source.kind,
      label: source.label,
      origin: source.origin,
      ...(source.username ? { username: source.username } : {}),
      addedAt: source.addedAt,
      ...(sync.lastSyncAt ? { lastSyncAt: sync.lastSyncAt } : {}),
      ...(sync.lastError ? { lastError: sync.lastError } : {}),
      eventCount: sync.eventCount,
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
    return this.view(added)
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

  private boardCompanies(): { companies: BoardCompany[]; earlier: { company: string; date: string }[] } {
    const byCompany = new Map<string, Set<string>>()
    const earlier: { company: string; date: string }[] = []
    for (const interview of this.options.interviews()) {
      earlier.push({ company: interview.company, date: interview.date })
      const domains = byCompany.get(interview.company) ?? new Set<string>()
      for (const person of [...interview.interviewers, ...interview.arrangers]) {
        const domain = domainOf(person.email)
        if (domain && !isPersonalDomain(domain)) domains.add(domain)
      }
      byCompany.set(interview.company, domains)
    }
    return {
      companies: [...byCompany].map(([company, domains]) => ({ company, domains: [...domains] })),
      earlier,
    }
  }

  private ownAddresses(): string[] {
    const accounts = this.state.sources.flatMap((source) => (source.username?.includes('@') ? [source.username] : []))
    return [...this.state.settings.ownAddresses, ...accounts]
  }

  /** Events that look like interviews, not yet added or set aside, from two weeks ago on. */
  suggestions(): CalendarSuggestion[] {
    const { keywords } = this.state.settings
    const from = this.options.now().getTime() - SUGGEST_PAST_DAYS * DAY_MS
    const dismissed = new Set(this.state.dismissed)
    const linked = new Set(this.state.links.map((link) => keyOf(link.sourceId, link.eventKey)))
    const board = this.boardCompanies()
    const ownAddresses = this.ownAddresses()
    const matchInterview = interviewMatcher(keywords, board.companies)
    const found: Array<{ key: string; source: CalendarSource; event: CalendarEvent; match: InterviewMatch }> = []
    for (const source of this.state.sources) {
      for (const object of Object.values(this.events.get(source.id)?.objects ?? {})) {
        for (const event of object.events) {
          const key = keyOf(source.id, event.key)
          if (event.cancelled || Date.parse(event.end) < from || dismissed.has(key) || linked.has(key)) continue
          const match = matchInterview(event)
          if (match) found.push({ key, source, event, match })
        }
      }
    }
    // Only the suggestions shown are filled in.
    found.sort((a, b) => a.event.start.localeCompare(b.event.start))
    return found.slice(0, MAX_SUGGESTIONS).map(({ key, source, event, match }) => ({
      key,
      sourceLabel: source.label,
      summary: event.summary,
      start: event.start,
      end: event.end,
      allDay: event.allDay,
      reason: match.reason,
      prefill: prefillFromEvent(event, { keywords, match, ownAddresses, earlier: board.earlier }),
    }))
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
    const { keywords } = this.state.settings
    const board = this.boardCompanies()
    const match = interviewMatcher(keywords, board.companies)(event)
    const prefill = prefillFromEvent(event, {
      keywords,
      match,
      ownAddresses: this.ownAddresses(),
      earlier: board.earlier,
    })
    return { prefill, event }
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

  /**
   * "How did it go?" and the preparation reminders of interviews on the board from the calendar, less
   * those already shown (shared/calendar/prompt.ts).
   */
  debriefPrompts(find: (id: string) => Interview | undefined, quiet: QuietHoursOnClock): DueReminder[] {
    const prompts: DueReminder[] = []
    for (const link of this.state.links) {
      const interview = find(link.interviewId)
      if (!interview || interview.archived) continue
      const task = debriefPromptTask(link, interview, this.state.settings.promptDelayMinutes)
      if (task) prompts.push({ interview, task })
      for (const prepare of prepareTasks(link, interview, this.state.settings, quiet))
        prompts.push({ interview, task: prepare })
    }
    return prompts
  }

  /**
   * The reminders the notification service took: the calendar's prompts among them are recorded on
   * their links, so each is asked once per interview, whatever moves, settings or restarts follow.
   */
  async promptsShown(taskIds: readonly string[]): Promise<void> {
    const shown = new Map<string, string[]>()
    for (const id of taskIds) {
      const colon = id.indexOf(':')
      if (colon === -1) continue
      const interviewId = id.slice(colon + 1)
      shown.set(interviewId, [...(shown.get(interviewId) ?? []), promptName(id)])
    }
    if (shown.size === 0) return
    await this.commitState((state) => {
      let changed = false
      const links = state.links.map((link) => {
        const names = (shown.get(link.interviewId) ?? []).filter((name) => !link.prompted.includes(name))
        if (names.length === 0) return link
        changed = true
        return { ...link, prompted: [...link.prompted, ...names] }
      })
      return changed ? { ...state, links } : state
    })
  }
}
