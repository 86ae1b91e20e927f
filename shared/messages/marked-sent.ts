import type { SentMessage } from '../domain/interview'

const SENT_THING = {
  email: 'the email',
  linkedin: 'the LinkedIn note',
  letter: 'the letter',
  phone: 'the call',
} as const

/** "the email to Dana Reyes": the message that went, by how and to whom. */
function sentThing({ channel, to }: SentMessage): string {
  return `${SENT_THING[channel]}${to ? ` to ${to}` : ''}`
}

/**
 * The change "Mark sent" (or "Mark called", for a call) makes, in that button's words and naming the
 * message that went: "Mark sent: the email to Dana Reyes". The history named it by the follow-up,
 * "Undid “Mark done: Call Dana Reyes to ask about the result”", after the user had pressed Mark sent on
 * the email Next offers in its place (a walkthrough).
 */
export function markedSentLabel(sent: SentMessage): string {
  return `${sent.channel === 'phone' ? 'Mark called' : 'Mark sent'}: ${sentThing(sent)}`
}

/** What the notice says once it is done: "Marked sent: the email to Dana Reyes." */
export function markedSentText(sent: SentMessage): string {
  return `${sent.channel === 'phone' ? 'Marked called' : 'Marked sent'}: ${sentThing(sent)}.`
}
