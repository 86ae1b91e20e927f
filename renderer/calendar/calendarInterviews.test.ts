import { describe, expect, it } from 'vitest'
import type { Interview } from '../../shared/domain/interview'
import { countdown, groupCalendarInterviews, startsWhen, upcomingMayChange } from './calendarInterviews'

const now = new Date('2026-10-20T12:00:00Z')
const at = (hours: number) => new Date(now.getTime() + hours * 3_600_000).toISOString()
const entry = (id: string, startHours: number, cancelled = false) => ({
  interviewId: id,
  start: at(startHours),
  end: at(startHours + 1),
  cancelled,
})

describe('the Calendar view’s interviews', () => {
  it('asks about the recently ended, counts down to the upcoming and lists the cancelled', () => {
    const groups = groupCalendarInterviews(
      [
        entry('long-ago', -24 * 5),
        entry('earlier', -5),
        entry('just', -2),
        entry('now', -0.5),
        entry('next', 3),
        entry('off', 5, true),
        entry('gone', 1),
      ],
      now,
      (id) => id !== 'gone',
    )
    expect(groups.justEnded.map((each) => each.interviewId)).toEqual(['just', 'earlier'])
    expect(groups.upcoming.map((each) => each.interviewId)).toEqual(['next'])
    expect(groups.cancelled.map((each) => each.interviewId)).toEqual(['off'])
  })

  it.each([
    [0.2, 'in 12 min'],
    [3, 'in 3 h'],
    [5 + 20 / 60, 'in 5 h 20 min'],
    [30, 'in 1 day'],
    [24 * 3, 'in 3 days'],
    [-1, 'now'],
  ])('counts down %s hours as “%s”', (hours, text) => {
    expect(countdown(new Date(at(hours)), now)).toBe(text)
  })
})

describe('when an upcoming interview starts, in Today', () => {
  const clock = { locale: 'en-GB', timeZone: 'Europe/Berlin' }
  // 12:00 UTC is 14:00 in Berlin on Tuesday 20 October.
  it('counts down while it is today, then says tomorrow, then the day and date on the user’s clock', () => {
    expect(startsWhen(new Date('2026-10-20T14:10:00Z'), now, clock)).toBe('in 2 h 10 min')
    expect(startsWhen(new Date('2026-10-20T21:30:00Z'), now, clock)).toBe('in 9 h 30 min')
    expect(startsWhen(new Date('2026-10-21T08:00:00Z'), now, clock)).toBe('tomorrow 10:00')
    // 22:30 UTC is 00:30 in Berlin on Wednesday: tomorrow there, though the same day in UTC.
    expect(startsWhen(new Date('2026-10-20T22:30:00Z'), now, clock)).toBe('tomorrow 00:30')
    // The day and date, as the card and the record say it: "Friday 10:00" read otherwise (a walkthrough).
    expect(startsWhen(new Date('2026-10-23T08:00:00Z'), now, clock)).toBe('Fri 23 Oct, 10:00')
    expect(startsWhen(new Date('2026-11-21T09:00:00Z'), now, clock)).toBe('Sat 21 Nov, 10:00')
    expect(startsWhen(new Date('2031-06-15T12:30:00Z'), now, clock)).toBe('Sun, 15 Jun 2031, 14:30')
  })

  it('says tomorrow for the next calendar day, also on the eve of a 23-hour day', () => {
    // 23:30 in Berlin on Saturday 27 March 2027; clocks go forward that night, so 24 hours on is Monday.
    const eve = new Date('2027-03-27T22:30:00Z')
    expect(startsWhen(new Date('2027-03-28T08:00:00Z'), eve, clock)).toBe('tomorrow 10:00')
  })
})

describe('Today’s Upcoming is read again', () => {
  const shown = [
    { interviewId: 'a', company: 'Acme', role: 'QA', round: 2, start: '2026-10-21T08:00:00.000Z', timeZone: 'UTC' },
  ]
  const changed = (id: string, date: string, time = '10:00', extra: Partial<Interview> = {}) => ({
    topic: 'interviews' as const,
    ids: [id],
    interviews: [
      {
        id,
        date,
        time,
        timeZone: 'UTC',
        archived: false,
        company: 'Acme',
        role: 'QA',
        round: 2,
        ...extra,
      } as Interview,
    ],
  })

  it('after a calendar read, a change to a listed interview, or one that now starts soon enough to be listed', () => {
    expect(upcomingMayChange({ topic: 'calendar' }, shown, 5, now)).toBe(true)
    expect(upcomingMayChange(changed('a', '2026-10-25'), shown, 5, now)).toBe(true)
    expect(upcomingMayChange(changed('a', '2026-10-21', '08:00', { round: 3 }), shown, 5, now)).toBe(true)
    expect(upcomingMayChange(changed('a', '2026-10-21', '08:00', { archived: true }), shown, 5, now)).toBe(true)
    expect(upcomingMayChange(changed('b', '2026-10-30'), shown, 5, now)).toBe(true)
    expect(upcomingMayChange(changed('b', '2026-10-20', '11:00'), shown, 1, now)).toBe(false)
  })

  it('not after a follow-up ticked off, on a listed or a past interview, nor for one later than a full list', () => {
    expect(upcomingMayChange(changed('a', '2026-10-21', '08:00'), shown, 5, now)).toBe(false)
    expect(upcomingMayChange(changed('b', '2026-10-19'), shown, 5, now)).toBe(false)
    expect(upcomingMayChange(changed('b', '2026-10-30'), shown, 1, now)).toBe(false)
    expect(upcomingMayChange({ topic: 'notes', id: 'a', revision: 'r' } as never, shown, 5, now)).toBe(false)
  })
})
