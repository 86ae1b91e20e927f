import { describe, expect, it } from 'vitest'
import { OpenTaskIndex } from '../../../electron/host/follow-ups/open-tasks'
import type { Interview } from '../../../shared/domain/interview'
import { dueText, followUpLabel, trayContents } from '../../../electron/main/upcoming'
import { interviewWith, shellHost, task } from './fake-host'

const berlin = { locale: 'en-GB', timeZone: 'Europe/Berlin' }

/** The tray's list, as the host answers it from its open-task index. */
function upcomingFollowUps(interviews: Interview[], limit: number) {
  return new OpenTaskIndex(() => interviews).upcoming(limit)
}

describe('the upcoming follow-ups the host gives the tray', () => {
  it('lists the open tasks of every interview, soonest first, comparing instants across time zones', () => {
    const berlinCall = task('Ask for the result', '2026-11-24T10:00')
    const newYorkLetter = task('Formal letter to Sam', '2026-11-24T05:00')
    const berlinThanks = task('Thank Dana', '2026-11-20T18:00')
    const list = upcomingFollowUps(
      [
        interviewWith('Acme', [berlinCall, berlinThanks]),
        // 05:00 in New York is 11:00 in Berlin: after Acme's call although its wall time is earlier.
        interviewWith('Globex', [newYorkLetter], { timeZone: 'America/New_York' }),
      ],
      10,
    )

    expect(list.map((item) => item.title)).toEqual(['Thank Dana', 'Ask for the result', 'Formal letter to Sam'])
    expect(list[2]).toMatchObject({ company: 'Globex', due: new Date('2026-11-24T10:00:00Z') })
  })

  it('leaves out done, dismissed and archived work, follows a snooze, and keeps to the limit', () => {
    const snoozed = task('Snoozed call', '2026-11-21T09:00', { snoozedUntil: '2026-11-28T09:00' })
    const list = upcomingFollowUps(
      [
        interviewWith('Acme', [
          task('Done', '2026-11-20T10:00', { status: 'done', completedAt: '2026-11-20T10:00:00.000Z' }),
          task('Dismissed', '2026-11-20T11:00', { status: 'dismissed' }),
          snoozed,
          task('First', '2026-11-22T09:00'),
          task('Second', '2026-11-23T09:00'),
          task('Third', '2026-11-24T09:00'),
        ]),
        interviewWith('Archived Inc', [task('Old', '2026-11-01T09:00')], { archived: true }),
      ],
      3,
    )

    expect(list.map((item) => item.title)).toEqual(['First', 'Second', 'Third'])
    expect(upcomingFollowUps([interviewWith('Acme', [snoozed])], 3)[0]?.due).toEqual(new Date('2026-11-28T08:00:00Z'))
  })
})

describe('tray lines', () => {
  const now = new Date('2026-11-20T08:00:00Z')

  it('says overdue, today with the time, or the day and time', () => {
    expect(dueText(new Date('2026-11-20T07:59:00Z'), { now, ...berlin })).toBe('Overdue')
    expect(dueText(new Date('2026-11-20T13:30:00Z'), { now, ...berlin })).toBe('Today 14:30')
    expect(dueText(new Date('2026-11-21T09:00:00Z'), { now, ...berlin })).toBe('Sat 21 Nov 10:00')
  })

  it('names the task and the company, shortened to fit a menu', () => {
    const item = {
      interviewId: '',
      taskId: '',
      title: 'Thank-you email to Dana Smith',
      company: 'Acme',
      due: new Date('2026-11-20T13:30:00Z'),
    }
    expect(followUpLabel(item, { now, ...berlin })).toBe('Today 14:30 · Thank-you email to Dana Smith (Acme)')

    const long = followUpLabel(
      { ...item, company: 'A company with a very long name indeed, Limited' },
      { now, ...berlin },
    )
    expect(long).toHaveLength(70)
    expect(long.endsWith('…')).toBe(true)
  })

  it('reads the interviews on the board from the host, each line naming the follow-up it opens', async () => {
    const thank = task('Thank Dana', '2099-01-05T10:00')
    const { host, setReminders } = shellHost({}, [interviewWith('Acme', [thank])])
    const contents = await trayContents(host)
    expect(contents.lines).toHaveLength(1)
    expect(contents.lines[0]!.label).toMatch(/Thank Dana \(Acme\)$/)
    expect(contents.lines[0]!.target.taskId).toBe(thank.id)
    expect(contents.waiting).toBe(0)
    setReminders({ notifications: 'unavailable', pending: 2 })
    expect((await trayContents(host)).waiting).toBe(2)
  })

  it('lists the next interviews from the host, a next round opening on its preparation view', async () => {
    const first = interviewWith('Acme', [], { date: '2099-03-02', time: '10:00', round: 1 })
    const second = interviewWith('Globex & Sons', [], { date: '2099-03-01', time: '09:30', round: 2 })
    const past = interviewWith('Initech', [], { date: '2020-01-01' })
    const { host } = shellHost({}, [first, past, second])
    const { interviews } = await trayContents(host)
    expect(interviews.map((line) => line.label)).toEqual([
      expect.stringMatching(/ · Globex & Sons, round 2$/),
      expect.stringMatching(/ · Acme, round 1$/),
    ])
    expect(interviews.map((line) => line.target)).toEqual([
      { interviewId: second.id, view: 'prepare' },
      { interviewId: first.id },
    ])
  })
})
