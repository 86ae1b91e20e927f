import type { CalendarEvent, CalendarPerson } from './event'
import { companyFromDomain, domainOf, foldText, isPersonalDomain, type InterviewMatch } from './matching'

/**
 * What "Add as interview" fills in from a calendar event: company and role from the title or the
 * organizer's domain, the date and time on the event's own clock, the place or meeting link, the round,
 * and the people (never the user themself). The user sees all of it before anything is added.
 */

export interface PrefillPerson {
  name: string
  email: string
}

export interface CalendarPrefill {
  company: string
  role: string
  round: number
  date: string
  time: string
  timeZone: string
  format: 'in-person' | 'video' | 'phone'
  location: string
  interviewers: PrefillPerson[]
  arrangers: PrefillPerson[]
}

/** What the board already holds of one interview, for the round. */
export interface EarlierInterview {
  company: string
  date: string
}

const CONFERENCE_LINK =
  /https:\/\/(?:[\w-]+\.)*(?:zoom\.us|meet\.google\.com|teams\.microsoft\.com|teams\.live\.com|webex\.com|whereby\.com|meet\.jit\.si|gotomeeting\.com|chime\.aws|bluejeans\.com)\/[^\s<>"')\]]*/i

/** Plain, valid-looking addresses only: what a person's card accepts. */
const EMAIL = /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[^\s@<>()[\],;:"]+$/

const AT_COMPANY = /^(.*?)\s*(?:\bat\b|@|\bchez\b|\bbei\b|\bpresso\b|\bbij\b|\ben\b)\s+(.+)$/i
const WITH_COMPANY = /^(?:with|avec|mit|con|met|with the)\s+(.+)$/i
const FOR_ROLE = /^(?:for|pour|für|fur|para|per|voor)\s+(?:the\s+|le\s+|la\s+|l'\s*)?(.+)$/i
/** Words around a keyword that name neither company nor role. */
const FILLER =
  /\b(?:\d+(?:st|nd|rd|th)?\s+round|round\s*\d+|first|second|third|final|video|phone|call|onsite|on-site|invitation|invite|updated|tour)\b/gi

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

function tidy(value: string): string {
  return value
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:–—|-]+|[\s,;:–—|-]+$/g, '')
    .trim()
}

/** All keywords as one pattern, built once per list of keywords. */
const keywordPatterns = new WeakMap<readonly string[], RegExp>()

function keywordPattern(keywords: readonly string[]): RegExp {
  let pattern = keywordPatterns.get(keywords)
  if (!pattern) {
    const parts = keywords
      .map((keyword) => keyword.trim())
      .filter(Boolean)
      .map(escapeRegExp)
    pattern = new RegExp(parts.length > 0 ? parts.join('|') : '(?!)', 'giu')
    keywordPatterns.set(keywords, pattern)
  }
  return pattern
}

/** Splits a title into its company and role, the interview keyword left out. */
export function readTitle(summary: string, keywords: readonly string[]): { company: string; role: string } {
  let rest = summary.replace(keywordPattern(keywords), ' ')
  rest = rest.replace(/^\s*(?:invitation|updated invitation|einladung)\s*:/i, ' ').replace(FILLER, ' ')
  const parts = rest
    .split(/\s[-–—|·/]\s|[|:()[\]]|\s[-–—]|[-–—]\s/)
    .map(tidy)
    .filter(Boolean)
  let company = ''
  let role = ''
  const others: string[] = []
  for (const part of parts) {
    const withMatch = WITH_COMPANY.exec(part)
    const atMatch = AT_COMPANY.exec(part)
    const forMatch = FOR_ROLE.exec(part)
    if (withMatch && !company) company = tidy(withMatch[1]!)
    else if (atMatch && !company) {
      company = tidy(atMatch[2]!)
      const before = tidy(atMatch[1]!.replace(/^(?:for|pour|für|para|per)\s+/i, ''))
      if (before && !role) role = before
    } else if (forMatch && !role) role = tidy(forMatch[1]!)
    else others.push(part)
  }
  // "Acme – Senior Engineer": without a preposition, the first piece is the company, the next the role.
  if (!company && others.length > 0) company = others.shift()!
  if (!role && others.length > 0) role = others.shift()!
  // "Interview with Acme for Data Analyst" leaves the role inside the company's piece.
  const forInside = /^(.*?)\s+(?:for|pour|für|para|per)\s+(?:the\s+)?(.+)$/i.exec(company)
  if (forInside && !role) {
    company = tidy(forInside[1]!)
    role = tidy(forInside[2]!)
  }
  return { company: company.slice(0, 200), role: role.slice(0, 200) }
}

function prettyName(person: CalendarPerson): string {
  const name = person.name.replace(/^mailto:/i, '').trim()
  if (name && !name.includes('@')) return name.slice(0, 200)
  const local = person.email.split('@')[0] ?? ''
  return (
    local
      .split(/[._-]+/)
      .filter(Boolean)
      .map((word) => word[0]!.toUpperCase() + word.slice(1))
      .join(' ')
      .slice(0, 200) || person.email.slice(0, 200)
  )
}

function toPerson(person: CalendarPerson): PrefillPerson {
  const email = person.email.trim()
  return { name: prettyName(person), email: EMAIL.test(email) && email.length <= 254 ? email : '' }
}

function isRoom(person: CalendarPerson): boolean {
  return domainOf(person.email).startsWith('resource.') || domainOf(person.email).includes('.resource.')
}

function meetingLink(event: CalendarEvent): string | undefined {
  for (const text of [event.location, event.url, event.description]) {
    const found = CONFERENCE_LINK.exec(text)
    if (found) return found[0]
  }
  return undefined
}

function place(event: CalendarEvent, link: string | undefined): string {
  const location = event.location.trim()
  if (!location) return (link ?? event.url.trim()).slice(0, 1000)
  if (link && !location.includes(link)) return `${location} · ${link}`.slice(0, 1000)
  return location.slice(0, 1000)
}

function sameCompany(a: string, b: string): boolean {
  const simple = (value: string) => foldText(value).replace(/[^\p{L}\p{N}]/gu, '')
  return simple(a) !== '' && simple(a) === simple(b)
}

export interface PrefillContext {
  keywords: readonly string[]
  match: InterviewMatch | undefined
  /** The user's own addresses (Settings › Calendars, and a CalDAV account's own). */
  ownAddresses: readonly string[]
  earlier: readonly EarlierInterview[]
}

export function prefillFromEvent(event: CalendarEvent, context: PrefillContext): CalendarPrefill {
  const own = new Set(context.ownAddresses.map((address) => address.trim().toLowerCase()))
  const isOwn = (person: CalendarPerson) => own.has(person.email.trim().toLowerCase())
  const title = readTitle(event.summary, context.keywords)
  const organizer = event.organizer && !isOwn(event.organizer) && event.organizer.email ? event.organizer : null
  const domains = [organizer, ...event.attendees]
    .filter((person): person is CalendarPerson => person !== null && !isOwn(person) && !isRoom(person))
    .map((person) => domainOf(person.email))
    .filter((domain) => domain && !isPersonalDomain(domain))
  const company = context.match?.boardCompany ?? (title.company || (domains[0] ? companyFromDomain(domains[0]) : ''))

  const people = event.attendees.filter((person) => !isOwn(person) && !isRoom(person))
  const sameAsOrganizer = (person: CalendarPerson) =>
    organizer !== null && person.email.toLowerCase() === organizer.email.toLowerCase()
  const others = people.filter((person) => !sameAsOrganizer(person))
  // The organizer arranged it, unless nobody else is there to interview: then they are the interviewer.
  const interviewers = others.length > 0 ? others : organizer ? [organizer] : []
  const arrangers = others.length > 0 && organizer ? [organizer] : []

  const link = meetingLink(event)
  const [date, time] = [event.wallStart.slice(0, 10), event.wallStart.slice(11, 16)]
  const earlierRounds = context.earlier.filter((each) => sameCompany(each.company, company) && each.date < date)
  const phone = /\b(?:phone|telephone|téléphon\w*|telefon\w*|teléfono)\b/i.test(event.summary)
  return {
    company,
    role: title.role,
    round: Math.min(earlierRounds.length + 1, 50),
    date,
    time,
    timeZone: event.timeZone,
    format: link ? 'video' : phone ? 'phone' : 'in-person',
    location: place(event, link),
    interviewers: interviewers.slice(0, 50).map(toPerson),
    arrangers: arrangers.map(toPerson),
  }
}
