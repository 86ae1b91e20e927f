import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createDesktopNotifier } from '../../../electron/main/notifier'
import { NotificationUnavailableError, SHOW_TIMEOUT_MS } from '../../../electron/host/follow-ups/reminders/notifier'
import { createReminderScheduler, listedReminders } from '../../../electron/host/follow-ups/reminders/scheduler'
import { interview, makeTempDir, task } from '../reminders/support'
import { Notification, resetFakeElectron } from './fake-electron'

vi.mock('electron', () => import('./fake-electron'))

const reminder = {
  title: 'Follow up with Acme',
  body: 'Call HR at Acme…',
  interviewId: 'interview-1',
  taskId: 'task-1',
}

/** Follows a promise, so a test can ask whether it has settled yet, and how. */
function watch(promise: Promise<unknown>): { state: 'pending' | 'resolved' | 'rejected' } {
  const watched = { state: 'pending' as 'pending' | 'resolved' | 'rejected' }
  promise.then(
    () => (watched.state = 'resolved'),
    () => (watched.state = 'rejected'),
  )
  return watched
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('desktop reminders', () => {
  beforeEach(() => resetFakeElectron())
  afterEach(() => vi.useRealTimers())

  it("shows Electron's notification, and a click opens the reminder's interview on its follow-up", async () => {
    const opened: unknown[] = []
    const notifier = createDesktopNotifier((target) => opened.push(target))
    const showing = notifier.show(reminder)
    Notification.shown[0]!.emit('show', {})
    await showing

    expect(Notification.shown.map((shown) => shown.options)).toEqual([
      { title: 'Follow up with Acme', body: 'Call HR at Acme…' },
    ])
    Notification.shown[0]!.emit('click')
    expect(opened).toEqual([{ interviewId: 'interview-1', taskId: 'task-1' }])
  })

  it('counts a reminder as delivered only once the system says it is shown', async () => {
    const showing = watch(createDesktopNotifier(() => undefined).show(reminder))
    await settle()
    expect(showing.state).toBe('pending')
    Notification.shown[0]!.emit('show', {})
    await settle()
    expect(showing.state).toBe('resolved')
  })

  it('rejects as unavailable when the system reports the notification failed', async () => {
    const showing = createDesktopNotifier(() => undefined).show(reminder)
    Notification.shown[0]!.emit('failed', {}, 'Toast notifications are turned off')
    await expect(showing).rejects.toEqual(new NotificationUnavailableError('Toast notifications are turned off'))
  })

  it('rejects when the system says nothing in time, and takes the notification back', async () => {
    vi.useFakeTimers()
    const showing = createDesktopNotifier(() => undefined).show(reminder)
    const outcome = expect(showing).rejects.toThrow(/no answer from the notification service/)
    await vi.advanceTimersByTimeAsync(SHOW_TIMEOUT_MS)
    await outcome
    expect(Notification.shown[0]!.closed).toBe(true)
  })

  it('keeps a failed reminder pending for the scheduler, which shows it once when the system takes it', async () => {
    vi.useFakeTimers()
    vi.setSystemTime(new Date('2026-06-10T08:30:00Z'))
    const { dir, cleanup } = await makeTempDir()
    const acme = interview({ tasks: [task('2026-06-10T10:00')] })
    const notifier = createDesktopNotifier(() => undefined)
    const scheduler = createReminderScheduler({
      dataDir: dir,
      getSources: () => [listedReminders([{ interview: acme, task: acme.tasks[0]! }])],
      notify: (notification) => {
        const showing = notifier.show(notification)
        // The first attempt fails, as a turned-off notification centre does; the next one is shown.
        const attempt = Notification.shown.at(-1)!
        if (Notification.shown.length === 1) attempt.emit('failed', {}, 'Notifications are turned off')
        else attempt.emit('show', {})
        return showing
      },
      timeZone: () => 'Europe/Berlin',
      log: () => undefined,
    })
    try {
      await scheduler.start()
      expect(scheduler.status()).toEqual({ notifications: 'unavailable', pending: 1 })
      await vi.advanceTimersByTimeAsync(60_000)
      await scheduler.settled()
      expect(scheduler.status()).toEqual({ notifications: 'available', pending: 0 })
      await vi.advanceTimersByTimeAsync(10 * 60_000)
      expect(Notification.shown).toHaveLength(2)
    } finally {
      await scheduler.stop()
      await cleanup()
    }
  })

  it('falls back to node-notifier where Electron cannot show notifications', async () => {
    Notification.supported = false
    const notifier = createDesktopNotifier(() => undefined)
    expect(notifier.show).toBeTypeOf('function')
    expect(Notification.shown).toEqual([])
  })
})
