import type { CalendarSuggestion } from '../../../shared/calendar/api'
import type { CalendarEvent } from '../../../shared/calendar/event'
import {
  domainOf,
  interviewMatcher,
  isPersonalDomain,
  type BoardCompany,
  type InterviewMatch,
} from '../../../shared/calendar/matching'
import { prefillFromEvent, type CalendarPrefill } from '../../../shared/calendar/prefill'
import type { CalendarEventsFile, CalendarSource, CalendarsFile } from '../../../shared/calendar/sources'
import type { Interview } from '../../../shared/domain/interview'

/**
 * The events that look like interviews, and what "Add as interview" fills in from one: matched against
 * the user's keywords and the companies on the board (shared/calendar/matching.ts, prefill.ts).
 */

/** What matching reads: the calendar state, each source's events, the board and the clock. */
export interface SuggestionContext {
  state: CalendarsFile
  events: ReadonlyMap<string, CalendarEventsFile>
  interviews: Iterable<Interview>
  now: Date
}

/** Suggestions go back this far: an interview that just happened is still worth adding. */
const SUGGEST_PAST_DAYS = 14
const DAY_MS = 86_400_000
const MAX_SUGGESTIONS = 200

/** A suggestion's key: the source and the event in it. */
export function keyOf(sourceId: string, eventKey: string): string {
  return `${sourceId}|${eventKey}`
}

export function splitKey(key: string): { sourceId: string; eventKey: string } {
  const bar = key.indexOf('|')
  return { sourceId: key.slice(0, bar), eventKey: key.slice(bar + 1) }
}

function boardCompanies(interviews: Iterable<Interview>): {
  companies: BoardCompany[]
  earlier: { company: string; date: string }[]
} {
  const byCompany = new Map<string, Set<string>>()
  const earlier: { company: string; date: string }[] = []
  for (const interview of interviews) {
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

/** The user's own addresses: those set in Settings › Calendars, and each CalDAV account's. */
function ownAddresses(state: CalendarsFile): string[] {
  const accounts = state.sources.flatMap((source) => (source.username?.includes('@') ? [source.username] : []))
  return [...state.settings.ownAddresses, ...accounts]
}

/** Events that look like interviews, not yet added or set aside, from two weeks ago on. */
export function findSuggestions({ state, events, interviews, now }: SuggestionContext): CalendarSuggestion[] {
  const { keywords } = state.settings
  const from = now.getTime() - SUGGEST_PAST_DAYS * DAY_MS
  const dismissed = new Set(state.dismissed)
  const linked = new Set(state.links.map((link) => keyOf(link.sourceId, link.eventKey)))
  const board = boardCompanies(interviews)
  const own = ownAddresses(state)
  const matchInterview = interviewMatcher(keywords, board.companies)
  const found: Array<{ key: string; source: CalendarSource; event: CalendarEvent; match: InterviewMatch }> = []
  for (const source of state.sources) {
    for (const object of Object.values(events.get(source.id)?.objects ?? {})) {
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
    prefill: prefillFromEvent(event, { keywords, match, ownAddresses: own, earlier: board.earlier }),
  }))
}

/** The fields an interview from this event starts with. */
export function prefillForEvent(context: SuggestionContext, event: CalendarEvent): CalendarPrefill {
  const { keywords } = context.state.settings
  const board = boardCompanies(context.interviews)
  const match = interviewMatcher(keywords, board.companies)(event)
  return prefillFromEvent(event, { keywords, match, ownAddresses: ownAddresses(context.state), earlier: board.earlier })
}
