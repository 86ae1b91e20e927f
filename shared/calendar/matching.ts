import type { CalendarEvent } from './event'

/**
 * Which calendar events look like interviews, and with which company. Suggestions only: the user
 * confirms each one ("Add as interview") or sets it aside ("Not an interview").
 */

/** Mail providers whose domain says nothing about the employer. */
const PERSONAL_MAIL_DOMAINS = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'msn.com',
  'yahoo.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'aol.com',
  'proton.me',
  'protonmail.com',
  'gmx.de',
  'gmx.net',
  'web.de',
  'orange.fr',
  'free.fr',
  'qq.com',
  '163.com',
  'calendar.google.com',
  'group.calendar.google.com',
  'resource.calendar.google.com',
])

/** Lower case, compatibility forms folded, accents dropped: "GESPRÄCH" and "gesprach" match. */
export function foldText(value: string): string {
  return value.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
}

function hasLetters(value: string): boolean {
  return /[a-z]/.test(value)
}

/** Keywords folded once, for matching many titles. */
export interface KeywordMatcher {
  (text: string): string | undefined
}

/** A Latin keyword must start a word ("interview" in "Interviews", not in "preinterview"); others match anywhere. */
export function keywordMatcher(keywords: readonly string[]): KeywordMatcher {
  const prepared = keywords
    .map((keyword) => ({ keyword, folded: foldText(keyword.trim()) }))
    .filter(({ folded }) => folded !== '')
  return (text) => {
    const folded = foldText(text)
    for (const { keyword, folded: wanted } of prepared) {
      let from = folded.indexOf(wanted)
      while (from !== -1) {
        const before = from === 0 ? '' : folded[from - 1]!
        if (!hasLetters(wanted) || !/\p{L}/u.test(before)) return keyword
        from = folded.indexOf(wanted, from + 1)
      }
    }
    return undefined
  }
}

/** The first keyword found in `text`. */
export function matchKeyword(text: string, keywords: readonly string[]): string | undefined {
  return keywordMatcher(keywords)(text)
}

export function domainOf(email: string): string {
  const at = email.lastIndexOf('@')
  return at === -1
    ? ''
    : email
        .slice(at + 1)
        .trim()
        .toLowerCase()
}

export function isPersonalDomain(domain: string): boolean {
  return PERSONAL_MAIL_DOMAINS.has(domain) || domain.endsWith('.calendar.google.com')
}

/** "talent.acme-corp.co.uk" → "acme-corp": the label before the public suffix (a short list of two-part ones). */
function companyLabel(domain: string): string {
  const labels = domain.split('.').filter(Boolean)
  if (labels.length < 2) return labels[0] ?? ''
  const twoPartSuffix = /^(co|com|org|net|ac|gov|ne|or)$/.test(labels.at(-2)!) && labels.length >= 3
  return labels.at(twoPartSuffix ? -3 : -2)!
}

/** "acme-corp" → "Acme Corp". */
export function companyFromDomain(domain: string): string {
  return companyLabel(domain)
    .split(/[-_]/)
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join(' ')
}

function compact(value: string): string {
  return foldText(value).replace(/[^\p{L}\p{N}]/gu, '')
}

export interface BoardCompany {
  company: string
  /** Email domains of the people met there. */
  domains: string[]
}

/** The board's company whose people write from `domain`, or whose name is the domain's own name. */
export function boardCompanyOf(domain: string, companies: readonly BoardCompany[]): string | undefined {
  if (!domain || isPersonalDomain(domain)) return undefined
  const byPeople = companies.find((entry) => entry.domains.includes(domain))
  if (byPeople) return byPeople.company
  const label = compact(companyLabel(domain))
  if (label.length < 2) return undefined
  return companies.find((entry) => compact(entry.company) === label)?.company
}

export interface InterviewMatch {
  /** Why it was suggested, for the user: 'keyword "entretien"' or 'organizer from Acme'. */
  reason: string
  /** The board's company the organizer writes from, when that is why. */
  boardCompany?: string
}

/** Whether an event looks like an interview: a keyword in its title, or an organizer from a company on the board. */
export function interviewMatcher(
  keywords: readonly string[],
  companies: readonly BoardCompany[],
): (event: Pick<CalendarEvent, 'summary' | 'organizer' | 'allDay'>) => InterviewMatch | undefined {
  const findKeyword = keywordMatcher(keywords)
  const companyByDomain = new Map<string, string | undefined>()
  const companyOf = (email: string) => {
    const domain = domainOf(email)
    if (!companyByDomain.has(domain)) companyByDomain.set(domain, boardCompanyOf(domain, companies))
    return companyByDomain.get(domain)
  }
  return (event) => {
    const keyword = findKeyword(event.summary)
    const boardCompany = event.organizer ? companyOf(event.organizer.email) : undefined
    if (keyword) return { reason: `The title says “${keyword}”`, ...(boardCompany ? { boardCompany } : {}) }
    // An all-day entry from a company (a career day, a holiday) is not an interview slot.
    if (boardCompany && !event.allDay) return { reason: `Sent by someone at ${boardCompany}`, boardCompany }
    return undefined
  }
}

export function matchInterview(
  event: Pick<CalendarEvent, 'summary' | 'organizer' | 'allDay'>,
  keywords: readonly string[],
  companies: readonly BoardCompany[],
): InterviewMatch | undefined {
  return interviewMatcher(keywords, companies)(event)
}
