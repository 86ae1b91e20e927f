import { describe, expect, it } from 'vitest'
import { replyDeadline } from '../../../shared/workflow/due-times'
import { preferences } from './fixtures'

/**
 * "Reply quickly" after an offer or a next round: two working hours (09:00–17:30 by default), or the
 * start of the next working day when the news comes outside them. Berlin leaves summer time on Sunday
 * 2026-10-25, New York on Sunday 2026-11-01.
 */
const prefs = preferences()

function due(utc: string, zone = 'Europe/Berlin', settings = prefs): string {
  return replyDeadline(new Date(utc), zone, settings)
}

describe('the reply deadline', () => {
  it('is two hours later inside the working day', () => {
    // Monday 2026-11-02, 10:15 in Berlin (UTC+1).
    expect(due('2026-11-02T09:15:00Z')).toBe('2026-11-02T12:15')
  })

  it('carries what is left of the two hours over to the next working day', () => {
    // Monday 16:45 in Berlin: 45 minutes today, 75 tomorrow from 09:00.
    expect(due('2026-11-02T15:45:00Z')).toBe('2026-11-03T10:15')
  })

  it('is at the start of the working day for news at night, never two hours into the night', () => {
    // Monday 02:52 in Berlin: the card moved to Offer at night.
    expect(due('2026-11-02T01:52:00Z')).toBe('2026-11-02T09:00')
  })

  it('is at the start of the next working day for news in the evening, and after a weekend on Monday', () => {
    // Monday 19:00 in Berlin.
    expect(due('2026-11-02T18:00:00Z')).toBe('2026-11-03T09:00')
    // Friday 2026-11-06, 18:00, and Saturday 11:00, in Berlin.
    expect(due('2026-11-06T17:00:00Z')).toBe('2026-11-09T09:00')
    expect(due('2026-11-07T10:00:00Z')).toBe('2026-11-09T09:00')
  })

  it('spans the weekend the clocks go back in Berlin on the wall clock', () => {
    // Friday 2026-10-23, 17:00 CEST (UTC+2): 30 minutes on Friday, 90 on Monday 26th (CET).
    expect(due('2026-10-23T15:00:00Z')).toBe('2026-10-26T10:30')
    // Saturday 24th 23:30 CEST, the night before the change: Monday's start.
    expect(due('2026-10-24T21:30:00Z')).toBe('2026-10-26T09:00')
  })

  it('reads the news in the interview zone: late evening in New York as the clocks go back', () => {
    // Saturday 2026-10-31, 23:00 EDT (UTC-4) is Sunday 04:00 in UTC: Monday's start in New York.
    expect(due('2026-11-01T03:00:00Z', 'America/New_York')).toBe('2026-11-02T09:00')
    // Monday 2026-11-02, 16:00 EST (UTC-5): 90 minutes today, 30 on Tuesday.
    expect(due('2026-11-02T21:00:00Z', 'America/New_York')).toBe('2026-11-03T09:30')
  })

  it('follows the working hours and the number of hours set in Settings', () => {
    const settings = preferences({
      workingHours: { start: '08:00', end: '16:00' },
      lunch: { start: '12:00', end: '12:30' },
      replyWithinHours: 4,
    })
    // Monday 13:00 in Berlin: three hours today, one on Tuesday.
    expect(due('2026-11-02T12:00:00Z', 'Europe/Berlin', settings)).toBe('2026-11-03T09:00')
    // Monday 07:30: before the day starts, so its start.
    expect(due('2026-11-02T06:30:00Z', 'Europe/Berlin', settings)).toBe('2026-11-02T08:00')
  })
})
