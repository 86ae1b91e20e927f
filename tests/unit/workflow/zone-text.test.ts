import { describe, expect, it } from 'vitest'
import { cityOfZone, searchTimeZones, timeZoneOptions, zoneForName } from '../../../shared/domain/time-zones'
import { timeZoneSchema } from '../../../shared/domain/fields'
import { reminderNotification } from '../../../shared/workflow/reminder-text'
import { DEFAULT_PREFERENCES } from '../../../shared/domain/settings'
import { callWindowInZones, userClockFirst, fromUserClock, sameClock } from '../../../shared/workflow/zone-text'
import { interview as reminderInterview, inquiry } from '../reminders/support'

/**
 * Times shown in both zones. Berlin is UTC+1 in winter, UTC+2 in summer; Los Angeles UTC-8 / UTC-7.
 * Europe changes its clocks on 2026-03-29 and 2026-10-25, the US on 2026-03-08 and 2026-11-01: in the
 * weeks between, the two are 8 hours apart instead of 9.
 */
const BERLIN = 'Europe/Berlin'
const LOS_ANGELES = 'America/Los_Angeles'

describe('a call window in both zones', () => {
  it("reads as the issue asks: the interview city first, then the user's clock", () => {
    // Monday 2026-11-30: Berlin UTC+1, Los Angeles UTC-8.
    expect(callWindowInZones({ date: '2026-11-30', start: '10:00', end: '12:00' }, BERLIN, LOS_ANGELES)).toBe(
      '10:00–12:00 in Berlin · 01:00–03:00 your time',
    )
  })

  it("follows each zone's own DST change: 8 hours apart in the week only the US has changed", () => {
    // Wednesday 2026-10-28: Berlin back on UTC+1, Los Angeles still UTC-7.
    expect(callWindowInZones({ date: '2026-10-28', start: '10:00', end: '12:00' }, BERLIN, LOS_ANGELES)).toBe(
      '10:00–12:00 in Berlin · 02:00–04:00 your time',
    )
  })

  it("names the user's day when it is not the interview's", () => {
    // Sydney (UTC+11 in December) 10:00 is 15:00 the day before in Los Angeles.
    expect(
      callWindowInZones({ date: '2026-12-01', start: '10:00', end: '12:00' }, 'Australia/Sydney', LOS_ANGELES),
    ).toBe('10:00–12:00 in Sydney · 15:00–17:00 Mon, Nov 30 your time')
  })

  it('is the time alone on the same clock, and for another zone with the same offset then', () => {
    expect(callWindowInZones({ date: '2026-11-30', start: '10:00', end: '12:00' }, BERLIN, BERLIN)).toBe('10:00–12:00')
    expect(sameClock('2026-11-30T10:00', BERLIN, 'Europe/Paris')).toBe(true)
    expect(sameClock('2026-11-30T10:00', BERLIN, 'Europe/London')).toBe(false)
  })

  it('a reminder to call gives the window on both clocks', () => {
    const acme = reminderInterview({ decision: { expectedDate: '2026-11-27', channel: 'phone' } })
    const due = { interview: acme, task: inquiry('2026-11-30T10:00') }
    // Monday 2026-11-30, 08:00 in Berlin, 23:00 the evening before in Los Angeles.
    const note = reminderNotification([due], new Date('2026-11-30T07:00:00Z'), DEFAULT_PREFERENCES, LOS_ANGELES)
    expect(note.body).toMatch(/Good time to call: 10:00–12:00 in Berlin · 01:00–03:00 your time\.$/)
  })
})

describe('a due time in both zones', () => {
  it("gives the day and the user's time first, then the time in the interview city", () => {
    // "due Tue 1 Dec, 01:00 in New York · 07:00 your time" read as the middle of the night (a walkthrough).
    expect(userClockFirst('2026-11-30T10:00', BERLIN, LOS_ANGELES)).toBe(
      'Mon, Nov 30, 01:00 your time · 10:00 in Berlin',
    )
    expect(userClockFirst('2026-11-30T08:00', BERLIN, LOS_ANGELES)).toBe(
      'Sun, Nov 29, 23:00 your time · Mon, Nov 30, 08:00 in Berlin',
    )
    expect(userClockFirst('2026-11-30T08:00', BERLIN, BERLIN)).toBe('Mon, Nov 30, 08:00')
  })

  it("takes a time the user picks on their own clock to the interview's, across the spring change in Berlin", () => {
    // Sunday 2026-03-29 in Los Angeles, 18:00 (UTC-7) is Monday 03:00 CEST in Berlin (UTC+2, since that night).
    expect(fromUserClock('2026-03-29T18:00', LOS_ANGELES, BERLIN)).toBe('2026-03-30T03:00')
  })
})

describe('the time-zone list', () => {
  it('finds a zone by its city, by a city on the same clock and by its id, without accents or case', () => {
    expect(searchTimeZones('New York')[0]?.zone).toBe('America/New_York')
    expect(searchTimeZones('munich')[0]?.zone).toBe('Europe/Berlin')
    expect(searchTimeZones('san francisco')[0]?.zone).toBe(LOS_ANGELES)
    expect(searchTimeZones('zurich')[0]?.zone).toBe('Europe/Zurich')
    expect(searchTimeZones('sao paulo')[0]?.zone).toBe('America/Sao_Paulo')
    expect(searchTimeZones('Europe/Ber')[0]?.zone).toBe(BERLIN)
    expect(searchTimeZones('bangalore')[0]?.zone).toBe('Asia/Kolkata')
  })

  it('lists every zone of the runtime once, under its current name, with its city', () => {
    const options = timeZoneOptions()
    const zones = options.map((option) => option.zone)
    expect(new Set(zones).size).toBe(zones.length)
    expect(zones).toContain('Asia/Kolkata')
    expect(zones).not.toContain('Asia/Calcutta')
    expect(zones).toContain('Europe/Kyiv')
    expect(options.length).toBeGreaterThan(300)
    expect(cityOfZone('America/Argentina/Buenos_Aires')).toBe('Buenos Aires')
    for (const zone of zones) expect(timeZoneSchema.safeParse(zone).success).toBe(true)
  })

  it('the time-zone field takes a city typed in full as its zone, and refuses what is neither', () => {
    expect(timeZoneSchema.parse('New York')).toBe('America/New_York')
    expect(timeZoneSchema.parse(' munich ')).toBe(BERLIN)
    expect(timeZoneSchema.parse(BERLIN)).toBe(BERLIN)
    expect(zoneForName('Atlantis')).toBeUndefined()
    expect(timeZoneSchema.safeParse('Atlantis').error?.issues[0]?.message).toBe(
      'Must be a time zone or a city, such as Europe/Berlin or New York',
    )
  })
})
