import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createDesktopNotifier } from '../../../electron/main/notifier'
import { Notification, resetFakeElectron } from './fake-electron'

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

  it('falls back to node-notifier where Electron cannot show notifications', async () => {
    Notification.supported = false
    const notifier = createDesktopNotifier(() => undefined)
    expect(notifier.show).toBeTypeOf('function')
    expect(Notification.shown).toEqual([])
  })
})
