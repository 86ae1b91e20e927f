import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { earlierRounds, preparationTime, quietStretchAround, sameCompany } from '../../../shared/calendar/preparation'
import { debriefPromptTask, prepareTasks, promptName } from '../../../shared/calendar/prompt'

function interview(company: string, round: number, date: string, time = '10:00', timeZone = 'Europe/Berlin') {
  return { id: randomUUID(), company, round, date, time, timeZone }
}

describe('the earlier rounds of a next interview', () => {
  const next = interview('Acme', 3, '2026-11-10', '09:00')

  it('are the interviews at the same company that started before it, oldest first, however the name was typed', () => {
    const first = interview('acme ', 1, '2026-10-01')
    const second = interview('ACME', 2, '2026-10-20')
    const elsewhere = interview('Globex', 1, '2026-10-05')
    const later = interview('Acme', 4, '2026-11-20')
    expect(earlierRounds(next, [later, second, next, elsewhere, first]).map((each) => each.id)).toEqual([
      first.id,
      second.id,
    ])
    expect(sameCompany('Acme  Corp', ' acme corp')).toBe(true)
    expect(sameCompany('Acme', 'Acme Corp')).toBe(false)
  })

  it('are ordered by when they happened, on their own clocks, not by the round number typed', () => {
    // 08:30 in New York on 10 Nov is 14:30 in Berlin: after the 09:00 Berlin interview.
    const sameDayLater = interview('Acme', 1, '2026-11-10', '08:30', 'America/New_York')
    // 08:30 in Berlin the same morning: before it, though typed as round 5.
    const sameDayEarlier = interview('Acme', 5, '2026-11-10', '08:30')
    expect(earlierRounds(next, [sameDayLater, sameDayEarlier]).map((each) => each.id)).toEqual([sameDayEarlier.id])
  })
})

describe('quiet hours and preparation reminders', () => {
  const quiet = { start: '22:00', end: '07:00' }
  const zone = 'Europe/Berlin'

  it('finds the overnight stretch around a moment, on the user’s clock', () => {
    // 05:30 UTC is 06:30 in Berlin in winter: inside the stretch that began at 22:00 the day before.
    expect(quietStretchAround(quiet, new Date('2026-11-10T05:30:00Z'), zone)).toEqual({
      start: new Date('2026-11-09T21:00:00Z'),
      end: new Date('2026-11-10T06:00:00Z'),
    })
    expect(quietStretchAround(quiet, new Date('2026-11-10T12:00:00Z'), zone)).toBeUndefined()
    expect(quietStretchAround({ start: '09:00', end: '09:00' }, new Date('2026-11-10T08:00:00Z'), zone)).toBeUndefined()
  })

  it('brings one due in quiet hours forward when they would end after the interview began', () => {
    // An interview at 06:30 Berlin: an hour before is 05:30, in quiet hours that end at 07:00. Held
    // there, it would come after the interview began; it comes at 21:59 the evening before instead.
    const starts = new Date('2026-11-10T05:30:00Z')
    expect(preparationTime(new Date('2026-11-10T04:30:00Z'), starts, quiet, zone)).toEqual(
      new Date('2026-11-09T20:59:00Z'),
    )
    // An interview at 09:00: the reminder at 06:30 is held to 07:00 like any other, still before it.
    expect(preparationTime(new Date('2026-11-10T05:30:00Z'), new Date('2026-11-10T08:00:00Z'), quiet, zone)).toEqual(
      new Date('2026-11-10T05:30:00Z'),
    )
    expect(preparationTime(new Date('2026-11-10T04:30:00Z'), starts, null, zone)).toEqual(
      new Date('2026-11-10T04:30:00Z'),
    )
  })

  it('applies to the reminders of an early next round, on the interview’s clock', () => {
    const early = { company: 'Acme', timeZone: zone, round: 2, date: '2026-11-10', time: '06:30' }
    const link = {
      interviewId: randomUUID(),
      start: '2026-11-10T05:30:00.000Z',
      end: '2026-11-10T06:30:00.000Z',
      linkedAt: '2026-11-01T10:00:00.000Z',
      cancelled: false,
    }
    const settings = { prepareEveningAt: '19:00', prepareMinutesBefore: 60 }
    expect(prepareTasks(link, early, settings, { hours: quiet, timeZone: zone }).map((task) => task.due)).toEqual([
      '2026-11-09T19:00',
      '2026-11-09T21:59',
    ])
  })
})

describe('calendar prompts already shown', () => {
  const link = {
    interviewId: randomUUID(),
    start: '2026-11-10T08:00:00.000Z',
    end: '2026-11-10T09:00:00.000Z',
    linkedAt: '2026-11-01T10:00:00.000Z',
    cancelled: false,
  }
  const next = { company: 'Acme', timeZone: 'Europe/Berlin', round: 2, date: '2026-11-10', time: '09:00' }
  const settings = { prepareEveningAt: '19:00', prepareMinutesBefore: 60 }

  it('are named by their task ids, and are not asked again', () => {
    const prompt = debriefPromptTask(link, next, 10)!
    const [evening, soon] = prepareTasks(link, next, settings)
    expect([prompt, evening!, soon!].map((task) => promptName(task.id))).toEqual([
      'calendar-debrief',
      'calendar-prepare-evening',
      'calendar-prepare-soon',
    ])
    const prompted = ['calendar-debrief', 'calendar-prepare-evening']
    expect(debriefPromptTask({ ...link, prompted }, next, 10)).toBeUndefined()
    expect(prepareTasks({ ...link, prompted }, next, settings).map((task) => task.id)).toEqual([soon!.id])
  })
})
