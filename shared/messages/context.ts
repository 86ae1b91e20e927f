import type { Interview, Person } from '../domain/interview'
import type { Sender } from '../domain/settings'

/** What the templates read from an interview. */
export type MessageInterview = Pick<
  Interview,
  'company' | 'role' | 'round' | 'date' | 'interviewers' | 'arrangers' | 'decision'
>

/**
 * Who the message is for: one person, greeted on their own. A stored Person fits; so does `{ name }`
 * for someone known only by name, such as the person who will announce the decision.
 */
export type MessageRecipient = Pick<Person, 'name'> &
  Partial<Pick<Person, 'title' | 'email' | 'honorific' | 'phone' | 'mailingAddress'>>

/** The user, as Settings › You has them: every part may be missing. */
export type MessageSender = Partial<Sender>

export interface MessageContext {
  interview: MessageInterview
  /** Absent when the user does not know who will read it yet; the greeting then stays neutral. */
  recipient?: MessageRecipient
  /** The user (Settings › You): their name and signature end the message, their greeting style opens it. */
  sender?: MessageSender
  /** One point from the user's notes on the interview, e.g. "their move to event-driven billing". */
  notePoint?: string
  /** When to phone, as the user will read it, e.g. "Tuesday 3 November, 10:00–12:00". */
  callWindow?: string
  /** The day the user first asked about the result (ISO), which the check again refers to. */
  askedOn?: string
  /** What was not asked of the decision at the interview (progress.ts decisionStillToAsk): a thank-you asks it. */
  decisionToAsk?: boolean
  /** The LinkedIn note limit from the user's preferences; LINKEDIN_NOTE_LIMIT when absent. */
  linkedInLimit?: number
}

export interface RenderedMessage {
  subject?: string
  body: string
  /** The note point was given but left out to keep within a limit (the LinkedIn note's), so the form can say so. */
  notePointLeftOut?: true
}

export type MessageRender = (context: MessageContext) => RenderedMessage
