import { describe, expect, it } from 'vitest'
import type { Preferences } from '../../../shared/domain/settings'
import { firstGoodCallWindowAfter, goodCallWindows } from '../../../shared/workflow/call-windows'
import { generateTasks } from '../../../shared/workflow/generate'
import { instantToWallTime, wallTimeToInstant } from '../../../shared/workflow/time-zone'
import { interview, only, preferences, sequentialIds } from './fixtures'

const NOW = new Date('2026-01-05T08:00:00Z')

function minutes(time: string): number {
  const [hours = 0, mins = 0] = time.split(':').map(Number)
  return hours * 60 + mins
}

describe('good call windows', () => {
  it('are 10:00–12:00 and 13:30–16:30 on a weekday with the default hours', () => {
    expect(goodCallWindows('2026-11-02', preferences())).toEqual([
      { start: '10:00', end: '12:00' },
      { start: '13:30', end: '16:30' },
    ])
  })

  it('do not exist on a weekend', () => {
    expect(goodCallWindows('2026-10-31', preferences())).toEqual([])
    expect(goodCallWindows('2026-11-01', preferences())).toEqual([])
  })

  it('follow the user’s working hours and lunch', () => {
    const custom = preferences({
      workingHours: { start: '08:00', end: '16:00' },
      lunch: { start: '12:30', end: '13:00' },
    })
    expect(goodCallWindows('2026-11-03', custom)).toEqual([
      { start: '09:00', end: '12:30' },
      { start: '13:00', end: '15:00' },
    ])
  })

  it('fall back to the working day outside lunch when it is too short to spare its first and last hour', () => {
    const short = preferences({ workingHours: { start: '09:00', end: '10:30' } })
    expect(goodCallWindows('2026-11-03', short)).toEqual([{ start: '09:00', end: '10:30' }])
  })

  it('after Friday evening, the first is Monday morning', () => {
    expect(firstGoodCallWindowAfter('2026-10-30T17:00', preferences())).toEqual({
      date: '2026-11-02',
      start: '10:00',
      end: '12:00',
    })
  })

  it('from inside a window, offer the rest of it from the next quarter hour; from lunch, the afternoon', () => {
    expect(firstGoodCallWindowAfter('2026-11-02T10:40', preferences())).toEqual({
      date: '2026-11-02',
      start: '10:45',
      end: '12:00',
    })
    expect(firstGoodCallWindowAfter('2026-11-02T10:45', preferences()).start).toBe('10:45')
    // 11:56: the next quarter hour, 12:00, is the window's end, so the afternoon's.
    expect(firstGoodCallWindowAfter('2026-11-02T11:56', preferences())).toMatchObject({ start: '13:30', end: '16:30' })
    // 11:30 leaves half an hour, worth a call; 11:38 the quarter hour before lunch, not (a walkthrough was offered 11:45–12:00).
    expect(firstGoodCallWindowAfter('2026-11-02T11:30', preferences())).toMatchObject({ start: '11:30', end: '12:00' })
    expect(firstGoodCallWindowAfter('2026-11-02T11:38', preferences())).toMatchObject({ start: '13:30', end: '16:30' })
    // At 16:05 the afternoon's last quarter hour gives way to tomorrow morning.
    expect(firstGoodCallWindowAfter('2026-11-02T16:05', preferences())).toEqual({
      date: '2026-11-03',
      start: '10:00',
      end: '12:00',
    })
    expect(firstGoodCallWindowAfter('2026-11-02T12:15', preferences())).toEqual({
      date: '2026-11-02',
      start: '13:30',
      end: '16:30',
    })
  })
})

