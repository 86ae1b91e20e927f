import type { LetterPdfRequest } from '../../shared/api/bridge'
import type { Interview } from '../../shared/domain/interview'
import type { TaskMessage, TargetDraft } from './useTaskMessage'

/**
 * A message laid out as a letter for print and PDF: the sender's name and address at the top, the
 * date, the recipient's name, title, company and mailing address (from their business card), then
 * the subject and the text, which holds the greeting, the body and the signature.
 */
export interface Letter {
  fileName: string
  /** The user's name, address, email and phone, one line each; empty when Settings › You is empty. */
  sender: string[]
  /** Today, written out: "2 December 2026". */
  date: string
  /** Empty for a message to nobody in particular. */
  recipient: string[]
  heading: string
  body: string
  /** Settings › You's signature lines, where the text does not end with them already; else empty. */
  signature: string[]
}

function lines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
}

function recipientBlock(interview: Interview, target: TargetDraft): string[] {
  const person = target.person
  if (!person) return target.recipient ? [target.recipient.name] : []
  return [person.name, person.title, interview.company, ...lines(person.mailingAddress)].filter(Boolean)
}

export function letterOf(draft: TaskMessage, target: TargetDraft, today: Date = new Date()): Letter {
  const { interview, preferences, template } = draft
  const you = preferences.you
  const date = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', year: 'numeric' }).format(today)
  const to = target.person ? ` to ${target.person.name}` : ''
  return {
    fileName: `${interview.company} – ${template.label}${to}`,
    sender: [you.name, ...lines(you.address), you.email, you.phone].filter(Boolean),
    date,
    recipient: recipientBlock(interview, target),
    heading: target.text.subject,
    body: target.text.body,
    signature: target.text.body.includes(you.signature.trim()) ? [] : lines(you.signature),
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
