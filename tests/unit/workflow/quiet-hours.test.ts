import { describe, expect, it } from 'vitest'
import { outsideQuietHours, quietHoursEnd } from '../../../shared/workflow/quiet-hours'

/** June in Berlin is UTC+2. */
function endAt(quiet: { start: string; end: string } | undefined, iso: string): string | undefined {
  return quietHoursEnd(quiet, new Date(iso), 'Europe/Berlin')?.toISOString()
}

describe('quiet hours in the user’s zone', () => {
  const night = { start: '22:00', end: '08:00' }

  it('run overnight when they start after they end', () => {
    expect(endAt(night, '2026-06-10T20:30:00Z')).toBe('2026-06-11T06:00:00.000Z') // 22:30, ends tomorrow 08:00
    expect(endAt(night, '2026-06-11T03:00:00Z')).toBe('2026-06-11T06:00:00.000Z') // 05:00, ends today 08:00
    expect(endAt(night, '2026-06-11T06:00:00Z')).toBeUndefined() // 08:00: over
    expect(endAt(night, '2026-06-10T19:59:00Z')).toBeUndefined() // 21:59: not yet
  })

  it('can be a stretch within one day, and are off when absent or empty', () => {
    const lunch = { start: '12:00', end: '13:00' }
    expect(endAt(lunch, '2026-06-10T10:15:00Z')).toBe('2026-06-10T11:00:00.000Z')
    expect(endAt(lunch, '2026-06-10T11:00:00Z')).toBeUndefined()
    expect(endAt(undefined, '2026-06-10T23:00:00Z')).toBeUndefined()
    expect(endAt({ start: '08:00', end: '08:00' }, '2026-06-10T06:00:00Z')).toBeUndefined()
  })
})

describe('a due time out of the user’s quiet hours', () => {
  const night = { start: '22:00', end: '07:00' }

  it('goes to a quarter hour before they begin, or when that comes too soon, to their end', () => {
    expect(outsideQuietHours('2026-06-10T23:59', 'Europe/Berlin', 'Europe/Berlin', night, '2026-06-10T18:00')).toBe(
      '2026-06-10T21:45',
    )
    expect(outsideQuietHours('2026-06-11T03:00', 'Europe/Berlin', 'Europe/Berlin', night, '2026-06-10T18:00')).toBe(
      '2026-06-10T21:45',
    )
    expect(outsideQuietHours('2026-06-10T23:59', 'Europe/Berlin', 'Europe/Berlin', night, '2026-06-10T22:30')).toBe(
      '2026-06-11T07:00',
    )
    // Outside them, or with none, it stays.
    expect(outsideQuietHours('2026-06-10T21:00', 'Europe/Berlin', 'Europe/Berlin', night, '2026-06-10T18:00')).toBe(
      '2026-06-10T21:00',
    )
    expect(outsideQuietHours('2026-06-10T23:59', 'Europe/Berlin', 'Europe/Berlin', null, '2026-06-10T18:00')).toBe(
      '2026-06-10T23:59',
    )
  })

  it('reads the quiet hours on the user’s clock and answers on the interview’s', () => {
    // 17:30 in New York is 23:30 in Berlin (summer): 21:45 in Berlin is 15:45 in New York.
    expect(outsideQuietHours('2026-06-10T17:30', 'America/New_York', 'Europe/Berlin', night, '2026-06-10T10:30')).toBe(
      '2026-06-10T15:45',
    )
  })
})
