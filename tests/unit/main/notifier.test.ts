import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createDesktopNotifier } from '../../../electron/main/notifier'
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

describe('desktop reminders', () => {
  beforeEach(() => resetFakeElectron())

  it("shows Electron's notification, and a click opens the reminder's interview on its follow-up", async () => {
    const opened: unknown[] = []
    const notifier = createDesktopNotifier((target) => opened.push(target))
    await notifier.show({
      title: 'Follow up with Acme',
      body: 'Call HR at Acme…',
      interviewId: 'interview-1',
      taskId: 'task-1',
    })

    expect(Notification.shown.map((shown) => shown.options)).toEqual([
      { title: 'Follow up with Acme', body: 'Call HR at Acme…' },
    ])
    Notification.shown[0]!.emit('click')
    expect(opened).toEqual([{ interviewId: 'interview-1', taskId: 'task-1' }])
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
    await notifier.show(reminderNotification([{ interview, task: prompt }], now, DEFAULT_PREFERENCES))
    await notifier.show(reminderNotification([{ interview, task: prepare! }], now, DEFAULT_PREFERENCES))

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
