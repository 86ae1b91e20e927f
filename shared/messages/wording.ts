import type { Decision } from '../domain/interview'
import type { GreetingStyle } from '../domain/settings'
import type { DatedCallWindow } from '../workflow/call-windows'
import type { MessageRecipient, MessageSender } from './context'

/**
 * Small pieces of English shared by the message templates. Each one returns '' (or a neutral
 * stand-in) when its data is missing, so a template never shows "undefined" or "Dear ,".
 */

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/

/**
 * "Friday 23 October" for '2026-10-23'; '' for anything that is not a real ISO day. Worked out by
 * hand rather than with Intl, whose punctuation differs between ICU versions.
 */
export function spokenDay(isoDay: string): string {
  const match = ISO_DAY.exec(isoDay)
  if (!match) return ''
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number]
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCMonth() !== month - 1) return ''
  return `${WEEKDAYS[date.getUTCDay()]} ${day} ${MONTHS[month - 1]}`
}

/** " on Friday 23 October", or '' when the day is unknown. */
export function onDay(isoDay: string): string {
  const day = spokenDay(isoDay)
  return day ? ` on ${day}` : ''
}

const ROUND_WORDS = ['', 'first', 'second', 'third', 'fourth', 'fifth']

function ordinal(round: number): string {
  const word = ROUND_WORDS[round]
  if (word) return word
  const lastTwo = round % 100
  const suffix = lastTwo >= 11 && lastTwo <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' }[round % 10] ?? 'th')
  return `${round}${suffix}`
}

/**
 * What a thank-you asks of the decision when it was not asked at the interview: only what is not known yet,
 * as the task's title names it (task-kinds.ts askDecisionDetails).
 */
export function decisionQuestion(decision: Pick<Decision, 'expectedDate' | 'channel'>): string {
  if (decision.expectedDate !== '' && decision.channel === '')
    return 'Could you also let me know how I will hear about the decision?'
  if (decision.expectedDate === '' && decision.channel !== '')
    return 'Could you also let me know when you expect to reach a decision?'
  return 'Could you also let me know when you expect to reach a decision, and who will tell me and how?'
}

/** "interview" for a first round, "second interview" after it. */
export function interviewNoun(round: number): string {
  return Number.isInteger(round) && round > 1 ? `${ordinal(round)} interview` : 'interview'
}

/** "the Senior Engineer position at Acme", degrading to "the position" when both are unknown. */
export function positionPhrase(role: string, company: string): string {
  const position = role.trim() ? `the ${role.trim()} position` : 'the position'
  return company.trim() ? `${position} at ${company.trim()}` : position
}

/** A subject naming the role ("Thank you – Senior Engineer interview"), or the given one when the role is unknown. */
export function roleSubject(role: string, withRole: (role: string) => string, withoutRole: string): string {
  return role.trim() ? withRole(role.trim()) : withoutRole
}

/** "Acme" or, when the company is unknown, a neutral stand-in such as "your team". */
export function companyOr(company: string, fallback: string): string {
  return company.trim() || fallback
}

/** "Dana", "Dana and Lee", "Dana, Lee and Sam". */
export function joinNames(names: readonly string[]): string {
  const present = names.map((name) => name.trim()).filter((name) => name !== '')
  if (present.length <= 1) return present[0] ?? ''
  return `${present.slice(0, -1).join(', ')} and ${present.at(-1)}`
}

/**
 * How one person is named in a greeting, in the user's style: "Priya" (first name), "Priya Raman"
 * (full name), "Dr Raman" (form of address and surname, when the card gives one; else the full name).
 */
export function addressedAs(recipient: MessageRecipient | undefined, style: GreetingStyle = 'full-name'): string {
  const name = recipient?.name.trim().replace(/\s+/g, ' ') ?? ''
  if (name === '') return ''
  const words = name.split(' ')
  if (style === 'first-name') return firstName(words) ?? name
  const honorific = recipient?.honorific?.trim() ?? ''
  if (style === 'title-surname' && honorific !== '') return `${honorific} ${words.at(-1)!}`
  return name
}

/** Forms of address a card may put before a name ("Dr. Maximilian …"), never a first name. */
const FORMS_OF_ADDRESS = new Set(['dr', 'prof', 'mr', 'mrs', 'ms', 'mx', 'sir', 'dame', 'herr', 'frau', 'mme', 'm'])

/**
 * The first name of a name written out, past any form of address before it: "Dr. Maximilian-Alexander
 * von …" was greeted "Dear Dr.," (a walkthrough). Undefined when only a surname is left ("Dr. Raman").
 */
function firstName(words: readonly string[]): string | undefined {
  const start = words.findIndex((word) => !FORMS_OF_ADDRESS.has(word.toLowerCase().replace(/\.$/, '')))
  if (start === -1) return undefined
  if (start > 0 && words.length - start < 2) return undefined
  return words[start]
}

