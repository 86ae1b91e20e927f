import { describe, expect, it } from 'vitest'
import { instantToWallTime, wallTimeToInstant } from '../../../shared/workflow/time-zone'

describe('wall-clock times and instants', () => {
  it.each([
    ['Europe/Berlin', '2026-07-01T10:00', '2026-07-01T08:00:00.000Z'],
    ['Europe/Berlin', '2026-12-01T10:00', '2026-12-01T09:00:00.000Z'],
    ['America/New_York', '2026-07-01T10:00', '2026-07-01T14:00:00.000Z'],
    ['America/New_York', '2026-12-01T10:00', '2026-12-01T15:00:00.000Z'],
  ])('in %s, %s is %s', (zone, wall, iso) => {
    expect(wallTimeToInstant(wall, zone).toISOString()).toBe(iso)
    expect(instantToWallTime(new Date(iso), zone)).toBe(wall)
  })

  it('keeps a 17:30 due time at 17:30 on the wall clock on both sides of the Berlin switch', () => {
    expect(wallTimeToInstant('2026-10-23T17:30', 'Europe/Berlin').toISOString()).toBe('2026-10-23T15:30:00.000Z')
    expect(wallTimeToInstant('2026-10-28T17:30', 'Europe/Berlin').toISOString()).toBe('2026-10-28T16:30:00.000Z')
  })

  it.each([
    ['Europe/Berlin', '2026-03-29T02:30', '2026-03-29T01:00:00.000Z', '2026-03-29T03:00'],
    ['Europe/Berlin', '2026-03-29T02:00', '2026-03-29T01:00:00.000Z', '2026-03-29T03:00'],
    ['America/New_York', '2026-03-08T02:59', '2026-03-08T07:00:00.000Z', '2026-03-08T03:00'],
  ])('in %s, %s falls in the spring-forward gap and moves to the first valid minute', (zone, wall, iso, shown) => {
    const instant = wallTimeToInstant(wall, zone)
    expect(instant.toISOString()).toBe(iso)
    expect(instantToWallTime(instant, zone)).toBe(shown)
  })

  it.each([
    ['Europe/Berlin', '2026-10-25T02:30', '2026-10-25T00:30:00.000Z'],
    ['America/New_York', '2026-11-01T01:30', '2026-11-01T05:30:00.000Z'],
  ])('in %s, %s happens twice and means the first occurrence', (zone, wall, iso) => {
    expect(wallTimeToInstant(wall, zone).toISOString()).toBe(iso)
  })

  it('round-trips every quarter hour around both 2026 changes in both zones, except the skipped hour', () => {
    const days = [
      ['Europe/Berlin', '2026-03-28', '2026-03-29T02:'],
      ['Europe/Berlin', '2026-10-24', null],
      ['America/New_York', '2026-03-07', '2026-03-08T02:'],
      ['America/New_York', '2026-10-31', null],
    ] as const
    for (const [zone, firstDay, skippedHour] of days) {
      const start = Date.parse(`${firstDay}T00:00:00Z`)
      for (let minutes = 0; minutes < 3 * 24 * 60; minutes += 15) {
        const wall = new Date(start + minutes * 60_000).toISOString().slice(0, 16)
        if (skippedHour && wall.startsWith(skippedHour)) continue
        expect(instantToWallTime(wallTimeToInstant(wall, zone), zone)).toBe(wall)
      }
    }
  })

  it('reads seconds when a stored wall time has them', () => {
    expect(wallTimeToInstant('2026-07-01T10:00:30', 'Europe/Berlin').toISOString()).toBe('2026-07-01T08:00:30.000Z')
  })

  it('names an unknown zone in its error', () => {
    expect(() => wallTimeToInstant('2026-07-01T10:00', 'Mars/Olympus')).toThrow(/Unknown time zone "Mars\/Olympus"/)
    expect(() => instantToWallTime(new Date(0), 'Mars/Olympus')).toThrow(/Unknown time zone/)
  })

  it('rejects text that is not a wall time', () => {
    expect(() => wallTimeToInstant('tomorrow', 'Europe/Berlin')).toThrow(/not a local date-time/)
  })
})
