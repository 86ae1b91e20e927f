import type { Interview, Person } from '../domain/interview'

/** What the templates read from an interview. */
export type MessageInterview = Pick<
  Interview,
  'company' | 'role' | 'round' | 'date' | 'interviewers' | 'arrangers' | 'decision'
>

/**
 * Who the message is for. A stored Person fits; so does `{ name }` for someone known only by name,
 * such as the person who will announce the decision.
 */
export type MessageRecipient = Pick<Person, 'name'> & Partial<Pick<Person, 'title' | 'email'>>

export interface MessageContext {
  interview: MessageInterview
  /** Absent when the user does not know who will read it yet; the greeting then stays neutral. */
  recipient?: MessageRecipient
  /** The user's own name, for the signature. */
  senderName?: string
  /** One point from the user's notes on the interview, e.g. "their move to event-driven billing". */
  notePoint?: string
  /** When to phone, as the user will read it, e.g. "Tuesday 3 November, 10:00–12:00". */
  callWindow?: string
  /** The LinkedIn note limit from the user's preferences; LINKEDIN_NOTE_LIMIT when absent. */
  linkedInLimit?: number
}

export interface RenderedMessage {
  subject?: string
  body: string
}

export type MessageRender = (context: MessageContext) => RenderedMessage
