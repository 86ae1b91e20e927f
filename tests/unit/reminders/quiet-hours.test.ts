import { describe, expect, it } from 'vitest'
import { quietHoursEnd } from '../../../electron/host/follow-ups/reminders/quiet-hours'

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
