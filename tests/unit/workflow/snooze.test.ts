import { describe, expect, it } from 'vitest'
import type { FollowUpTask } from '../../../shared/domain/interview'
import {
  canSnooze,
  checkPickedSnooze,
  checkPickedSnoozeYourTime,
  snoozeForAnHour,
  snoozeUntilNextMorning,
  snoozeUntilNextMorningYourTime,
} from '../../../shared/workflow/snooze'
import { wallTimeToInstant } from '../../../shared/workflow/time-zone'

const BERLIN = 'Europe/Berlin'
const NEW_YORK = 'America/New_York'

function task(due: string, extra: Partial<FollowUpTask> = {}): FollowUpTask {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    kind: 'inquire-result',
    title: 'Email Acme to ask about the result',
    due,
    status: 'open',
    ...extra,
  }
}

describe('snoozing for an hour', () => {
  it('is an hour from now on the interview’s clock, rounded up to a whole minute', () => {
    expect(snoozeForAnHour(new Date('2025-03-10T13:00:00Z'), BERLIN)).toBe('2025-03-10T15:00')
    expect(snoozeForAnHour(new Date('2025-03-10T13:00:20Z'), BERLIN)).toBe('2025-03-10T15:01')
    expect(snoozeForAnHour(new Date('2025-03-10T13:00:00Z'), NEW_YORK)).toBe('2025-03-10T10:00')
  })

  it('lands after the skipped hour when clocks spring forward', () => {
    // 01:30 CET; an hour later the clocks read 03:30 CEST.
    expect(snoozeForAnHour(new Date('2025-03-30T00:30:00Z'), BERLIN)).toBe('2025-03-30T03:30')
  })

  it('never comes back early in the hour repeated when clocks fall back', () => {
    // 02:30 CEST, the first time round; an hour later is 02:30 CET, which reads as the first 02:30 again.
    const now = new Date('2025-10-26T00:30:00Z')
    const until = snoozeForAnHour(now, BERLIN)
    expect(until).toBe('2025-10-26T03:00')
    expect(wallTimeToInstant(until, BERLIN).getTime()).toBeGreaterThanOrEqual(now.getTime() + 3_600_000)
  })
})

describe('snoozing until the next morning', () => {
  it('is this morning while the working day is more than an hour away, else tomorrow morning', () => {
    // 02:40 in Berlin: the morning ahead, not the one after.
    expect(snoozeUntilNextMorning(new Date('2026-12-03T01:40:00Z'), BERLIN, '09:00', true)).toEqual({
      until: '2026-12-03T09:00',
      label: 'This morning',
    })
    // 08:20: "For 1 hour" goes past 09:00 already, so the choice is tomorrow's.
    expect(snoozeUntilNextMorning(new Date('2026-12-03T07:20:00Z'), BERLIN, '09:00', true)).toEqual({
      until: '2026-12-04T09:00',
      label: 'Tomorrow morning',
    })
    // 09:00 sharp has begun: tomorrow.
    expect(snoozeUntilNextMorning(new Date('2026-12-03T08:00:00Z'), BERLIN, '09:00', true)).toEqual({
      until: '2026-12-04T09:00',
      label: 'Tomorrow morning',
    })
  })

  it('is the morning ahead on the clock given', () => {
    // 23:30 UTC on Monday the 10th: already 00:30 on Tuesday in Berlin, still 19:30 on Monday in New York.
    const now = new Date('2025-03-10T23:30:00Z')
    expect(snoozeUntilNextMorning(now, BERLIN, '08:30', true)).toEqual({
      until: '2025-03-11T08:30',
      label: 'This morning',
    })
    expect(snoozeUntilNextMorning(now, NEW_YORK, '09:00', true)).toEqual({
      until: '2025-03-11T09:00',
      label: 'Tomorrow morning',
    })
  })

  it('passes over a weekend with business days: Saturday\'s "Tomorrow morning" was Sunday 09:00', () => {
    // Saturday 5 December 2026, 14:00 in Berlin.
    const saturday = new Date('2026-12-05T13:00:00Z')
    expect(snoozeUntilNextMorning(saturday, BERLIN, '09:00', true)).toEqual({
      until: '2026-12-07T09:00',
      label: 'Monday morning',
    })
    // Early on a Saturday, not "This morning" either.
    expect(snoozeUntilNextMorning(new Date('2026-12-05T01:40:00Z'), BERLIN, '09:00', true).label).toBe('Monday morning')
    // Friday afternoon: Monday too.
    expect(snoozeUntilNextMorning(new Date('2026-12-04T15:00:00Z'), BERLIN, '09:00', true).until).toBe(
      '2026-12-07T09:00',
    )
    // Without business days, the weekend counts.
    expect(snoozeUntilNextMorning(saturday, BERLIN, '09:00', false)).toEqual({
      until: '2026-12-06T09:00',
      label: 'Tomorrow morning',
    })
  })
})

