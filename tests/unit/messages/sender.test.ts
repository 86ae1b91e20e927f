import { describe, expect, it } from 'vitest'
import { generateTasks } from '../../../shared/workflow/generate'
import { DEFAULT_PREFERENCES } from '../../../shared/domain/settings'
import { letterDate } from '../../../shared/messages/letter'
import { messageTargets } from '../../../shared/messages/per-person'
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

  it('greets by first name past a form of address written into the name', () => {
    const greet = (name: string) =>
      MESSAGE_TEMPLATES['thank-you-interviewer'].render({
        interview,
        recipient: { ...tom, name },
        sender: { ...alex, greeting: 'first-name' },
      }).body
    // It said "Dear Dr.," (a walkthrough).
    expect(greet('Dr. Maximilian-Alexander von Fürstenberg')).toMatch(/^Dear Maximilian-Alexander,\n/)
    expect(greet('Prof Dr Ada Lovelace')).toMatch(/^Dear Ada,\n/)
    // Only a surname after it: the name as written, not "Dear Raman".
    expect(greet('Dr. Raman')).toMatch(/^Dear Dr\. Raman,\n/)
  })

  it("ends with the closing, the user's name and their signature block", () => {
    expect(thankYou(alex).body).toMatch(/\n\nKind regards,\nAlex Kim\nBackend engineer · alexkim\.dev$/)
    expect(thankYou({ name: 'Alex Kim' }).body).toMatch(/\n\nKind regards,\nAlex Kim$/)
  })

  it('signs once when the signature starts with the name, as a mail client’s does', () => {
    const signed = thankYou({ name: 'Alex Kim', signature: 'Alex Kim\nBackend engineer · alexkim.dev' })
    // It signed "Alex Kim / Alex Kim / …" (a walkthrough).
    expect(signed.body).toMatch(/\n\nKind regards,\nAlex Kim\nBackend engineer · alexkim\.dev$/)
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
  const withTasks = { ...interview, tasks }
  const thanks = tasks.filter((task) => task.kind === 'thank-you-email')
  const thankPriya = thanks.find((task) => task.personId === priya.id)!
  const thankTom = thanks.find((task) => task.personId === tom.id)!

  it("two people ticked give two messages, each greeting one person and closing that person's task", () => {
    const targets = messageTargets(withTasks, thankPriya, [priya, tom])
    const bodies = targets.map(
      ({ recipient }) => MESSAGE_TEMPLATES['thank-you-interviewer'].render({ interview, recipient, sender: alex }).body,
    )
    expect(bodies.map((body) => body.split('\n')[0])).toEqual(['Dear Priya Raman,', 'Dear Tom Becker,'])
    expect(bodies).not.toContain(expect.stringContaining(' and Tom'))
    expect(targets.map((target) => target.closes?.id)).toEqual([thankPriya.id, thankTom.id])
  })

  it("closes only a person's open task: none once theirs is done", () => {
    const done = {
      ...withTasks,
      tasks: tasks.map((task) => (task === thankTom ? { ...task, status: 'done' as const } : task)),
    }
    const [, toTom] = messageTargets(done, thankPriya, [priya, tom])
    expect(toTom).toEqual({ key: tom.id, person: tom, recipient: tom })
  })

  it('without anyone ticked, writes one message closing the follow-up, to whoever it names only by name', () => {
    const inquiry = tasks.find((task) => task.kind === 'inquire-result')!
    // Sam, who tells the decision, is on the interview: nobody is greeted until the user ticks them.
    expect(messageTargets(withTasks, inquiry, [])).toEqual([{ key: '', closes: inquiry }])
    const byName = { ...withTasks, decision: { ...withTasks.decision, informerName: 'Pat Lu' } }
    expect(messageTargets(byName, inquiry, [])).toEqual([{ key: '', recipient: { name: 'Pat Lu' }, closes: inquiry }])
    expect(messageTargets(withTasks, undefined, [])).toEqual([{ key: '' }])
  })
})

describe('the letter date', () => {
  it('dates the letter without the weekday', () => {
    expect(letterDate('2026-03-01')).toBe('1 March 2026')
    expect(letterDate('2026-10-26')).toBe('26 October 2026')
  })
})
