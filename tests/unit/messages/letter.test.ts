import { describe, expect, it } from 'vitest'
import { DEFAULT_PREFERENCES } from '../../../shared/domain/settings'
import { letterOf, letterPdfRequest, type LetterInputs } from '../../../shared/messages/letter'
import { MESSAGE_TEMPLATES } from '../../../shared/messages/registry'
import { person } from './fixtures'

/** The formal letter laid out for print and for the desktop app's PDF. */
const priya = person('Priya Raman', {
  title: 'Head of Data',
  mailingAddress: 'Raman Analytics GmbH\n  Friedrichstraße 1\n\n10117 Berlin',
})
const you = {
  ...DEFAULT_PREFERENCES.you,
  name: 'Alex Morgan',
  email: 'alex@morgan.example',
  address: '12 Elm Street\nLondon N1 2AB',
  signature: 'alexmorgan.dev',
}
const letterTo = (body: string, extra: Partial<LetterInputs> = { person: priya }) =>
  letterOf({
    company: 'Raman Analytics',
    label: MESSAGE_TEMPLATES['formal-letter'].label,
    sender: you,
    today: '2026-11-20',
    subject: 'Thank you',
    body,
    ...extra,
  })

describe('the formal letter laid out for print', () => {
  it('heads the letter with the sender, the date and the recipient’s card, then the text', () => {
    const letter = letterTo('Dear Priya,\n\nThank you.\n\nKind regards,\nAlex Morgan')
    expect(letter.sender).toEqual(['Alex Morgan', '12 Elm Street', 'London N1 2AB', 'alex@morgan.example'])
    expect(letter.date).toBe('20 November 2026')
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

  it('names only whoever the follow-up knows by name when no person is ticked', () => {
    const letter = letterTo('Dear Pat,', { recipientName: 'Pat Lu' })
    expect(letter.recipient).toEqual(['Pat Lu'])
    expect(letter.fileName).toBe('Raman Analytics – Formal thank-you letter')
  })

  it('adds the signature once: not when the text already ends with it', () => {
    expect(letterTo('Dear Priya,\n\nKind regards,\nAlex Morgan\nalexmorgan.dev').signature).toEqual([])
  })

  it('hands the desktop app the same blocks as plain text, a blank line apart', () => {
    const letter = letterTo('Dear Priya,')
    const { body, heading } = letterPdfRequest(letter)
    expect(heading).toBe('Thank you')
    expect(body.split('\n\n')).toEqual([
      'Alex Morgan\n12 Elm Street\nLondon N1 2AB\nalex@morgan.example',
      '20 November 2026',
      'Priya Raman\nHead of Data\nRaman Analytics\nRaman Analytics GmbH\nFriedrichstraße 1\n10117 Berlin',
      'Dear Priya,',
      'alexmorgan.dev',
    ])
  })
})
