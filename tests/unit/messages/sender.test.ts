import { describe, expect, it } from 'vitest'
import { generateTasks } from '../../../shared/workflow/generate'
import { DEFAULT_PREFERENCES } from '../../../shared/domain/settings'
import { formalLetterLayout, letterDate } from '../../../shared/messages/letter'
import { draftsPerPerson, taskForPerson } from '../../../shared/messages/per-person'
import { MESSAGE_TEMPLATES } from '../../../shared/messages/registry'
import type { MessageSender } from '../../../shared/messages/context'
import { fullInterview, person } from './fixtures'

/** Messages in the user's own name (Settings › You), one per person, and the formal letter laid out as a letter. */
const priya = person('Priya Raman', {
  honorific: 'Dr',
  title: 'Engineering Manager',
  email: 'priya@example.com',
  phone: '+49 30 1234 567',
  mailingAddress: "Zoë O'Brien & Søn\nFriedrichstraße 12\n10117 Berlin\nGermany",
})
const tom = person('Tom Becker', { email: 'tom@example.com' })
const alex: MessageSender = {
  name: 'Alex Kim',
  email: 'alex@example.com',
  phone: '+1 415 555 0100',
  address: '12 Elm Street\nSan Francisco, CA 94110',
  signature: 'Backend engineer · alexkim.dev',
  greeting: 'full-name',
}
const interview = { ...fullInterview, interviewers: [priya, tom] }

function thankYou(sender: MessageSender) {
  return MESSAGE_TEMPLATES['thank-you-interviewer'].render({ interview, recipient: priya, sender })
}

describe("greeting and signing in the user's style", () => {
  it('greets by first name, full name, or form of address and surname', () => {
    expect(thankYou({ ...alex, greeting: 'first-name' }).body).toMatch(/^Dear Priya,\n/)
    expect(thankYou({ ...alex, greeting: 'full-name' }).body).toMatch(/^Dear Priya Raman,\n/)
    expect(thankYou({ ...alex, greeting: 'title-surname' }).body).toMatch(/^Dear Dr Raman,\n/)
    // No form of address on the card: the full name, never "Dear Becker".
    const toTom = MESSAGE_TEMPLATES['thank-you-interviewer'].render({
      interview,
      recipient: tom,
      sender: { ...alex, greeting: 'title-surname' },
    })
    expect(toTom.body).toMatch(/^Dear Tom Becker,\n/)
  })

  it("ends with the closing, the user's name and their signature block", () => {
    expect(thankYou(alex).body).toMatch(/\n\nKind regards,\nAlex Kim\nBackend engineer · alexkim\.dev$/)
    expect(thankYou({ name: 'Alex Kim' }).body).toMatch(/\n\nKind regards,\nAlex Kim$/)
  })

  it('puts the number to call in the phone script', () => {
    const script = MESSAGE_TEMPLATES['result-inquiry-call'].render({ interview, recipient: priya, sender: alex })
    expect(script.body.split('\n\n')[1]).toBe('Number to call: +49 30 1234 567 (Priya Raman).')
  })
})

describe('one message per person', () => {
  const tasks = generateTasks(interview, DEFAULT_PREFERENCES, {
    newId: (() => {
      let count = 0
      return () => `00000000-0000-4000-8000-${String(++count).padStart(12, '0')}`
    })(),
    now: new Date('2026-10-23T15:00:00Z'),
  })

  it("two people ticked give two messages, each greeting one person and naming that person's task", () => {
    const drafts = draftsPerPerson('thank-you-interviewer', { interview, sender: alex }, [priya, tom], tasks)
    expect(drafts.map((draft) => draft.message.body.split('\n')[0])).toEqual(['Dear Priya Raman,', 'Dear Tom Becker,'])
    expect(drafts.map((draft) => draft.message.body)).not.toContain(expect.stringContaining(' and Tom'))
    const taskIds = drafts.map((draft) => draft.taskId)
    expect(taskIds[0]).toBe(taskForPerson(tasks, 'thank-you-email', priya.id)?.id)
    expect(taskIds[1]).toBe(taskForPerson(tasks, 'thank-you-email', tom.id)?.id)
    expect(new Set(taskIds).size).toBe(2)
  })

  it('finds the open task first, else the latest closed one', () => {
    const own = tasks.filter((task) => task.kind === 'formal-letter' && task.personId === tom.id)
    expect(taskForPerson(tasks, 'formal-letter', tom.id)).toBe(own[0])
    const closed = tasks.map((task) => (task === own[0] ? { ...task, status: 'done' as const } : task))
    expect(taskForPerson(closed, 'formal-letter', tom.id)?.status).toBe('done')
    expect(taskForPerson(tasks, 'formal-letter', 'nobody')).toBeUndefined()
  })
})

describe('the formal letter laid out as a letter', () => {
  const letter = MESSAGE_TEMPLATES['formal-letter'].render({ interview, recipient: priya, sender: alex })

  it("holds both addresses, the date, the recipient's title and company, greeting, body, closing and signature", () => {
    const layout = formalLetterLayout({
      interview,
      recipient: priya,
      sender: alex,
      today: '2026-10-26',
      subject: letter.subject ?? '',
      body: letter.body,
    })
    expect(layout.sender).toEqual({
      name: 'Alex Kim',
      addressLines: ['12 Elm Street', 'San Francisco, CA 94110'],
      contactLines: ['+1 415 555 0100', 'alex@example.com'],
    })
    expect(layout.date).toBe('26 October 2026')
    expect(layout.recipient).toEqual({
      name: 'Priya Raman',
      title: 'Engineering Manager',
      company: "Zoë O'Brien & Søn",
      addressLines: ["Zoë O'Brien & Søn", 'Friedrichstraße 12', '10117 Berlin', 'Germany'],
    })
    expect(layout.subject).toBe('Following up on our conversation about the Senior Engineer position')
    expect(layout.greeting).toBe('Dear Priya Raman,')
    expect(layout.paragraphs[0]).toMatch(/^Thank you again for meeting me on Friday 23 October/)
    expect(layout.paragraphs.join('\n')).not.toContain('Yours sincerely')
    expect(layout.closing).toBe('Yours sincerely,')
    expect(layout.signatureLines).toEqual(['Alex Kim', 'Backend engineer · alexkim.dev'])
  })

  it('lays out the text as the user edited it', () => {
    const layout = formalLetterLayout({
      interview,
      recipient: priya,
      today: '2026-10-26',
      subject: 'Thank you',
      body: 'Dear Dr Raman,\n\nMy own first paragraph.\n\nAnd a second.\n\nWith best wishes,\nAlex',
    })
    expect(layout.greeting).toBe('Dear Dr Raman,')
    expect(layout.paragraphs).toEqual(['My own first paragraph.', 'And a second.'])
    expect(layout.closing).toBe('With best wishes,')
    expect(layout.signatureLines).toEqual(['Alex'])
    expect(layout.sender.addressLines).toEqual([])
  })

  it('dates the letter without the weekday', () => {
    expect(letterDate('2026-03-01')).toBe('1 March 2026')
  })
})
