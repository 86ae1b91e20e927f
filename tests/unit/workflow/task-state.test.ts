import { describe, expect, it } from 'vitest'
import { followUpTaskSchema, type FollowUpTask } from '../../../shared/domain/interview'
import {
  completeTask,
  dismissTask,
  effectiveDue,
  isDue,
  orderOpenTasks,
  reopenTask,
  snoozeTask,
} from '../../../shared/workflow/task-state'

function task(due: string, extra: Partial<FollowUpTask> = {}): FollowUpTask {
  return {
    id: `00000000-0000-4000-8000-${due.replace(/\D/g, '').slice(0, 12)}`,
    kind: 'write-summary',
    title: 'Write your summary of the interview',
    due,
    status: 'open',
    ...extra,
  }
}

const firstOpen = (tasks: readonly FollowUpTask[], now: string) => orderOpenTasks(tasks, now)[0]

describe('what the user does to a task', () => {
  const open = task('2026-10-23T17:30')

  it('completes a task with the instant it was done, dropping its snooze', () => {
    const done = completeTask(snoozeTask(open, '2026-10-24T09:00'), new Date('2026-10-23T15:00:00Z'))
    expect(done).toEqual({ ...open, status: 'done', completedAt: '2026-10-23T15:00:00.000Z' })
    expect(followUpTaskSchema.parse(done)).toEqual(done)
    expect(open.status).toBe('open')
  })

  it('dismisses and reopens a task', () => {
    expect(dismissTask(open).status).toBe('dismissed')
    const reopened = reopenTask(completeTask(open, new Date('2026-10-23T15:00:00Z')))
    expect(reopened).toEqual(open)
  })

  it('snoozes only open tasks, and the snooze wins over the due time', () => {
    const snoozed = snoozeTask(open, '2026-10-24T09:00')
    expect(effectiveDue(snoozed)).toBe('2026-10-24T09:00')
    expect(effectiveDue(open)).toBe('2026-10-23T17:30')
    const done = completeTask(open, new Date('2026-10-23T15:00:00Z'))
    expect(snoozeTask(done, '2026-10-24T09:00')).toBe(done)
  })

  it('is due from its effective due time on the wall clock, and never once closed', () => {
    expect(isDue(open, '2026-10-23T17:29')).toBe(false)
    expect(isDue(open, '2026-10-23T17:30')).toBe(true)
    expect(isDue(open, '2026-10-23T17:30:45')).toBe(true)
    const snoozed = snoozeTask(open, '2026-10-24T09:00')
    expect(isDue(snoozed, '2026-10-23T18:00')).toBe(false)
    expect(isDue(snoozed, '2026-10-24T09:00')).toBe(true)
    expect(isDue(dismissTask(open), '2026-12-01T00:00')).toBe(false)
  })

  it('finds the open task that comes due first, counting snoozes', () => {
    const summary = task('2026-10-23T17:30')
    const letter = task('2026-10-28T17:30', { kind: 'formal-letter' })
    const card = task('2026-10-23T10:00', { kind: 'collect-card' })
    const before = '2026-10-23T09:00'
    expect(firstOpen([summary, letter, card], before)).toBe(card)
    expect(firstOpen([summary, letter, completeTask(card, new Date())], before)).toBe(summary)
    const snoozedSummary = snoozeTask(summary, '2026-10-30T09:00')
    expect(firstOpen([snoozedSummary, letter], before)).toBe(letter)
    expect(firstOpen([dismissTask(summary)], before)).toBeUndefined()
  })

  it('puts asking for the result first once it is due, ahead of older chores; before, soonest first', () => {
    const card = task('2026-10-23T10:00', { kind: 'collect-card' })
    const thanks = task('2026-10-23T17:30', { kind: 'thank-you-email' })
    const inquiry = task('2026-11-09T09:00', { kind: 'inquire-result' })
    const letter = task('2026-11-12T17:30', { kind: 'formal-letter' })
    const tasks = [letter, inquiry, thanks, card]
    expect(orderOpenTasks(tasks, '2026-10-24T09:00')).toEqual([card, thanks, inquiry, letter])
    expect(orderOpenTasks(tasks, '2026-11-09T09:00')).toEqual([inquiry, card, thanks, letter])
    expect(firstOpen(tasks, '2026-11-10T12:00')).toBe(inquiry)
    // A snooze puts it off: not due, it waits its turn.
    expect(firstOpen([card, snoozeTask(inquiry, '2026-11-11T09:00')], '2026-11-10T12:00')).toBe(card)
  })

  it('puts an outcome’s reply or thanks first from the moment it exists, not only once due, until snoozed', () => {
    const summary = task('2026-10-23T17:30', { kind: 'write-summary' })
    const reply = task('2026-11-10T15:00', { kind: 'reply-quickly' })
    const thanks = task('2026-11-11T17:30', { kind: 'thank-after-rejection' })
    expect(firstOpen([summary, reply], '2026-11-10T11:00')).toBe(reply)
    expect(firstOpen([summary, thanks], '2026-11-10T11:00')).toBe(thanks)
    expect(firstOpen([summary, snoozeTask(reply, '2026-11-10T14:00')], '2026-11-10T11:00')).toBe(summary)
    expect(firstOpen([summary, snoozeTask(reply, '2026-11-10T14:00')], '2026-11-10T14:00')?.kind).toBe('reply-quickly')
  })
})
