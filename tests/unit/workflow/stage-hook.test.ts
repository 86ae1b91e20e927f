import { describe, expect, it } from 'vitest'
import type { FollowUpTask } from '../../../shared/domain/interview'
import type { StageId } from '../../../shared/domain/stages'
import { generateTasks } from '../../../shared/workflow/generate'
import { tasksAfterStageChange } from '../../../shared/workflow/stage-hook'
import { completeTask } from '../../../shared/workflow/task-state'
import { interview, only, person, preferences, sequentialIds } from './fixtures'

const prefs = preferences()
const CREATED = new Date('2026-10-23T12:00:00Z')
// Monday 2026-11-02, 10:15 in Berlin.
const MOVED_AT = new Date('2026-11-02T09:15:00Z')

const dana = person('Dana Smith')
const lee = person('Lee Park')

function card(stage: StageId = 'awaiting-result') {
  const subject = interview({ interviewers: [dana, lee], decision: { expectedDate: '2026-10-30', channel: 'phone' } })
  const tasks = generateTasks(subject, prefs, { newId: sequentialIds('a'), now: CREATED }).map((task) =>
    task.kind === 'thank-you-email' ? completeTask(task, CREATED) : task,
  )
  return { ...subject, stage, tasks }
}

function ofKind(tasks: FollowUpTask[], kind: string): FollowUpTask[] {
  return tasks.filter((task) => task.kind === kind)
}

function move(subject: ReturnType<typeof card>, to: StageId, now = MOVED_AT) {
  const { tasks } = tasksAfterStageChange(subject, subject.stage, to, prefs, { newId: sequentialIds('m'), now })
  return { ...subject, stage: to, tasks }
}

describe('moving a card between stages', () => {
  it('leaves the time of a follow-up already due alone, as Settings promises, after a change of timings', () => {
    // Planned under the defaults (17:30 end of day, letters after 3 days); then the user shortens both.
    const before = card('interviewed')
    const shorter = preferences({ workingHours: { start: '08:00', end: '16:30' }, fewDays: 2 })
    const { tasks } = tasksAfterStageChange(before, 'interviewed', 'thanked', shorter, {
      newId: sequentialIds('m'),
      now: MOVED_AT,
    })
    // A move re-timed a letter 4 days overdue to 5 (a walkthrough); Ctrl+Z put it back, a move again re-timed it.
    const letters = ofKind(before.tasks, 'formal-letter')
    expect(letters.length).toBeGreaterThan(0)
    expect(ofKind(tasks, 'formal-letter').map((task) => task.due)).toEqual(letters.map((task) => task.due))
  })

  it('adds a quick reply on an offer, skips the open inquiry and keeps what was done', () => {
    const before = card()
    const after = move(before, 'offer')
    expect(only(ofKind(after.tasks, 'reply-quickly'))).toMatchObject({
      title: 'Reply to the offer from Acme',
      due: '2026-11-02T12:15',
      status: 'open',
    })
    expect(only(ofKind(after.tasks, 'inquire-result'))).toMatchObject({ status: 'skipped', closedBy: 'outcome' })
    expect(ofKind(after.tasks, 'thank-you-email')).toEqual(ofKind(before.tasks, 'thank-you-email'))
  })

  it('adds a quick reply on a next round', () => {
    const after = move(card(), 'next-round')
    expect(only(ofKind(after.tasks, 'reply-quickly')).title).toBe('Confirm the next round with Acme')
  })

  it('after a rejection, adds a thank-you by email to each interviewer', () => {
    const after = move(card(), 'not-selected')
    expect(ofKind(after.tasks, 'thank-after-rejection').map((task) => [task.title, task.due])).toEqual([
      ['Email Dana Smith to thank them for the interview', '2026-11-03T17:30'],
      ['Email Lee Park to thank them for the interview', '2026-11-03T17:30'],
    ])
  })

  it('after a rejection, an interviewer’s thank-you still open gives way to the thanks after the no, and comes back with the card', () => {
    const subject = interview({ interviewers: [dana, lee], decision: { expectedDate: '2026-10-30', channel: 'phone' } })
    const tasks = generateTasks(subject, prefs, { newId: sequentialIds('a'), now: CREATED })
    const lees = tasks.find((task) => task.kind === 'thank-you-email' && task.personId === lee.id)!
    // Dana was thanked already; Lee's thank-you is still to send.
    const before = {
      ...subject,
      stage: 'interviewed' as const,
      tasks: tasks.map((task) =>
        task.kind === 'thank-you-email' && task.personId === dana.id ? completeTask(task, CREATED) : task,
      ),
    }
    const rejected = move(before, 'not-selected')
    const thanks = ofKind(rejected.tasks, 'thank-you-email')
    expect(thanks.find((task) => task.id === lees.id)).toMatchObject({ status: 'skipped', closedBy: 'outcome' })
    expect(thanks.find((task) => task.personId === dana.id)?.status).toBe('done')
    expect(ofKind(rejected.tasks, 'thank-after-rejection').map((task) => task.status)).toEqual(['open', 'open'])

    const back = move(rejected, 'interviewed')
    expect(ofKind(back.tasks, 'thank-you-email').find((task) => task.id === lees.id)?.status).toBe('open')
  })

  it('treats an offer after a next round as news: a fresh reply task beside the one already done', () => {
    const nextRound = move(card(), 'next-round')
    const replied = nextRound.tasks.map((task) =>
      task.kind === 'reply-quickly' ? completeTask(task, new Date('2026-11-02T10:00:00Z')) : task,
    )
    const offer = move({ ...nextRound, tasks: replied }, 'offer', new Date('2026-11-09T14:00:00Z'))
    const replies = ofKind(offer.tasks, 'reply-quickly')
    expect(replies.map((task) => [task.status, task.title])).toEqual([
      ['done', 'Confirm the next round with Acme'],
      ['open', 'Reply to the offer from Acme'],
    ])
    expect(replies[1]?.due).toBe('2026-11-09T17:00')
  })

  it('does not re-time outcome tasks when a card moves within its column', () => {
    const offer = move(card(), 'offer')
    const reordered = move(offer, 'offer', new Date('2026-11-04T09:00:00Z'))
    expect(reordered.tasks).toEqual(offer.tasks)
  })

  it('taking a card back out of an outcome drops the open outcome tasks and keeps the done ones', () => {
    const rejected = move(card(), 'not-selected')
    const [thankDana, thankLee] = ofKind(rejected.tasks, 'thank-after-rejection')
    const oneThanked = rejected.tasks.map((task) => (task === thankDana ? completeTask(task, MOVED_AT) : task))
    const back = move({ ...rejected, tasks: oneThanked }, 'awaiting-result')
    const remaining = ofKind(back.tasks, 'thank-after-rejection')
    expect(remaining.map((task) => [task.personId, task.status])).toEqual([[dana.id, 'done']])
    expect(remaining).not.toContainEqual(thankLee)
    expect(only(ofKind(back.tasks, 'inquire-result'))).toMatchObject({ status: 'open' })
    expect(only(ofKind(back.tasks, 'inquire-result')).closedBy).toBeUndefined()
  })
})
