import { describe, expect, it } from 'vitest'
import { OpenTaskIndex } from '../../../electron/host/follow-ups/open-tasks'
import { compareOpenFollowUps, followUpListOf, openFollowUpsOf, WallInstants } from '../../../shared/api/follow-up-list'
import type { FollowUpTask, Interview } from '../../../shared/domain/interview'
import { boardInterviews } from '../../bench/board-data'

const NOW = new Date('2025-03-10T13:00:00.000Z')

function snoozed(interview: Interview, until: string): Interview {
  const tasks = interview.tasks.map((task): FollowUpTask =>
    task.status === 'open' ? { ...task, snoozedUntil: until } : task,
  )
  return { ...interview, tasks }
}

describe('the open-task index', () => {
  it('kept in step change by change, answers as one built afresh from the board', () => {
    const board = new Map(boardInterviews(400, NOW).map((interview) => [interview.id, interview]))
    const index = new OpenTaskIndex(() => board.values())
    expect(index.list(NOW, 50).total).toBeGreaterThan(0)

    const ids = [...board.keys()]
    const changes: Array<[string, Interview | undefined]> = [
      [ids[0]!, snoozed(board.get(ids[0]!)!, '2025-03-10T09:00')],
      [ids[1]!, { ...board.get(ids[1]!)!, archived: true }],
      [ids[2]!, undefined],
      [ids[3]!, snoozed(board.get(ids[3]!)!, '2025-03-11T07:00')],
    ]
    for (const [id, after] of changes) {
      if (after) board.set(id, after)
      else board.delete(id)
      index.changed([id], (each) => board.get(each))
    }

    const fresh = new OpenTaskIndex(() => board.values())
    expect(index.list(NOW, 50)).toEqual(fresh.list(NOW, 50))
    // The definition, walked over every open follow-up of the board.
    const instants = new WallInstants()
    const every = [...board.values()].flatMap((each) => openFollowUpsOf(each, instants)).sort(compareOpenFollowUps)
    for (const now of [NOW, new Date('2025-03-10T23:30:00.000Z'), new Date('2025-03-30T00:30:00.000Z')]) {
      expect(index.list(now, 50)).toEqual(followUpListOf(every, now, 50))
    }
    expect(index.all()).toEqual(fresh.all())
    expect(index.all().some((open) => open.interview.id === ids[1] || open.interview.id === ids[2])).toBe(false)
  })

  it('lists the replies due after today that lead already, kept in step as they change', () => {
    const board = new Map(boardInterviews(80, NOW).map((interview) => [interview.id, interview]))
    const index = new OpenTaskIndex(() => board.values())
    const nextRound = [...board.values()].find((interview) =>
      interview.tasks.some((task) => task.kind === 'reply-quickly' && task.status === 'open'),
    )!
    const withReplyDue = (due: string, extra: Partial<FollowUpTask> = {}): Interview => ({
      ...nextRound,
      tasks: nextRound.tasks.map((task) => (task.kind === 'reply-quickly' ? { ...task, due, ...extra } : task)),
    })
    const change = (after: Interview) => {
      board.set(after.id, after)
      index.changed([after.id], (each) => board.get(each))
    }
    const repliesOf = () =>
      index
        .list(NOW, 50)
        .replies.filter((item) => item.interviewId === nextRound.id)
        .map((item) => item.task.kind)

    // Due on a later day (recorded on a Friday evening, due on Monday): listed now, as Next leads with it.
    change(withReplyDue('2025-03-13T11:00'))
    expect(repliesOf()).toEqual(['reply-quickly'])
    // Snoozed until a later time, it leads no more until then.
    change(withReplyDue('2025-03-13T11:00', { snoozedUntil: '2025-03-12T09:00' }))
    expect(repliesOf()).toEqual([])
    // Due today, it is among today's items instead.
    change(withReplyDue('2025-03-10T16:00'))
    expect(repliesOf()).toEqual([])
    change(withReplyDue('2025-03-13T11:00'))
    const instants = new WallInstants()
    const every = [...board.values()].flatMap((each) => openFollowUpsOf(each, instants)).sort(compareOpenFollowUps)
    expect(index.list(NOW, 50)).toEqual(followUpListOf(every, NOW, 50))
  })
})
