import { describe, expect, it } from 'vitest'
import { interviewSchema } from '../../shared/domain/interview'
import { DEFAULT_PREFERENCES } from '../../shared/domain/settings'
import { MESSAGE_TEMPLATES } from '../../shared/messages'
import { letterOf, letterPdfRequest } from './letter'
import type { TargetDraft, TaskMessage } from './useTaskMessage'

const NOW = '2026-11-20T09:00:00.000Z'
const interview = interviewSchema.parse({
  id: '00000000-0000-4000-8000-000000000001',
  company: 'Raman Analytics',
  role: 'Data engineer',
  date: '2026-11-19',
  time: '10:00',
  timeZone: 'Europe/Berlin',
  interviewers: [
    {
      id: '00000000-0000-4000-8000-000000000002',
      name: 'Priya Raman',
      title: 'Head of Data',
      mailingAddress: 'Raman Analytics GmbH\n  Friedrichstraße 1\n\n10117 Berlin',
    },
  ],
  stage: 'thanked',
  order: 'a0',
  createdAt: NOW,
  updatedAt: NOW,
})
const you = {
  ...DEFAULT_PREFERENCES.you,
  name: 'Alex Morgan',
  email: 'alex@morgan.example',
  address: '12 Elm Street\nLondon N1 2AB',
  signature: 'alexmorgan.dev',
}
const draft = {
  interview,
  preferences: { ...DEFAULT_PREFERENCES, you },
  template: MESSAGE_TEMPLATES['formal-letter'],
} as TaskMessage
const person = interview.interviewers[0]!
const target = (body: string) =>
  ({ key: person.id, person, recipient: person, text: { subject: 'Thank you', body } }) as unknown as TargetDraft

describe('the formal letter laid out for print', () => {
  it('heads the letter with the sender, the date and the recipient’s card, then the text', () => {
    const letter = letterOf(draft, target('Dear Priya,\n\nThank you.\n\nKind regards,\nAlex Morgan'), new Date(NOW))
    expect(letter.sender).toEqual(['Alex Morgan', '12 Elm Street', 'London N1 2AB', 'alex@morgan.example'])
    expect(letter.date).toMatch(/20 November 2026|November 20, 2026/)
    expect(letter.recipient).toEqual([
      'Priya Raman',
      'Head of Data',
      'Raman Analytics',
      'Raman Analytics GmbH',
      'Friedrichstraße 1',
      '10117 Berlin',
    ])
    expect(letter.signature).toEqual(['alexmorgan.dev'])
    expect(letter.fileName).toBe('Raman Analytics – Formal thank-you letter to Priya Raman')
  })

  it('adds the signature once: not when the text already ends with it', () => {
    const letter = letterOf(draft, target('Dear Priya,\n\nKind regards,\nAlex Morgan\nalexmorgan.dev'))
    expect(letter.signature).toEqual([])
  })

  it('hands the desktop app the same blocks as plain text, a blank line apart', () => {
    const letter = letterOf(draft, target('Dear Priya,'), new Date(NOW))
    const { body, heading } = letterPdfRequest(letter)
    expect(heading).toBe('Thank you')
    expect(body.split('\n\n')).toEqual([
      'Alex Morgan\n12 Elm Street\nLondon N1 2AB\nalex@morgan.example',
      letter.date,
      'Priya Raman\nHead of Data\nRaman Analytics\nRaman Analytics GmbH\nFriedrichstraße 1\n10117 Berlin',
      'Dear Priya,',
      'alexmorgan.dev',
    ])
  })
})
