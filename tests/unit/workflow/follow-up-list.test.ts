import { describe, expect, it } from 'vitest'
import {
  compareOpenFollowUps,
  followUpListOf,
  openFollowUpsOf,
  patchFollowUpList,
  todayEntries,
  WallInstants,
} from '../../../shared/api/follow-up-list'
import type { FollowUpTask, Interview } from '../../../shared/domain/interview'
import { wallTimeToInstant } from '../../../shared/workflow/time-zone'
import { addCalendarDays } from '../../../shared/workflow/wall-time'

function task(id: string, due: string, extra: Partial<FollowUpTask> = {}): FollowUpTask {
  return { id, kind: 'write-summary', title: `Task ${id}`, due, status: 'open', ...extra }
}

/** Entered on the day it took place (10 March 2025), before it, unless `entered` says when. */
function interview(
  id: string,
  timeZone: string,
  tasks: FollowUpTask[],
  archived = false,
  entered = '2025-03-10T07:00:00.000Z',
): Interview {
  return {
    ...{ id, company: id, role: 'Engineer', stage: 'interviewed', timeZone, archived, tasks },
    ...{ date: '2025-03-10', time: '20:00', createdAt: entered },
  } as unknown as Interview
}

function listOf(interviews: Interview[], now: Date, limit = 200) {
  const instants = new WallInstants()
  const open = interviews.flatMap((each) => openFollowUpsOf(each, instants)).sort(compareOpenFollowUps)
  return followUpListOf(open, now, limit)
}

describe('wall times to instants, a day at a time', () => {
  it.each(['Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata', 'America/Santiago'])(
    'agrees with wallTimeToInstant through a year in %s, the days clocks change included',
    (timeZone) => {
      const instants = new WallInstants()
      for (let day = 0; day < 366; day++) {
        const date = addCalendarDays('2025-01-01', day)
        for (const time of ['00:00', '00:30', '01:59', '02:00', '02:30', '03:00', '09:15', '23:59']) {
          const wall = `${date}T${time}`
          expect(instants.instant(wall, timeZone), wall).toBe(wallTimeToInstant(wall, timeZone).getTime())
        }
      }
    },
  )
})

describe("today's follow-ups from the open ones, soonest first", () => {
  const now = new Date('2025-03-10T13:00:00.000Z') // 14:00 in Berlin, 09:00 in New York

  it('lists what is due by the end of today on each clock, counts what is due now, and finds the next', () => {
    const list = listOf(
      [
        interview('berlin', 'Europe/Berlin', [task('late', '2025-03-10T23:00'), task('early', '2025-03-10T08:00')]),
        interview('new-york', 'America/New_York', [task('tomorrow', '2025-03-11T08:00')]),
        interview('archived', 'Europe/Berlin', [task('gone', '2025-03-10T08:00')], true),
        interview('done', 'Europe/Berlin', [task('closed', '2025-03-10T08:00', { status: 'done' })]),
      ],
      now,
    )
    expect(list.items.map((item) => item.task.id)).toEqual(['early', 'late'])
    expect(list).toMatchObject({ total: 2, dueNow: 1, next: { interviewId: 'new-york' } })
  })

  it('patched with a change gives the list the whole board would give', () => {
    const before = [
      interview('a', 'Europe/Berlin', [task('a1', '2025-03-10T08:00'), task('a2', '2025-03-12T08:00')]),
      interview('b', 'Europe/Berlin', [task('b1', '2025-03-10T18:00'), task('b2', '2025-03-11T07:00')]),
      interview('c', 'America/New_York', [task('c1', '2025-03-10T17:00')]),
    ]
    const changed = [
      interview('b', 'Europe/Berlin', [
        task('b1', '2025-03-10T18:00', { status: 'done' }),
        task('b3', '2025-03-10T12:00'),
      ]),
      interview('new', 'Asia/Tokyo', [task('n1', '2025-03-10T23:00'), task('n2', '2025-03-11T10:00')]),
    ]
    const after = [before[0]!, changed[0]!, changed[1]!]
    const patched = patchFollowUpList(listOf(before, now), { ids: ['b', 'c', 'new'], interviews: changed }, now, 200)
    expect(patched).toEqual(listOf(after, now))
  })

  it('keeps a list cut at its limit the first rows of the whole, with the host’s counts', () => {
    const board = [
      interview('a', 'Europe/Berlin', [task('a1', '2025-03-10T08:00'), task('a2', '2025-03-10T09:00')]),
      interview('b', 'Europe/Berlin', [task('b1', '2025-03-10T10:00'), task('b2', '2025-03-10T11:00')]),
    ]
    const cut = listOf(board, now, 3)
    const counts = { asOf: now.toISOString(), total: 3, dueNow: 3 }
    // a1 done; a new row after the last one shown may have unknown rows before it, so it waits.
    const changed = interview('a', 'Europe/Berlin', [
      task('a1', '2025-03-10T08:00', { status: 'done' }),
      task('a3', '2025-03-10T12:00'),
    ])
    const patched = patchFollowUpList(cut, { ids: ['a'], interviews: [changed], counts }, now, 3)
    expect(patched?.items.map((item) => item.task.id)).toEqual(['b1'])
    expect(patched).toMatchObject({ total: 3, dueNow: 3 })
    expect(listOf([changed, board[1]!], now, 3).items.map((item) => item.task.id)).toEqual(['b1', 'b2', 'a3'])
  })

  it('leaves to the host a cut list with nothing left, and a next follow-up gone with nothing sooner to follow', () => {
    const board = [interview('a', 'Europe/Berlin', [task('a1', '2025-03-10T08:00'), task('a2', '2025-03-10T09:00')])]
    expect(patchFollowUpList(listOf(board, now, 1), { ids: ['a'], interviews: [] }, now, 1)).toBeNull()

    const withNext = [interview('a', 'Europe/Berlin', [task('a1', '2025-03-12T08:00')])]
    expect(patchFollowUpList(listOf(withNext, now), { ids: ['a'], interviews: [] }, now, 200)).toBeNull()
  })
})