/** "Dear Dana Smith," or, with no name, the given fallback (e.g. "Hello,"). */
export function greeting(
  opening: string,
  recipient: MessageRecipient | undefined,
  fallback: string,
  style?: GreetingStyle,
): string {
  const name = addressedAs(recipient, style)
  return name ? `${opening} ${name},` : fallback
}

/**
 * The closing, then the user's name and signature block when they are known. A signature that starts
 * with the name, as a mail client's does, signs once: "Sam Taylor / Sam Taylor / samtaylor.dev" (a walkthrough).
 */
export function signOff(closing: string, sender: MessageSender | undefined): string {
  const name = sender?.name?.trim() ?? ''
  const signature = sender?.signature?.trim() ?? ''
  const signatureNames = name !== '' && signature.split('\n')[0]!.trim().toLowerCase() === name.toLowerCase()
  const lines = [closing + ',', signatureNames ? '' : name, signature]
  return lines.filter((line) => line !== '').join('\n')
}

/** A line the user must replace before sending; the UI can find these with `placeholdersIn`. */
export function placeholder(instruction: string): string {
  return `[${instruction}]`
}

const PLACEHOLDER_PATTERN = /\[[^[\]\n]+\]/g

/** The placeholders still left in a message, so the UI can warn before it is sent. */
export function placeholdersIn(text: string): string[] {
  return text.match(PLACEHOLDER_PATTERN) ?? []
}

/**
 * Words a note's bullet starts with as a sentence does, written small inside one ("about their move
 * to React"). Only these: any other capital may be a name ("about Kubernetes", "about AWS").
 */
const SENTENCE_START_WORDS = new Set(
  (
    'a an the this that these those their our your my his her its them they we you it some any each every ' +
    'all both how what why when where which who whether'
  ).split(' '),
)

/**
 * A point from the notes, trimmed and without a closing full stop, ready to sit inside a sentence: a
 * first word such as "Their" is written small (a walkthrough's draft read "our conversation about Their move").
 * The notes speak of the company as "their"; the message speaks to someone there, so it says "your" (a
 * walkthrough's thank-you to Alice read "about their migration of the outbreak dashboards"), unless
 * the point speaks of "they" again further on.
 */
export function notePhrase(point: string | undefined): string {
  const phrase = (point ?? '')
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/[.!]+$/, '')
  const firstWord = /^[A-Z][a-z]*(?= )/.exec(phrase)?.[0]
  const small =
    firstWord && SENTENCE_START_WORDS.has(firstWord.toLowerCase())
      ? `${firstWord.toLowerCase()}${phrase.slice(firstWord.length)}`
      : phrase
  if (!small.startsWith('their ') || OTHER_THIRD_PERSON.test(small.slice('their '.length))) return small
  return `your ${small.slice('their '.length)}`
}

/**
 * A "they" or "them" further on, which may be the company or someone else: with one, the point keeps
 * "their" as written. Made "your" alone, it read "your churn model … and how they validate features",
 * changing who it spoke of halfway (a walkthrough).
 */
const OTHER_THIRD_PERSON = /\b(they|them|their|theirs|themselves)\b/i

/**
 * A point from the notes said to the person it names: "Lukas asked how I would …" in a letter to Lukas
 * Vogel reads "you asked how I would …" (it spoke of him in the third person, a walkthrough).
 */
export function toThem(point: string, recipient: MessageRecipient | undefined): string {
  const names = (recipient?.name ?? '').trim().split(/\s+/)
  const first = firstName(names)
  if (!point || !first) return point
  const escaped = first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return point.replace(new RegExp(`^${escaped}(?=\\s)`), 'you')
}

/**
 * Joins paragraphs with blank lines, dropping empty ones, and tidies the spacing that optional
 * fragments leave behind: no doubled spaces, no space before punctuation, no trailing spaces; and one
 * full stop where a name ending in one ends the sentence ("the position at Brightline Inc..", a
 * walkthrough), an ellipsis left as typed.
 */
export function paragraphs(...parts: readonly string[]): string {
  return parts
    .map((part) =>
      part
        .split('\n')
        .map((line) =>
          line
            .replace(/ {2,}/g, ' ')
            .replace(/ +([,.;:!?])/g, '$1')
            .replace(/(?<!\.)\.\.(?!\.)/g, '.')
            .trim(),
        )
        .join('\n')
        .trim(),
    )
    .filter((part) => part !== '')
    .join('\n\n')
}

/** "Tuesday 3 November, 10:00–12:00": a good call window as the phone script shows it. */
export function callWindowText(window: DatedCallWindow): string {
  const day = spokenDay(window.date)
  const hours = `${window.start}–${window.end}`
  return day ? `${day}, ${hours}` : hours
}
