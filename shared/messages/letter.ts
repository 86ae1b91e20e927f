import type { LetterPdfRequest } from '../api/bridge'
import type { MessageRecipient, MessageSender } from './context'
import { spokenDay } from './wording'

/**
 * A message laid out as a letter for print and PDF: the sender's name and address at the top, the
 * date, the recipient's name, title, company and mailing address (from their business card), then
 * the subject and the text, which holds the greeting, the body and the signature. The text is printed
 * as the user left it.
 */
export interface Letter {
  fileName: string
  /** The user's name, address, email and phone, one line each; empty when Settings › You is empty. */
  sender: string[]
  /** The day it is dated, written out: "2 December 2026". */
  date: string
  /** Empty for a message to nobody in particular. */
  recipient: string[]
  heading: string
  body: string
  /** Settings › You's signature lines, where the text does not end with them already; else empty. */
  signature: string[]
}

export interface LetterInputs {
  company: string
  /** The message's name, for the file: "Formal thank-you letter". */
  label: string
  /** A person of the interview: their business card heads the letter. */
  person?: MessageRecipient
  /** Without a person, whom the greeting names (someone known only by name). */
  recipientName?: string
  sender: MessageSender
  /** The day the letter is dated, on the user's clock (ISO). */
  today: string
  subject: string
  /** The text as the user left it: greeting, paragraphs, closing and name. */
  body: string
}

function lines(text: string | undefined): string[] {
  return (text ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
}

/** "23 October 2026" for '2026-10-23'; the ISO day itself if it is not one. */
export function letterDate(isoDay: string): string {
  const spoken = spokenDay(isoDay)
  // spokenDay gives "Friday 23 October": a letter's date leaves out the weekday and adds the year.
  return spoken ? `${spoken.split(' ').slice(1).join(' ')} ${isoDay.slice(0, 4)}` : isoDay
}

export function letterOf({
  company,
  label,
  person,
  recipientName,
  sender,
  today,
  subject,
  body,
}: LetterInputs): Letter {
  const recipient = person
    ? [person.name, person.title ?? '', company, ...lines(person.mailingAddress)].filter(Boolean)
    : lines(recipientName)
  const signature = sender.signature?.trim() ?? ''
  return {
    fileName: `${company} – ${label}${person ? ` to ${person.name}` : ''}`,
    sender: [sender.name ?? '', ...lines(sender.address), sender.email ?? '', sender.phone ?? ''].filter(Boolean),
    date: letterDate(today),
    recipient,
    heading: subject,
    body,
    signature: body.includes(signature) ? [] : lines(signature),
  }
}

/**
 * The desktop app's PDF takes plain text (electron/main/letter-pdf.ts escapes it into its own page):
 * the blocks go first, a blank line apart, as on the printed letter.
 */
export function letterPdfRequest(letter: Letter): LetterPdfRequest {
  const blocks = [letter.sender, [letter.date], letter.recipient].filter((block) => block.length > 0)
  return {
    heading: letter.heading,
    body: [...blocks.map((block) => block.join('\n')), letter.body, letter.signature.join('\n')]
      .filter(Boolean)
      .join('\n\n'),
    fileName: letter.fileName,
  }
}
