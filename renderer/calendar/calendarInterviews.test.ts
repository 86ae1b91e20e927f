import { describe, expect, it } from 'vitest'
import { countdown, groupCalendarInterviews } from './calendarInterviews'

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
