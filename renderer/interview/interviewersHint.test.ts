import { describe, expect, it } from 'vitest'
import { interviewersHint } from './interviewersHint'

const NOW = new Date('2026-12-05T09:00:00Z')
const BERLIN = 'Europe/Berlin'

describe('interviewersHint', () => {
  it('asks for who will interview the user when the interview is still to come (it said "interviewed you")', () => {
    expect(interviewersHint({ date: '2026-12-12', time: '10:00', timeZone: BERLIN }, 1, NOW)).toBe(
      'Add each person who will interview you, with what is on their business card.',
    )
    // Later today, on the interview's own clock (10:00 in Berlin is 09:00 UTC: just begun).
    expect(interviewersHint({ date: '2026-12-05', time: '11:00', timeZone: BERLIN }, 1, NOW)).toMatch(
      /who will interview/,
    )
    expect(interviewersHint({ date: '2026-12-05', time: '10:00', timeZone: BERLIN }, 1, NOW)).toMatch(/who interviewed/)
  })

  it('asks for who interviewed the user once it has taken place, or while the date or zone is not whole', () => {
    expect(interviewersHint({ date: '2026-12-01', time: '10:00', timeZone: BERLIN }, 2, NOW)).toBe(
      'Add each person who interviewed you, with what is on their business card.',
    )
    expect(interviewersHint({ date: '2026-12-', time: '10:00', timeZone: BERLIN }, 1, NOW)).toMatch(/who interviewed/)
    expect(interviewersHint({ date: '2026-12-12', time: '10:00', timeZone: 'Europe/Ber' }, 1, NOW)).toMatch(
      /who interviewed/,
    )
  })

  it('asks for who will interview the user in a later round whose date is not set yet (it said "interviewed you")', () => {
    expect(interviewersHint({ date: '', time: '', timeZone: BERLIN }, 2, NOW)).toBe(
      'Add each person who will interview you, with what is on their business card.',
    )
    expect(interviewersHint({ date: '', time: '', timeZone: BERLIN }, 1, NOW)).toMatch(/who interviewed/)
  })
})
