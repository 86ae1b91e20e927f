import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createDesktopNotifier } from '../../../electron/main/notifier'
import { NotificationUnavailableError, SHOW_TIMEOUT_MS } from '../../../electron/host/follow-ups/reminders/notifier'
import { listedReminders } from '../../../electron/host/follow-ups/reminders/reminder-sources'
import { createReminderScheduler } from '../../../electron/host/follow-ups/reminders/scheduler'
import { interview, makeTempDir, task } from '../reminders/support'
import { debriefPromptTask, prepareTasks } from '../../../shared/calendar/prompt'
import { DEFAULT_PREFERENCES } from '../../../shared/domain/settings'
import { reminderNotification } from '../../../shared/workflow/reminder-text'
import { Notification, resetFakeElectron } from './fake-electron'

const NO_DECISION = { expectedDate: '', informer: 'interviewer', informerName: '', channel: '' } as const
const LINK = {
  interviewId: 'interview-7',
  start: '2026-10-20T12:00:00.000Z',
  end: '2026-10-20T13:00:00.000Z',
  linkedAt: '2026-10-01T00:00:00.000Z',
  cancelled: false,
}
const PREPARE = { prepareEveningAt: '19:00', prepareMinutesBefore: 60 }

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

  it('opens the quick debrief when the "How did it go?" notification is clicked, and the preparation view for a preparation reminder', async () => {
    const opened: unknown[] = []
    const notifier = createDesktopNotifier((target) => opened.push(target))
    const interview = {
      id: 'interview-7',
      company: 'Acme',
      role: 'Analyst',
      timeZone: 'Europe/Berlin',
      decision: NO_DECISION,
    }
    const prompt = debriefPromptTask(LINK, interview, 10)!
    const [prepare] = prepareTasks(LINK, { ...interview, round: 2, date: '2026-10-20', time: '14:00' }, PREPARE)
    const now = new Date('2026-10-20T16:00:00Z')
    for (const task of [prompt, prepare!]) {
      const showing = notifier.show(reminderNotification([{ interview, task }], now, DEFAULT_PREFERENCES))
      Notification.shown.at(-1)!.emit('show', {})
      await showing
    }

    expect(Notification.shown.map((shown) => shown.options.title)).toEqual([
      'How did it go at Acme?',
      'Prepare for round 2 at Acme, 2026-10-20 14:00',
    ])
    Notification.shown[0]!.emit('click')
    Notification.shown[1]!.emit('click')
    expect(opened).toEqual([
      { interviewId: 'interview-7', view: 'quick-debrief' },
      { interviewId: 'interview-7', view: 'prepare' },
    ])
  })

  it('falls back to node-notifier where Electron cannot show notifications', async () => {
    Notification.supported = false
    const notifier = createDesktopNotifier(() => undefined)
    expect(notifier.show).toBeTypeOf('function')
    expect(Notification.shown).toEqual([])
  })
})