describe('whole quarter hours', () => {
  it('cuts windows to quarter hours when the working day is not on them', () => {
    // 08:50–17:10, lunch 12:05–12:55: 09:50–12:05 and 12:55–16:10 on quarter hours.
    const odd = preferences({ workingHours: { start: '08:50', end: '17:10' }, lunch: { start: '12:05', end: '12:55' } })
    expect(goodCallWindows('2026-11-02', odd)).toEqual([
      { start: '10:00', end: '12:00' },
      { start: '13:00', end: '16:00' },
    ])
  })

  it('a Sydney window seen at 13:56 starts at 14:00, across the day Sydney changes its clocks', () => {
    // Sunday 2026-10-04 is the start of summer time in Sydney (UTC+11 from then): Monday 5th, 02:56 UTC is 13:56.
    const window = firstGoodCallWindowAfter(
      instantToWallTime(new Date('2026-10-05T02:56:00Z'), 'Australia/Sydney'),
      preferences(),
    )
    expect(window).toEqual({ date: '2026-10-05', start: '14:00', end: '16:30' })
  })

  it('every window of a year of days, from every minute sampled, starts and ends on a quarter hour', () => {
    const odd = preferences({ workingHours: { start: '08:07', end: '17:53' }, lunch: { start: '12:11', end: '13:02' } })
    for (let minute = 0; minute < 24 * 60; minute += 7) {
      const time = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`
      for (const settings of [preferences(), odd]) {
        const window = firstGoodCallWindowAfter(`2026-03-27T${time}`, settings)
        expect([window.start, window.end].every((end) => Number(end.slice(3)) % 15 === 0)).toBe(true)
      }
    }
  })
})

describe('the result inquiry, over every decision date of a year', () => {
  const preferenceSets: Preferences[] = [
    preferences(),
    preferences({ workingHours: { start: '08:00', end: '18:00' }, lunch: { start: '12:30', end: '13:15' } }),
    preferences({ workingHours: { start: '07:30', end: '15:00' }, lunch: { start: '11:00', end: '12:00' } }),
  ]
  const zones = ['Europe/Berlin', 'America/New_York']

  function firstWeekdayAfter(day: string): string {
    const date = new Date(`${day}T12:00:00Z`)
    do date.setUTCDate(date.getUTCDate() + 1)
    while (date.getUTCDay() === 0 || date.getUTCDay() === 6)
    return date.toISOString().slice(0, 10)
  }

  /** Why a due time breaks the rule, or nothing when it keeps it. */
  function problemsWith(due: string, expectedDate: string, prefs: Preferences, timeZone: string): string[] {
    const [dueDay = '', dueTime = ''] = due.split('T')
    const at = minutes(dueTime)
    const workStart = minutes(prefs.workingHours.start)
    const workEnd = minutes(prefs.workingHours.end)
    const weekday = new Date(`${dueDay}T12:00:00Z`).getUTCDay()
    const windows = goodCallWindows(dueDay, prefs)
    const checks: [boolean, string][] = [
      [dueDay === firstWeekdayAfter(expectedDate), 'not the first working day after the decision date'],
      [weekday !== 0 && weekday !== 6, 'on a weekend'],
      [at >= workStart + 60, 'in the first working hour'],
      [at < workEnd - 60, 'in the last working hour'],
      [at < minutes(prefs.lunch.start) || at >= minutes(prefs.lunch.end), 'at lunch'],
      [windows.some((window) => window.start <= dueTime && dueTime < window.end), 'outside the good windows'],
      [dueTime === windows[0]?.start, 'not the first window of the day'],
      [instantToWallTime(wallTimeToInstant(due, timeZone), timeZone) === due, 'a wall time the zone skips'],
    ]
    return checks.filter(([kept]) => !kept).map(([, problem]) => `${timeZone} ${expectedDate} → ${due}: ${problem}`)
  }

  it('is due in the first good window after the decision date: a weekday, not the first or last working hour, not lunch', () => {
    const problems: string[] = []
    let checked = 0
    for (const prefs of preferenceSets) {
      for (const timeZone of zones) {
        const base = interview({ date: '2025-12-15', timeZone })
        for (let day = 0; day < 365; day++) {
          const expectedDate = new Date(Date.UTC(2026, 0, 1 + day)).toISOString().slice(0, 10)
          const subject = { ...base, decision: { ...base.decision, expectedDate, channel: 'phone' as const } }
          const tasks = generateTasks(subject, prefs, { newId: sequentialIds(), now: NOW })
          const { due } = only(tasks.filter((task) => task.kind === 'inquire-result'))
          problems.push(...problemsWith(due, expectedDate, prefs, timeZone))
          checked++
        }
      }
    }
    expect(problems).toEqual([])
    expect(checked).toBe(3 * 2 * 365)
  })
})
