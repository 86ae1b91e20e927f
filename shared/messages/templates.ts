import { LINKEDIN_NOTE_LIMIT, fitsLimit, truncateToLimit } from './characters'
import type { MessageContext, RenderedMessage } from './context'
import {
  companyOr,
  decisionQuestion,
  greeting,
  interviewNoun,
  joinNames,
  notePhrase,
  toThem,
  onDay,
  paragraphs,
  placeholder,
  positionPhrase,
  roleSubject,
  signOff,
} from './wording'

/**
 * The messages of the follow-up workflow, in Debrief's own words: short, warm and professional.
 * Nothing is sent by the app; the user reads, edits and sends each one.
 */

/** Same day, to someone who interviewed the user. */
export function thankYouEmail({
  interview,
  recipient,
  sender,
  notePoint,
  decisionToAsk,
}: MessageContext): RenderedMessage {
  const { role, company, date } = interview
  const point = notePhrase(notePoint)
  const enjoyed = point ? `I especially enjoyed our conversation about ${point}` : 'I enjoyed our conversation'
  return {
    subject: roleSubject(role, (r) => `Thank you – ${r} interview`, 'Thank you for meeting me'),
    body: paragraphs(
      greeting('Dear', recipient, 'Hello,', sender?.greeting),
      `Thank you for taking the time to speak with me${onDay(date)} about ${positionPhrase(role, company)}.`,
      `${enjoyed}, and I came away even more interested in joining your team.`,
      decisionToAsk ? decisionQuestion(interview.decision) : '',
      'Please let me know if there is anything more I can send you.',
      signOff('Kind regards', sender),
    ),
  }
}

/** Same day, to the person who arranged the interview. */
export function thankYouArrangerEmail({
  interview,
  recipient,
  sender,
  decisionToAsk,
}: MessageContext): RenderedMessage {
  const { role, company, round, date, interviewers } = interview
  // The arranger may have sat in on the interview too; they are thanked as "you", not by name.
  const others = interviewers.filter((person) => person.name.trim() !== recipient?.name.trim())
  const met = joinNames(others.map((person) => person.name))
  return {
    subject: 'Thank you for arranging my interview',
    body: paragraphs(
      greeting('Dear', recipient, 'Hello,', sender?.greeting),
      `Thank you for organising my ${interviewNoun(round)} for ${positionPhrase(role, company)}${onDay(date)}.`,
      met
        ? `I appreciated your help with the arrangements, and it was a pleasure to meet ${met}.`
        : 'I appreciated your help with the arrangements.',
      decisionToAsk ? decisionQuestion(interview.decision) : '',
      'Please do not hesitate to contact me if you need anything further.',
      signOff('Kind regards', sender),
    ),
  }
}

/**
 * A connection note: who the user is and what they talked about, within the user's limit. The
 * fullest wording that fits is used; with very long names the details drop out one by one, the note
 * point first, which the note then says it left out (notePointLeftOut).
 */
export function linkedInNote({
  interview,
  recipient,
  sender,
  notePoint,
  linkedInLimit,
}: MessageContext): RenderedMessage {
  const { role, company, date } = interview
  const limit = linkedInLimit ?? LINKEDIN_NOTE_LIMIT
  const hello = greeting('Hello', recipient, '', sender?.greeting)
  const point = notePhrase(notePoint)
  const talk = point ? `I enjoyed our talk about ${point}.` : ''
  const stay = 'I would be glad to stay connected.'
  const met = (when: string, about: string) => `it was a pleasure to meet you${when} when I interviewed for ${about}.`
  const sentence = (text: string) => (hello ? `${hello} ${text}` : text.charAt(0).toUpperCase() + text.slice(1))
  const leanest = paragraphs(`It was a pleasure to meet you at my interview. ${stay}`)
  const candidates = [
    [sentence(met(onDay(date), positionPhrase(role, company))), talk, stay],
    [sentence(met(onDay(date), positionPhrase(role, company))), stay],
    [sentence(met('', positionPhrase(role, company))), stay],
    [sentence(met('', companyOr(company, 'the role'))), stay],
    [sentence('it was a pleasure to meet you at my interview.'), stay],
  ].map((parts) => paragraphs(parts.filter((part) => part !== '').join(' ')))
  const body =
    [...candidates, leanest].find((candidate) => fitsLimit(candidate, limit)) ?? truncateToLimit(leanest, limit)
  // Dropped in silence, the point read as ignored: typing in its field changed nothing (a walkthrough).
  return talk && body !== candidates[0] ? { body, notePointLeftOut: true } : { body }
}

