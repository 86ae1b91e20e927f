import { readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { DEFAULT_PREFERENCES } from '../../../shared/domain/settings'
import { REMINDERS_FILE } from '../../../electron/host/follow-ups/reminders/fired-log'
import {
  createReminderScheduler,
  type ReminderPreferences,
} from '../../../electron/host/follow-ups/reminders/scheduler'
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

useSchedulerBoard()

describe('reminders that came due while Debrief was closed', () => {
  it('shows a task that came due while the host was stopped exactly once after the restart', async () => {
    board.interviews = [interview({ tasks: [inquiry('2026-06-10T10:00')] })]
    setClock('2026-06-10T07:00:00Z')
    await start()
    await board.running!.stop()
    expect(board.shown).toEqual([])

    setClock('2026-06-11T07:30:00Z')
    await start()
    expect(board.shown).toHaveLength(1)
    expect(board.shown[0]!.body).toMatch(/^Call Acme to ask for the result/)
    await runUntil('2026-06-11T09:30:00Z')
    expect(board.shown).toHaveLength(1)
  })

  it('never shows a reminder twice across three restarts, and records what it showed on disk', async () => {
    const summary = task('2026-06-10T09:00')
    const letter = task('2026-06-10T11:00', { kind: 'formal-letter', title: 'Send a formal thank-you letter to Lee' })
    const ask = inquiry('2026-06-10T10:00')
    board.interviews = [interview({ tasks: [summary, ask, letter] })]

    setClock('2026-06-10T07:30:00Z') // 09:30 in Berlin: the summary is due.
    await start()
    await runUntil('2026-06-10T08:30:00Z') // the inquiry came due at 10:00.
    setClock('2026-06-10T09:30:00Z') // closed over 11:00, when the letter came due.
    await start()
    await runUntil('2026-06-10T10:00:00Z')
    await start()
    await runUntil('2026-06-11T10:00:00Z')

    expect(bodies()).toEqual([
      'Write your summary of the interview — your Backend Engineer interview at Acme.',
      expect.stringMatching(/^Call Acme to ask for the result/),
      'Send a formal thank-you letter to Lee — your Backend Engineer interview at Acme.',
    ])
    const file = JSON.parse(await readFile(join(board.dir, REMINDERS_FILE), 'utf8'))
    expect(file).toEqual({
      schemaVersion: 1,
      fired: { [summary.id]: summary.due, [ask.id]: ask.due, [letter.id]: letter.due },
    })
  })

  it('groups several overdue reminders into one notification at start', async () => {
    board.interviews = [
      interview({ tasks: [inquiry('2026-06-10T10:00'), task('2026-06-02T17:30')] }),
      interview({ company: 'Globex', tasks: [task('2026-06-05T17:30', { title: 'Send Lee a LinkedIn request' })] }),
    ]
    setClock('2026-06-11T08:00:00Z')
    await start()
    expect(board.shown).toHaveLength(1)
    expect(board.shown[0]!.title).toBe('3 follow-ups are due')
    expect(board.shown[0]!.body).toContain('Globex')
    await runUntil('2026-06-11T12:00:00Z')
    expect(board.shown).toHaveLength(1)
  })

  it('leaves done, dismissed and archived work alone', async () => {
    board.interviews = [
      interview({
        tasks: [task('2026-06-02T17:30', { status: 'done' }), task('2026-06-02T17:30', { status: 'dismissed' })],
      }),
      interview({ archived: true, tasks: [inquiry('2026-06-10T10:00')] }),
    ]
    setClock('2026-06-11T08:00:00Z')
    await start()
    await runUntil('2026-06-12T08:00:00Z')
    expect(board.shown).toEqual([])
  })

  it('sets a damaged reminders file aside, says so, and still reminds', async () => {
    board.interviews = [interview({ tasks: [task('2026-06-02T17:30')] })]
    await writeFile(join(board.dir, REMINDERS_FILE), '{"schemaVersion":1,"fired":')
    setClock('2026-06-11T08:00:00Z')
    await start()
    expect(board.shown).toHaveLength(1)
    expect(board.logged.join('\n')).toMatch(/reminders file was damaged and was moved to .*reminders\.json\.corrupt-/)
    expect((await readdir(board.dir)).filter((name) => name.startsWith(`${REMINDERS_FILE}.corrupt-`))).toHaveLength(1)
  })
})

describe('reminders while Debrief runs', () => {
  it('shows a reminder due in the future at its time, not before', async () => {
    board.interviews = [interview({ tasks: [inquiry('2026-06-10T10:00')] })]
    // Half a minute off the hour, so only a timer aimed at the due time itself lands on it.
    setClock('2026-06-10T06:00:30Z')
    await start()
    await runUntil('2026-06-10T07:59:59Z')
    expect(board.shown).toEqual([])
    await runUntil('2026-06-10T08:00:00Z')
    expect(board.shown).toHaveLength(1)
    expect(board.logged).toEqual([])
  })

  it('shows a snoozed task at the snooze time, not at its due time', async () => {
    board.interviews = [interview({ tasks: [inquiry('2026-06-10T10:00', { snoozedUntil: '2026-06-10T15:00' })] })]
    setClock('2026-06-10T07:00:00Z')
    await start()
    await runUntil('2026-06-10T12:59:00Z')
    expect(board.shown).toEqual([])
    await runUntil('2026-06-10T13:00:00Z')
    expect(board.shown).toHaveLength(1)
  })

  it('reminds again when a task it showed is snoozed to a new time', async () => {
    const ask = inquiry('2026-06-10T10:00')
    const acme = interview({ tasks: [ask] })
    board.interviews = [acme]
    setClock('2026-06-10T08:30:00Z')
    const scheduler = await start()
    expect(board.shown).toHaveLength(1)

    replaceBoard([{ ...acme, tasks: [{ ...ask, snoozedUntil: '2026-06-10T14:00' }] }])
    await scheduler.reschedule()
    await runUntil('2026-06-10T11:59:00Z')
    expect(board.shown).toHaveLength(1)
    await runUntil('2026-06-10T12:00:00Z')
    expect(board.shown).toHaveLength(2)
  })

  it('reads each due time in its interview’s zone: 10:00 in Berlin and 10:00 in New York are six hours apart', async () => {
    board.interviews = [
      interview({ company: 'Berlin GmbH', tasks: [task('2026-06-10T10:00')] }),
      interview({ company: 'New York Inc', timeZone: 'America/New_York', tasks: [task('2026-06-10T10:00')] }),
    ]
    setClock('2026-06-10T07:00:00Z')
    await start()
    await runUntil('2026-06-10T08:00:00Z')
    expect(board.shown.map((notification) => notification.title)).toEqual(['Follow up with Berlin GmbH'])
    await runUntil('2026-06-10T13:59:00Z')
    expect(board.shown).toHaveLength(1)
    await runUntil('2026-06-10T14:00:00Z')
    expect(board.shown.map((notification) => notification.title)).toEqual([
      'Follow up with Berlin GmbH',
      'Follow up with New York Inc',
    ])
  })

  it('shows what became due when the clock jumps forward, within a minute and without being told', async () => {
    board.interviews = [interview({ tasks: [inquiry('2026-06-10T10:00')] })]
    setClock('2026-06-10T06:00:00Z')
    await start()
    setClock('2026-06-10T09:00:00Z') // the wall clock jumps; no time passes for the timers
    expect(board.shown).toEqual([])
    await vi.advanceTimersByTimeAsync(60_000)
    await board.running!.settled()
    expect(board.shown).toHaveLength(1)
    expect(board.logged.join('\n')).toMatch(/clock moved forward by about 180 min/)
  })

  it('checks at once when told, as on resume from sleep', async () => {
    board.interviews = [interview({ tasks: [inquiry('2026-06-10T10:00')] })]
    setClock('2026-06-10T06:00:00Z')
    const scheduler = await start()
    setClock('2026-06-10T09:00:00Z')
    await scheduler.reschedule()
    expect(board.shown).toHaveLength(1)
  })

  it('holds reminders due in quiet hours until they end, then shows them together', async () => {
    board.interviews = [interview({ tasks: [task('2026-06-10T23:00'), task('2026-06-11T06:30')] })]
    setClock('2026-06-10T19:00:00Z') // 21:00 in Berlin
    await start({ ...defaults(), quietHours: { start: '22:00', end: '08:00' } })
    await runUntil('2026-06-11T05:59:00Z') // 07:59 in Berlin
    expect(board.shown).toEqual([])
    await runUntil('2026-06-11T06:00:00Z')
    expect(board.shown).toHaveLength(1)
    expect(board.shown[0]!.title).toBe('2 follow-ups are due')
  })

  it("keeps quiet from 22:00 to 07:00 by default: a reply due at night comes at 07:00 on the user's clock", async () => {
    board.interviews = [
      interview({ tasks: [task('2026-06-10T23:30', { kind: 'reply-quickly', title: 'Reply to the offer' })] }),
    ]
    setClock('2026-06-10T19:00:00Z') // 21:00 in Berlin
    await start({ ...DEFAULT_PREFERENCES })
    await runUntil('2026-06-11T04:59:00Z') // 06:59 in Berlin
    expect(board.shown).toEqual([])
    await runUntil('2026-06-11T05:00:00Z')
    expect(bodies()).toEqual(['Reply to the offer — your Backend Engineer interview at Acme.'])
  })

  it('shows nothing while notifications are off, and what is due once they are on again', async () => {
    board.interviews = [interview({ tasks: [task('2026-06-10T10:00')] })]
    const preferences: ReminderPreferences = { ...defaults(), notificationsEnabled: false }
    setClock('2026-06-10T07:00:00Z')
    const scheduler = await start(preferences)
    await runUntil('2026-06-10T10:00:00Z')
    expect(board.shown).toEqual([])
    preferences.notificationsEnabled = true
    await scheduler.reschedule()
    expect(board.shown).toHaveLength(1)
  })

  it('keeps a reminder the notifier refused pending, retries with backoff and shows it once when the service answers', async () => {
    board.interviews = [interview({ tasks: [task('2026-06-10T10:00')] })]
    setClock('2026-06-10T08:30:00Z')
    let serviceUp = false
    const attempts: number[] = []
    const statuses: string[] = []
    board.running = createReminderScheduler({
      dataDir: board.dir,
      getSources: freshIndex(),
      notify: async (notification) => {
        attempts.push(Date.now())
        if (!serviceUp) throw new Error('no notification service')
        board.shown.push(notification)
      },
      onStatus: (status) => void statuses.push(`${status.notifications} ${status.pending}`),
      timeZone: () => 'Europe/Berlin',
      log: (line) => void board.logged.push(line),
    })
    await board.running.start()
    // Due at 08:00 UTC: refused, then retried after 5, 10, 20 and 30 s, and every 30 s after that.
    await runUntil('2026-06-10T08:32:00Z')
    expect(board.shown).toEqual([])
    expect(board.running.status()).toEqual({ notifications: 'unavailable', pending: 1 })
    const gaps = attempts.slice(1, 6).map((at, index) => (at - attempts[index]!) / 1000)
    expect(gaps).toEqual([5, 10, 20, 30, 30])
    expect(board.logged).toEqual([
      '[debrief] Desktop notifications are unavailable (no notification service); 1 reminder(s) wait.',
    ])

    serviceUp = true
    await runUntil('2026-06-10T08:33:00Z')
    expect(bodies()).toHaveLength(1)
    expect(board.running.status()).toEqual({ notifications: 'available', pending: 0 })
    expect(statuses).toEqual(['unavailable 1', 'available 0'])

    // A restart does not show it again: it was recorded once the service took it.
    await start()
    await runUntil('2026-06-10T09:30:00Z')
    expect(bodies()).toHaveLength(1)
  })

  it('while the service is down, a burst of changes waits for the next retry instead of running notify for each', async () => {
    board.interviews = [interview({ tasks: [task('2026-06-10T10:00')] })]
    setClock('2026-06-10T08:30:00Z')
    let serviceUp = false
    let preferences = { ...DEFAULT_PREFERENCES, quietHours: null }
    const attempts: number[] = []
    board.running = createReminderScheduler({
      dataDir: board.dir,
      getSources: freshIndex(),
      getPreferences: () => preferences,
      notify: async (notification) => {
        attempts.push(Date.now())
        if (!serviceUp) throw new Error('no notification service')
        board.shown.push(notification)
      },
      timeZone: () => 'Europe/Berlin',
      log: (line) => void board.logged.push(line),
    })
    await board.running.start()
    expect(attempts).toHaveLength(1)
    for (let change = 0; change < 10; change++) await board.running.changed()
    expect(attempts).toHaveLength(1)

    // The retry 5 s later reads what changed meanwhile, and shows it once the service answers.
    serviceUp = true
    await runUntil('2026-06-10T08:30:05Z')
    expect(attempts).toHaveLength(2)
    expect(board.shown).toHaveLength(1)

    // Turning notifications off while the service is down takes effect at once.
    serviceUp = false
    replaceBoard([...board.interviews, interview({ tasks: [task('2026-06-10T10:05')] })])
    await board.running.changed()
    expect(board.running.status()).toEqual({ notifications: 'unavailable', pending: 1 })
    preferences = { ...preferences, notificationsEnabled: false }
    await board.running.changed()
    expect(board.running.status()).toEqual({ notifications: 'off', pending: 0 })
  })

  it('shows a refused reminder at once on a wake (reschedule), without waiting for the retry', async () => {
    board.interviews = [interview({ tasks: [task('2026-06-10T10:00')] })]
    setClock('2026-06-10T08:30:00Z')
    let serviceUp = false
    board.running = createReminderScheduler({
      dataDir: board.dir,
      getSources: freshIndex(),
      notify: async (notification) => {
        if (!serviceUp) throw new Error('no notification service')
        board.shown.push(notification)
      },
      timeZone: () => 'Europe/Berlin',
      log: (line) => void board.logged.push(line),
    })
    await board.running.start()
    await runUntil('2026-06-10T08:31:00Z')
    serviceUp = true
    await board.running.reschedule()
    expect(board.shown).toHaveLength(1)
  })
})
