import { describe, expect, it } from 'vitest'
import type { FollowUpTask, Interview } from '../../shared/domain/interview'
import { describeDue, followUpSummary } from './dueLabel'

// Local dates: relative wording counts calendar days in the user's own zone, whatever the machine's is.
const now = new Date(2026, 2, 10, 9, 0)

describe('describeDue', () => {
  it('says today or tomorrow with the time, further days as a count', () => {
    // 24-hour in every locale, as every time in Debrief.
    expect(describeDue(new Date(2026, 2, 10, 17, 0), now).text).toBe('today 17:00')
    // Two digits for the hour, as the times beside it ("09:30 your time"), in en-GB too.
    expect(describeDue(new Date(2026, 2, 11, 9, 30), now).text).toBe('tomorrow 09:30')
    expect(describeDue(new Date(2026, 2, 12, 8, 0), now)).toEqual({ text: 'in 2 days', overdue: false })
  })

  it('counts the days a follow-up is overdue, and marks one due earlier today as overdue', () => {
    expect(describeDue(new Date(2026, 2, 7, 17, 0), now)).toEqual({ text: '3 days overdue', overdue: true })
    expect(describeDue(new Date(2026, 2, 9, 23, 0), now)).toEqual({ text: '1 day overdue', overdue: true })
    expect(describeDue(new Date(2026, 2, 10, 8, 0), now)).toEqual({ text: 'overdue since 08:00', overdue: true })
  })
})

function task(title: string, due: string, extra: Partial<FollowUpTask> = {}): FollowUpTask {
  return { id: crypto.randomUUID(), kind: 'thank-you-email', title, due, status: 'open', ...extra }
}

describe('followUpSummary', () => {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone
  // Entered on the day it happened, before it, unless said otherwise.
  const interview = (tasks: FollowUpTask[], entered = { date: '2026-03-06', createdAt: '2026-03-06T18:00:00Z' }) =>
    ({ timeZone: zone, time: '20:00', tasks, decision: { channel: 'phone' }, ...entered }) as Interview

  it('shows the open follow-up that comes due first, a snooze counting as its due time, and the open count', () => {
    const summary = followUpSummary(
      interview([
        task('Send the letter', '2026-03-12T17:00'),
        task('Thank Dana', '2026-03-07T17:00', { snoozedUntil: '2026-03-14T09:00' }),
        task('Write the summary', '2026-03-11T17:00'),
        task('Done already', '2026-03-01T17:00', { status: 'done' }),
      ]),
      now,
    )
    expect(summary).toMatchObject({ title: 'Write the summary', openCount: 3, overdue: false })
    expect(summary?.when).toMatch(/^tomorrow /)
  })

  it('leads with the question for an interview entered after it happened, until it is answered', () => {
    const tasks = [
      task('Thank Dana', '2026-03-02T17:00'),
      task('Collect her card', '2026-03-02T10:00'),
      task('Ask about the result', '2026-03-16T10:00'),
    ]
    const enteredLate = { date: '2026-03-02', createdAt: '2026-03-06T18:00:00Z' }
    const summary = followUpSummary(interview(tasks, enteredLate), now)
    expect(summary).toMatchObject({
      title: 'Added after it happened: 2 follow-ups — which have you done?',
      overdue: true,
    })
    expect(summary?.when).toBe('8 days overdue')
    const answered = followUpSummary({ ...interview(tasks, enteredLate), noneDoneYet: true }, now)
    expect(answered?.title).toBe('Collect her card')
  })

  it('leads with the thank-you, not the question it asks, once the interview has begun, as Next does', () => {
    // Interviewed this morning; how they will tell was not asked there: the thank-you asks it.
    const today = { date: '2026-03-10', createdAt: '2026-03-10T06:00:00Z' }
    const tasks = [
      task('Ask how they will tell you the decision', '2026-03-10T08:00', { kind: 'ask-decision-details' }),
      task('Send a thank-you email to Dana', '2026-03-10T23:00'),
    ]
    const summary = followUpSummary({ ...interview(tasks, today), time: '08:00' }, now)
    expect(summary).toMatchObject({ title: 'Send a thank-you email to Dana', overdue: false, openCount: 2 })
  })

  it('says a call’s own time beside a time of day on the user’s clock, where the two differ', () => {
    const call = { kind: 'inquire-result' }
    const singapore = { ...interview([task('Call Acme', '2026-03-11T09:00', call)]), timeZone: 'Asia/Singapore' }
    // 09:00 in Singapore is 01:00 UTC, the machine's clock in the unit tests.
    expect(followUpSummary(singapore, now)?.when).toBe('tomorrow 01:00 · 09:00 in Singapore')
    const later = { ...interview([task('Call Acme', '2026-03-14T09:00', call)]), timeZone: 'Asia/Singapore' }
    expect(followUpSummary(later, now)?.when).toBe('in 4 days')
  })

  it('says the user’s clock alone for a step that is theirs: a thank-you at "09:00 in Singapore" read as a time to email', () => {
    const thanks = { ...interview([task('Thank Dana', '2026-03-11T09:00')]), timeZone: 'Asia/Singapore' }
    expect(followUpSummary(thanks, now)?.when).toBe('tomorrow 01:00')
    const emailed = { ...thanks, tasks: [task('Email Acme', '2026-03-11T09:00', { kind: 'inquire-result' })] }
    expect(followUpSummary({ ...emailed, decision: { ...emailed.decision, channel: 'email' } }, now)?.when).toBe(
      'tomorrow 01:00',
    )
  })

  it('says a follow-up of an interview still to come is for after it', () => {
    const ahead = { ...interview([task('Thank Dana', '2026-03-16T17:00')]), date: '2026-03-16', time: '10:00' }
    expect(followUpSummary(ahead, now)).toMatchObject({ title: 'After the interview: Thank Dana', when: 'in 6 days' })
    const ask = task('Ask when they will decide', '2026-03-16T11:00', { kind: 'ask-decision-details' })
    expect(followUpSummary({ ...ahead, tasks: [ask] }, now)?.title).toBe('At the interview: Ask when they will decide')
    const begun = { ...ahead, date: '2026-03-10', time: '08:00', tasks: [task('Thank Dana', '2026-03-10T17:00')] }
    expect(followUpSummary(begun, now)?.title).toBe('Thank Dana')
  })

  it('has nothing to say when every follow-up is closed', () => {
    expect(followUpSummary(interview([task('Done', '2026-03-01T17:00', { status: 'dismissed' })]), now)).toBeNull()
  })
})