/** A few days later: more formal, and offering the company something, not only the user's merits. */
export function formalThankYouLetter({ interview, recipient, sender, notePoint }: MessageContext): RenderedMessage {
  const { role, company, date } = interview
  const point = toThem(notePhrase(notePoint), recipient)
  const forCompany = companyOr(company, 'the company')
  // After a colon, a topic ("your move to Rust") reads as well as a sentence from the notes ("Lukas asked
  // how I would …"), which "kept thinking about" turned into broken English (a walkthrough).
  const contribution = point
    ? `Since our conversation, one point has stayed with me: ${point}. ${placeholder(`Add an idea, example or resource that could help ${forCompany} with it`)}`
    : placeholder(
        `Add something of interest to ${forCompany}: an idea, an example or a resource linked to what you discussed`,
      )
  return {
    subject: roleSubject(
      role,
      (r) => `Following up on our conversation about the ${r} position`,
      'Following up on our conversation',
    ),
    body: paragraphs(
      greeting(
        'Dear',
        recipient,
        company.trim() ? `Dear ${company.trim()} team,` : 'Dear hiring team,',
        sender?.greeting,
      ),
      `Thank you again for meeting me${onDay(date)} to discuss ${positionPhrase(role, company)}. ` +
        'Having had a few days to reflect, I am more convinced than ever that the role is a strong match ' +
        'for my experience, and I would be glad to put it to work for your team.',
      contribution,
      'Thank you for your consideration. I look forward to hearing from you.',
      signOff('Yours sincerely', sender),
    ),
  }
}

/** An offer came in: acknowledge it at once, even before deciding. */
export function offerReply({ interview, recipient, sender }: MessageContext): RenderedMessage {
  const { role, company } = interview
  return {
    subject: roleSubject(role, (r) => `Re: your offer for the ${r} position`, 'Re: your offer'),
    body: paragraphs(
      greeting('Dear', recipient, 'Hello,', sender?.greeting),
      `Thank you very much for the offer for ${positionPhrase(role, company)}. ` +
        'I am delighted, and grateful for the confidence you have shown in me.',
      placeholder('Accept here, or say by when you will give your answer'),
      'Could you let me know the next steps?',
      signOff('Kind regards', sender),
    ),
  }
}

/** Invited to another round: confirm quickly and offer times. */
export function nextRoundReply({ interview, recipient, sender }: MessageContext): RenderedMessage {
  const { role, company } = interview
  return {
    subject: roleSubject(role, (r) => `Re: next round for the ${r} position`, 'Re: next round'),
    body: paragraphs(
      greeting('Dear', recipient, 'Hello,', sender?.greeting),
      `Thank you for inviting me to the next round for ${positionPhrase(role, company)}. ` +
        'I am very pleased, and I look forward to continuing the conversation.',
      `I am available ${placeholder('suggest two or three dates and times')}. ` +
        'Please let me know what suits you best, and whether there is anything I should prepare.',
      signOff('Kind regards', sender),
    ),
  }
}

/**
 * Not selected: still thank them, by email, and leave the door open. It goes to each interviewer, who
 * is often not the one who told: "Thank you for letting me know your decision" went to both (a walkthrough).
 */
export function rejectionThankYouEmail({ interview, recipient, sender, notePoint }: MessageContext): RenderedMessage {
  const { role, company } = interview
  const point = notePhrase(notePoint)
  const learned = point ? `what I learned, especially from our discussion of ${point}` : 'what I learned'
  return {
    subject: roleSubject(role, (r) => `Thank you – ${r} position`, 'Thank you for your time'),
    body: paragraphs(
      greeting('Dear', recipient, 'Hello,', sender?.greeting),
      `I was sorry to hear that I was not selected for ${positionPhrase(role, company)}, ` +
        'and I wanted to thank you again for the interview.',
      `I am grateful for the time you gave me and for ${learned}. ` +
        `I would welcome the chance to be considered for future openings at ${companyOr(company, 'your company')}.`,
      'I wish you and the team every success.',
      signOff('Best wishes', sender),
    ),
  }
}
