import type { MessageInterview, MessageRecipient, MessageSender } from './context'
import { spokenDay } from './wording'

/**
 * The formal letter laid out as a letter, for the print view and the PDF: the user's name and address
 * at the top, the date, the recipient's name, title, company and postal address (from the business
 * card), the greeting, the body, the closing and the signature. Pure data: the renderer lays it out.
 */
export interface LetterLayout {
  sender: { name: string; addressLines: string[]; contactLines: string[] }
  /** "23 October 2026". */
  date: string
  recipient: { name: string; title: string; company: string; addressLines: string[] }
  subject: string
  /** "Dear Dana Smith,"; '' when the text has none. */
  greeting: string
  paragraphs: string[]
  /** "Yours sincerely,"; '' when the text has none. */
  closing: string
  /** The user's name and signature block, under the closing. */
  signatureLines: string[]
}

export interface LetterInputs {
  interview: Pick<MessageInterview, 'company'>
  recipient?: MessageRecipient
  sender?: MessageSender
  /** The day the letter is dated, on the user's clock. */
  today: string
  subject: string
  /** The letter's text as the user left it: greeting, paragraphs, closing and name, blank lines between. */
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

const GREETING = /^(Dear|Hello|Hi)\b.*,$/
const CLOSING = /^[^\n.!?]{2,40},$/

/**
 * The letter from its text: a one-line first paragraph ending in a comma is the greeting; a last
 * paragraph whose first line is a short phrase ending in a comma ("Yours sincerely,") is the closing,
 * with the lines under it (the user's name, the signature) as the signature. So the user's own edits
 * of the text are what is printed.
 */
export function formalLetterLayout({ interview, recipient, sender, today, subject, body }: LetterInputs): LetterLayout {
  const blocks = body
    .split(/\r?\n\s*\r?\n/)
    .map((block) => block.trim())
    .filter((block) => block !== '')
  const first = blocks[0] ?? ''
  const greeting = !first.includes('\n') && GREETING.test(first) ? first : ''
  if (greeting) blocks.shift()
  const last = lines(blocks.at(-1))
  const hasClosing = last.length > 0 && CLOSING.test(last[0]!) && blocks.length > 0
  if (hasClosing) blocks.pop()
  return {
    sender: {
      name: sender?.name?.trim() ?? '',
      addressLines: lines(sender?.address),
      contactLines: [sender?.phone?.trim() ?? '', sender?.email?.trim() ?? ''].filter((line) => line !== ''),
    },
    date: letterDate(today),
    recipient: {
      name: recipient?.name.trim() ?? '',
      title: recipient?.title?.trim() ?? '',
      company: interview.company.trim(),
      addressLines: lines(recipient?.mailingAddress),
    },
    subject: subject.trim(),
    greeting,
    paragraphs: blocks,
    closing: hasClosing ? last[0]! : '',
    signatureLines: hasClosing ? last.slice(1) : [],
  }
}
