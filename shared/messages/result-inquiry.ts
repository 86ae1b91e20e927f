import type { MessageContext, RenderedMessage } from './context'
import { greeting, interviewNoun, onDay, paragraphs, positionPhrase, roleSubject, signOff, spokenDay } from './wording'

/**
 * Asking about the result: first when the decision date has passed with no word, then once more, a few
 * working days later, if that asking brought no answer. The second refers to the first, with its day, so
 * it reads as a polite reminder and not as the same message sent twice.
 */

function expectedDecision(expectedDate: string): string {
  const day = spokenDay(expectedDate)
  return day ? `I understood a decision might come around ${day}` : ''
}

/** "I got in touch on Thursday 10 December to ask about the decision", or "recently" when the day is not known. */
function earlierAsking(askedOn: string | undefined): string {
  const day = spokenDay(askedOn ?? '')
  return `I got in touch ${day ? `on ${day}` : 'recently'} to ask about the decision`
}

/** When the decision date has passed with no word. */
export function resultInquiryEmail({ interview, recipient, sender }: MessageContext): RenderedMessage {
  const { role, company, round, date, decision } = interview
  const expected = expectedDecision(decision.expectedDate)
  return {
    subject: roleSubject(role, (r) => `Checking in on the ${r} position`, 'Checking in on my application'),
    body: paragraphs(
      greeting('Dear', recipient, 'Hello,', sender?.greeting),
      `I hope you are well. I am writing about my ${interviewNoun(round)}${onDay(date)} for ${positionPhrase(role, company)}.`,
      expected
        ? `${expected}, and I wanted to ask whether there is any news.`
        : 'I wanted to ask whether there is any news on the next steps.',
      'I remain very interested in the role and would be grateful for an update whenever you have a moment.',
      signOff('Best regards', sender),
    ),
  }
}

/** The inquiry's one follow-up, when the first asking brought no answer. */
export function checkAgainEmail({ interview, recipient, sender, askedOn }: MessageContext): RenderedMessage {
  const { role, company, round, date } = interview
  return {
    subject: roleSubject(role, (r) => `Following up on the ${r} position`, 'Following up on my application'),
    body: paragraphs(
      greeting('Dear', recipient, 'Hello,', sender?.greeting),
      `I hope you are well. I am following up on my ${interviewNoun(round)}${onDay(date)} for ${positionPhrase(role, company)}.`,
      `${earlierAsking(askedOn)}, and I understand these things can take time.`,
      'I am still very interested in the role. Could you let me know whether there is any news, or when I might expect to hear?',
      signOff('Best regards', sender),
    ),
  }
}

const DEFAULT_CALL_ADVICE =
  'Good time to call: mid-morning or mid-afternoon, away from the start of the day, lunch and the end of the day.'

/** A call's opening: when to make it, the number, and whom to ask for. */
function callOpening({ recipient, sender, callWindow }: MessageContext): string[] {
  const name = recipient?.name.trim() ?? ''
  const senderName = sender?.name?.trim() ?? ''
  const when = callWindow?.trim() ? `Good time to call: ${callWindow.trim()}.` : DEFAULT_CALL_ADVICE
  const phone = recipient?.phone?.trim() ?? ''
  const number = phone ? `Number to call: ${phone}${name ? ` (${name})` : ''}.` : ''
  const thisIs = senderName ? `this is ${senderName}` : 'I am calling about a recent interview'
  const ask = name
    ? `"Hello, ${thisIs}. May I speak with ${name}, please?"`
    : `"Hello, ${thisIs}. May I speak with the person handling the hiring decision, please?"`
  return [`${when} Find a quiet spot, and keep it short and friendly.`, number, ask]
}

/** The same inquiry as a short phone call, with when to make it. */
export function resultInquiryCallScript(context: MessageContext): RenderedMessage {
  const { role, company, round, date, decision } = context.interview
  const expected = expectedDecision(decision.expectedDate)
  return {
    body: paragraphs(
      ...callOpening(context),
      `"I had my ${interviewNoun(round)}${onDay(date)} for ${positionPhrase(role, company)}. Do you have a moment?"`,
      expected
        ? `"${expected}, so I wanted to ask whether there is any news."`
        : '"I wanted to ask whether there is any news on the decision."',
      'If there is news: thank them, and ask about the next steps.\n' +
        'If not yet: "Thank you. When would be a good time to check in again?"',
      '"Thank you for your time. Goodbye."',
    ),
  }
}

/** The follow-up inquiry as a call. */
export function checkAgainCallScript(context: MessageContext): RenderedMessage {
  const { role, company, round, date } = context.interview
  return {
    body: paragraphs(
      ...callOpening(context),
      `"I had my ${interviewNoun(round)}${onDay(date)} for ${positionPhrase(role, company)}. Do you have a moment?"`,
      `"${earlierAsking(context.askedOn)}, and I wanted to follow up. Is there any news yet?"`,
      'If there is news: thank them, and ask about the next steps.\n' +
        'If not yet: "Thank you. Could you tell me when I might expect to hear?"',
      '"Thank you for your time. Goodbye."',
    ),
  }
}
