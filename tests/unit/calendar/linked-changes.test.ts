import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import type { LinkedEventChange } from '../../../electron/host/calendar/calendar-center'
import { linkedChanges } from '../../../electron/host/calendar/linked-changes'
import { taskPlanner } from '../../../electron/host/follow-ups/planner'
import type { CalendarEvent } from '../../../shared/calendar/event'
import { interviewSchema, type Interview } from '../../../shared/domain/interview'
import { DEFAULT_PREFERENCES } from '../../../shared/domain/settings'

const now = new Date('2026-10-15T08:00:00Z')
const planner = taskPlanner(DEFAULT_PREFERENCES, now, 'Europe/Berlin')

function interviewAt(date: string, time: string): Interview {
  return interviewSchema.parse({
    id: randomUUID(),
    company: 'Acme',
    role: 'Analyst',
    date,
    time,
    timeZone: 'Europe/Berlin',
    stage: 'interviewed',
    order: 'a0',
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  })
}

function change(interview: Interview, event: Partial<CalendarEvent> | undefined): LinkedEventChange {
  return {
    link: {
      interviewId: interview.id,
      sourceId: randomUUID(),
      eventKey: 'acme@test',
      start: '2026-10-20T12:00:00.000Z',
      end: '2026-10-20T13:00:00.000Z',
      cancelled: false,
      prompted: [],
    },
    event: event && ({ start: '2026-10-20T12:00:00.000Z', cancelled: false, ...event } as CalendarEvent),
  }
}

describe('what a calendar change does to an interview', () => {
  it('moves an interview whose time is still the calendar’s, with a history line', () => {
    const acme = interviewAt('2026-10-20', '14:00')
    const { entries, notices } = linkedChanges(
      [change(acme, { start: '2026-10-26T09:00:00.000Z' })],
      () => acme,
      now,
      planner,
    )
    // 26 October is after Berlin's change to winter time: 09:00 UTC is 10:00 there.
    expect(entries[0]!.after).toMatchObject({ date: '2026-10-26', time: '10:00', role: 'Analyst' })
    expect(entries[0]!.label).toBe(
      'Calendar moved Acme from 2026-10-20 14:00 (Europe/Berlin) to 2026-10-26 10:00 (Europe/Berlin)',
    )
    expect(notices).toHaveLength(1)
  })

  it('keeps a time the user set themselves, and says the calendar moved', () => {
    const acme = interviewAt('2026-10-20', '16:30')
    const { entries, notices } = linkedChanges(
      [change(acme, { start: '2026-10-21T12:00:00.000Z' })],
      () => acme,
      now,
      planner,
    )
    expect(entries).toEqual([])
    expect(notices[0]).toMatch(/keeps 2026-10-20 16:30 \(Europe\/Berlin\), the time you set yourself/)
  })

  it('tells of a cancelled or deleted event once, and changes nothing', () => {
    const acme = interviewAt('2026-10-20', '14:00')
    expect(linkedChanges([change(acme, { cancelled: true })], () => acme, now, planner)).toEqual({
      entries: [],
      notices: [expect.stringMatching(/no longer has the interview at Acme on 2026-10-20 14:00/)],
    })
    expect(linkedChanges([change(acme, undefined)], () => acme, now, planner).entries).toEqual([])
  })
})