describe('a time the user picks', () => {
  const now = new Date('2025-03-10T13:00:00Z') // 14:00 in Berlin, 09:00 in New York

  it('is accepted when it is still to come on the interview’s clock', () => {
    expect(checkPickedSnooze('2025-03-10T14:30', now, BERLIN)).toEqual({ ok: true, until: '2025-03-10T14:30' })
    expect(checkPickedSnooze('2025-03-10T10:00', now, NEW_YORK)).toEqual({ ok: true, until: '2025-03-10T10:00' })
    expect(checkPickedSnooze('2025-03-11T09:00:00', now, BERLIN)).toEqual({ ok: true, until: '2025-03-11T09:00' })
  })

  it('is refused when it has passed, saying what time it is now', () => {
    expect(checkPickedSnooze('2025-03-10T10:00', now, BERLIN)).toEqual({
      ok: false,
      message: 'That time has passed. Pick a time after 2025-03-10 14:00.',
    })
    expect(checkPickedSnooze('2025-03-10T14:00', now, BERLIN).ok).toBe(false)
    expect(checkPickedSnooze('2024-12-31T23:00', now, NEW_YORK).ok).toBe(false)
  })

  it('is refused when empty or not a real date and time', () => {
    expect(checkPickedSnooze('  ', now, BERLIN)).toEqual({
      ok: false,
      message: 'Choose the date and time to snooze until.',
    })
    for (const value of ['2025-02-30T10:00', '2025-03-10T24:00', 'tomorrow', '2025-03-10']) {
      expect(checkPickedSnooze(value, now, BERLIN)).toEqual({
        ok: false,
        message: 'Enter a real date and time, such as 2025-03-10 14:00.',
      })
    }
  })
})

describe('which tasks can be snoozed', () => {
  const now = new Date('2025-03-10T13:00:00Z') // 14:00 in Berlin

  it('is the open ones that are due now, a snooze counting as the due time', () => {
    expect(canSnooze(task('2025-03-10T14:00'), now, BERLIN)).toBe(true)
    expect(canSnooze(task('2025-03-08T09:00'), now, BERLIN)).toBe(true)
    expect(canSnooze(task('2025-03-10T14:01'), now, BERLIN)).toBe(false)
    expect(canSnooze(task('2025-03-08T09:00', { snoozedUntil: '2025-03-10T15:00' }), now, BERLIN)).toBe(false)
    expect(canSnooze(task('2025-03-08T09:00', { status: 'done' }), now, BERLIN)).toBe(false)
    // 14:00 on New York's clock is still five hours away.
    expect(canSnooze(task('2025-03-10T14:00'), now, NEW_YORK)).toBe(false)
  })
})

describe("snoozing on the user's own clock", () => {
  const LA = 'America/Los_Angeles'

  it('"Tomorrow morning" is tomorrow 09:00 in Los Angeles, stored as that moment on Berlin\'s clock', () => {
    // Friday 2026-10-30, 20:00 in Los Angeles (UTC-7); Berlin has been on UTC+1 since Sunday 25th.
    const morning = snoozeUntilNextMorningYourTime(new Date('2026-10-31T03:00:00Z'), LA, BERLIN, '09:00', false)
    // Saturday 31st, 09:00 PDT is 16:00 UTC, 17:00 in Berlin.
    expect(morning).toEqual({ until: '2026-10-31T17:00', label: 'Tomorrow morning' })
  })

  it("a picked time is read on the user's clock; one already past on it is refused", () => {
    const now = new Date('2026-11-30T09:00:00Z') // 01:00 in Los Angeles, 10:00 in Berlin
    expect(checkPickedSnoozeYourTime('2026-11-30T08:30', now, LA, BERLIN)).toEqual({
      ok: true,
      until: '2026-11-30T17:30',
    })
    expect(checkPickedSnoozeYourTime('2026-11-30T00:30', now, LA, BERLIN)).toEqual({
      ok: false,
      message: 'That time has passed. Pick a time after 2026-11-30 01:00.',
    })
  })
})
