import { describe, expect, it } from 'vitest'
import type { ReminderSource, TimedReminder } from '../../../electron/host/follow-ups/reminders/reminder-sources'
import { createReminderScheduler } from '../../../electron/host/follow-ups/reminders/scheduler'
import {
  board,
  bodies,
  defaults,
  freshIndex,
  replaceBoard,
  runUntil,
  setClock,
  start,
  useSchedulerBoard,
} from './scheduler-board'
import { inquiry, interview, task } from './support'

/** A check reads the open-task index soonest first and stops at the first follow-up not yet due. */
useSchedulerBoard()

describe('what a check reads', () => {
  /** The index as the scheduler sees it, counting the follow-ups each check reads. */
  function counted(reads: number[]): () => ReminderSource[] {
    const sources = freshIndex()
    const index = () => sources()[0]!
    const count = (reminders: Iterable<TimedReminder>) => {
      reads.push(0)
      return (function* () {
        for (const reminder of reminders) {
          reads[reads.length - 1]! += 1
          yield reminder
        }
      })()
    }
    const source: ReminderSource = {
      get soonestFirst() {
        return count(index().soonestFirst)
      },
      after: (ms) => count(index().after(ms)),
      get version() {
        return index().version
      },
      isOpen: (taskId) => index().isOpen(taskId),
    }
    return () => [source]
  }

  it('reads only what is due and the first follow-up not yet due, however many wait later', async () => {
    const later = Array.from({ length: 400 }, (_, n) =>
      interview({ company: `Later ${n}`, tasks: [task(`2026-06-${11 + (n % 15)}T10:00`)] }),
    )
    board.interviews = [
      interview({ tasks: [task('2026-06-10T09:00'), inquiry('2026-06-10T10:00'), task('2026-06-10T12:00')] }),
      ...later,
    ]
    const reads: number[] = []
    setClock('2026-06-10T08:30:00Z') // 10:30 in Berlin: two are due, the third at noon.
    board.running = createReminderScheduler({
      dataDir: board.dir,
      getSources: counted(reads),
      notify: async (notification) => void board.shown.push(notification),
      getPreferences: defaults,
      timeZone: () => 'Europe/Berlin',
    })
    await board.running.start()
    expect(board.shown.map((notification) => notification.title)).toEqual(['2 follow-ups are due'])
    expect(reads).toEqual([3])

    await runUntil('2026-06-10T10:00:00Z')
    expect(board.shown).toHaveLength(2)
    // A check a minute until noon, each reading only the one due at noon (the two shown are behind it);
    // at noon that one and the next.
    expect(reads.length).toBeGreaterThan(80)
    expect(reads.slice(1, -1).every((count) => count === 1)).toBe(true)
    expect(reads.at(-1)).toBe(2)

    // A change to the board: the next check reads every due follow-up again, and shows none twice.
    replaceBoard([...board.interviews])
    await board.running.reschedule()
    expect(reads.at(-1)).toBe(4)
    expect(board.shown).toHaveLength(2)
  })

  it('retries with the service down by reading only what came due since, and shows all that waited once it is back', async () => {
    const due = Array.from({ length: 300 }, (_, n) =>
      interview({ company: `Due ${n}`, tasks: [task(`2026-06-09T${String(8 + (n % 10)).padStart(2, '0')}:00`)] }),
    )
    const later = interview({ company: 'Later', tasks: [task('2026-06-10T10:00')] })
    board.interviews = [...due, later]
    const reads: number[] = []
    let serviceUp = false
    setClock('2026-06-10T07:00:00Z') // 09:00 in Berlin: 300 due since yesterday, one at 10:00.
    board.running = createReminderScheduler({
      dataDir: board.dir,
      getSources: counted(reads),
      notify: async (notification) => {
        if (!serviceUp) throw new Error('no notification service')
        board.shown.push(notification)
      },
      getPreferences: defaults,
      timeZone: () => 'Europe/Berlin',
    })
    await board.running.start()
    expect(reads).toEqual([301])
    expect(board.running.status()).toMatchObject({ notifications: 'unavailable', pending: 300 })

    // Retries every few seconds, then every half minute: each reads one, the first follow-up not yet due.
    await runUntil('2026-06-10T07:30:00Z')
    expect(reads.length).toBeGreaterThan(10)
    expect(reads.slice(1).every((count) => count === 1)).toBe(true)
    // At 10:00 the one due then joins those waiting.
    await runUntil('2026-06-10T08:01:00Z')
    expect(board.running.status()).toMatchObject({ notifications: 'unavailable', pending: 301 })

    serviceUp = true
    await runUntil('2026-06-10T08:02:00Z')
    expect(board.shown.map((notification) => notification.title)).toEqual(['301 follow-ups are due'])
    expect(board.running.status()).toMatchObject({ notifications: 'available', pending: 0 })
  })

  it('loses and doubles nothing across a snooze, a sleep, a reopen, the clock set back, quiet hours and a restart', async () => {
    const a = task('2026-06-10T09:00', { title: 'A' })
    const b = task('2026-06-10T10:00', { title: 'B' })
    const night = task('2026-06-10T23:00', { title: 'C' })
    const acme = interview({ tasks: [a, b, night] })
    const later = Array.from({ length: 50 }, () => interview({ tasks: [task('2026-06-20T10:00')] }))
    board.interviews = [acme, ...later]
    const withTasks = (tasks: typeof acme.tasks) => replaceBoard([{ ...acme, tasks }, ...later])
    const titles = () => bodies().map((body) => body.split(' — ')[0])

    setClock('2026-06-10T06:00:00Z') // 08:00 in Berlin
    const scheduler = await start({ ...defaults(), quietHours: { start: '22:00', end: '07:00' } })
    await runUntil('2026-06-10T07:00:00Z')
    expect(titles()).toEqual(['A'])

    withTasks([{ ...a, snoozedUntil: '2026-06-10T13:00' }, b, night])
    await scheduler.reschedule()
    await runUntil('2026-06-10T08:00:00Z')
    expect(titles()).toEqual(['A', 'B'])

    setClock('2026-06-10T11:30:00Z') // asleep over the snooze's 13:00; the wake reschedules
    await scheduler.reschedule()
    expect(titles()).toEqual(['A', 'B', 'A'])

    withTasks([{ ...a, snoozedUntil: '2026-06-10T13:00' }, { ...b, status: 'done' }, night])
    await scheduler.reschedule()
    withTasks([{ ...a, snoozedUntil: '2026-06-10T13:00' }, b, night])
    await scheduler.reschedule()
    // Reopened (an undo of Done): the task is back, its reminder already shown is not (it was, at once).
    expect(titles()).toEqual(['A', 'B', 'A'])

    setClock('2026-06-10T07:30:00Z') // the clock set back before B's and A's due times
    await scheduler.reschedule()
    await runUntil('2026-06-10T20:59:00Z') // 22:59 in Berlin
    expect(titles()).toEqual(['A', 'B', 'A'])

    await runUntil('2026-06-11T05:00:00Z') // C fell due at 23:00, in quiet hours: board.shown at 07:00
    expect(titles()).toEqual(['A', 'B', 'A', 'C'])
    await start({ ...defaults(), quietHours: { start: '22:00', end: '07:00' } })
    await runUntil('2026-06-11T08:00:00Z')
    expect(titles()).toEqual(['A', 'B', 'A', 'C'])
  })

  it('reminds a task reopened weeks after its due day afresh, and keeps the file to what is recent', async () => {
    const b = task('2026-06-10T10:00', { title: 'B' })
    const acme = interview({ tasks: [b] })
    board.interviews = [acme]
    const titles = () => bodies().map((body) => body.split(' — ')[0])
    setClock('2026-06-10T09:00:00Z')
    const scheduler = await start(defaults())
    expect(titles()).toEqual(['B'])
    replaceBoard([{ ...acme, tasks: [{ ...b, status: 'done' }] }])
    await scheduler.reschedule()

    setClock('2026-06-25T09:00:00Z') // 15 days on: a change lets the closed task's record go
    replaceBoard([{ ...acme, tasks: [{ ...b, status: 'done' }], company: 'Acme Ltd' }])
    await scheduler.reschedule()
    replaceBoard([{ ...acme, tasks: [b] }])
    await scheduler.reschedule()
    expect(titles()).toEqual(['B', 'B'])
  })
})
