import { describe, expect, it } from 'vitest'
import { savedText } from './savedText'

const kranich = {
  company: 'Kranich Mobility',
  date: '2026-12-07',
  time: '10:00',
  timeZone: 'UTC',
  stage: 'interviewed' as const,
}

describe('savedText: what a save of the interview form says', () => {
  it('names the interview saved', () => {
    expect(savedText(kranich, { ...kranich, company: 'Kranich Mobility GmbH' })).toBe('Saved Kranich Mobility GmbH.')
  })

  it('says the new time when it changed, and the move the Stage field made', () => {
    expect(savedText(kranich, { ...kranich, date: '2026-12-08', time: '15:00' })).toMatch(
      /^Saved Kranich Mobility: now Tue,? (8 Dec|Dec 8),? 15:00/,
    )
    expect(savedText(kranich, { ...kranich, stage: 'thanked' })).toBe(
      'Saved Kranich Mobility, and moved it to Thanked.',
    )
  })
})
