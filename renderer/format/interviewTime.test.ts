import { describe, expect, it } from 'vitest'
import { formatInterviewTime, instantOf, userTimeZone } from './interviewTime'

describe('instantOf', () => {
  it('reads a wall-clock time in the interview’s zone, summer and winter', () => {
    expect(instantOf('2025-06-03', '14:00', 'Europe/Berlin')?.toISOString()).toBe('2025-06-03T12:00:00.000Z')
    expect(instantOf('2025-01-15', '14:00', 'Europe/Berlin')?.toISOString()).toBe('2025-01-15T13:00:00.000Z')
    expect(instantOf('2025-06-03', '09:30', 'America/New_York')?.toISOString()).toBe('2025-06-03T13:30:00.000Z')
  })

  it('settles on the right offset on the day the clocks change', () => {
    // Berlin moves to summer time at 02:00 on 30 March 2025; 03:30 that day is already UTC+2.
    expect(instantOf('2025-03-30', '03:30', 'Europe/Berlin')?.toISOString()).toBe('2025-03-30T01:30:00.000Z')
    expect(instantOf('2025-03-30', '01:30', 'Europe/Berlin')?.toISOString()).toBe('2025-03-30T00:30:00.000Z')
  })

  it('gives up on text that is not a date and time', () => {
    expect(instantOf('', '14:00', 'Europe/Berlin')).toBeNull()
    expect(instantOf('2025-06-03', '', 'Europe/Berlin')).toBeNull()
  })
})

describe('formatInterviewTime', () => {
  it('adds the interview’s own clock only when its zone is not the user’s', () => {
    const here = formatInterviewTime({ date: '2025-06-03', time: '14:00', timeZone: userTimeZone() })
    expect(here.inInterviewZone).toBeNull()
    // 24-hour in every locale, as every time in Debrief (the machine's en-US said "2:00 PM").
    expect(here.local).toMatch(/14:00$/)
    const elsewhere = userTimeZone() === 'Asia/Tokyo' ? 'Europe/Berlin' : 'Asia/Tokyo'
    expect(formatInterviewTime({ date: '2025-06-03', time: '14:00', timeZone: elsewhere }).inInterviewZone).toMatch(
      /\d/,
    )
  })

  it('names the interview’s clock by its city, as every other time on another clock, never "GMT-5"', () => {
    const zone = userTimeZone() === 'America/New_York' ? 'America/Los_Angeles' : 'America/New_York'
    const city = zone === 'America/New_York' ? 'New York' : 'Los Angeles'
    const other = formatInterviewTime({ date: '2025-01-15', time: '09:00', timeZone: zone }).inInterviewZone
    expect(other).toMatch(new RegExp(`09:00 in ${city}$`))
  })

  it('says the time alone on the interview’s clock when both clocks are on the same day', () => {
    // 17:00 in Tokyo is the same day in UTC or Berlin ("17:00 in Tokyo"), the day before in Honolulu (the date said).
    const sameDay = { date: '2025-01-15', time: '17:00', timeZone: 'Asia/Tokyo' }
    const here = userTimeZone()
    const tokyoDay = new Intl.DateTimeFormat('en-CA', { timeZone: here }).format(
      instantOf(sameDay.date, sameDay.time, sameDay.timeZone)!,
    )
    const text = formatInterviewTime(sameDay).inInterviewZone
    if (here === 'Asia/Tokyo') expect(text).toBeNull()
    else if (tokyoDay === '2025-01-15') expect(text).toBe('17:00 in Tokyo')
    else expect(text).toMatch(/15.*17:00 in Tokyo$/)
  })

  it('shows the year only for another year than the current one', () => {
    const now = new Date('2025-08-01T12:00:00Z')
    const interview = { date: '2025-06-03', time: '14:00', timeZone: 'UTC' }
    expect(formatInterviewTime(interview, now).local).not.toMatch(/2025/)
    expect(formatInterviewTime(interview, new Date('2026-02-01T12:00:00Z')).local).toMatch(/2025/)
  })
})