describe('Today’s rows', () => {
  // Monday 17 March 2025, 14:00 in Berlin: a week after the interviews of the 10th.
  const now = new Date('2025-03-17T13:00:00.000Z')
  const enteredToday = '2025-03-17T09:00:00.000Z'
  const rowsOf = (interviews: Interview[]) =>
    todayEntries(listOf(interviews, now).items).map((entry) =>
      entry.kind === 'follow-up'
        ? entry.item.task.id
        : `${entry.interviewId}: ${entry.items.map((item) => item.task.id)}`,
    )

  it('put the follow-ups an interview entered after it happened had due then in one row, where the first stood', () => {
    const late = interview(
      'late',
      'Europe/Berlin',
      [task('thanks', '2025-03-10T17:00'), task('summary', '2025-03-10T18:00'), task('letter', '2025-03-17T17:00')],
      false,
      enteredToday,
    )
    const onTime = interview('on-time', 'Europe/Berlin', [
      task('call', '2025-03-10T16:00'),
      task('note', '2025-03-11T09:00'),
    ])
    // The letter was not due when the interview was entered: a row of its own, as is every follow-up of one entered in time.
    expect(rowsOf([late, onTime])).toEqual(['call', 'late: thanks,summary', 'note', 'letter'])
  })

  it('keep a row for each once the user said "None yet", and a single one as its own row', () => {
    const tasks = [task('thanks', '2025-03-10T17:00'), task('summary', '2025-03-10T18:00')]
    const answered = {
      ...interview('late', 'Europe/Berlin', tasks, false, enteredToday),
      noneDoneYet: true,
    } as Interview
    expect(rowsOf([answered])).toEqual(['thanks', 'summary'])
    const one = interview('one', 'Europe/Berlin', [task('thanks', '2025-03-10T17:00')], false, enteredToday)
    expect(rowsOf([one])).toEqual(['thanks'])
  })

  it('leave out a follow-up snoozed since, which the user has answered', () => {
    const tasks = [
      task('thanks', '2025-03-10T17:00'),
      task('summary', '2025-03-10T18:00'),
      task('linkedin', '2025-03-10T18:00', { snoozedUntil: '2025-03-17T11:00' }),
    ]
    expect(rowsOf([interview('late', 'Europe/Berlin', tasks, false, enteredToday)])).toEqual([
      'late: thanks,summary',
      'linkedin',
    ])
  })
})
