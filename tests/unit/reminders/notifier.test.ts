import { afterEach, describe, expect, it, vi } from 'vitest'
import { createNodeNotifier, type NotifyOptions } from '../../../electron/host/follow-ups/reminders/notifier'

const reminder = { title: 'Follow up with AT&T', body: 'Email AT&T about the <Senior> Engineer role — due Tuesday.' }

function recordingNotify(outcome: unknown = '') {
  const calls: NotifyOptions[] = []
  const notify = (options: NotifyOptions, callback: (error: unknown) => void) => {
    calls.push(options)
    setImmediate(() => callback(outcome))
  }
  return { calls, notify }
}

afterEach(() => {
  vi.useRealTimers()
})

describe('desktop notifications through node-notifier', () => {
  it('names the app on Linux and keeps the text as typed, escaping what notify-send reads as markup', async () => {
    const { calls, notify } = recordingNotify()
    await createNodeNotifier({ platform: 'linux', notify }).show(reminder)
    expect(calls).toEqual([
      {
        title: 'Follow up with AT&T',
        message: 'Email AT&amp;T about the &lt;Senior&gt; Engineer role — due Tuesday.',
        wait: false,
        'app-name': 'Debrief',
      },
    ])
  })

  it('passes the text unchanged where there is no markup', async () => {
    const { calls, notify } = recordingNotify()
    await createNodeNotifier({ platform: 'darwin', notify }).show(reminder)
    expect(calls).toEqual([{ title: reminder.title, message: reminder.body, wait: false }])
  })

  it('logs one line when no notification service answers, once until one gets through again', async () => {
    const logged: string[] = []
    let outcome: unknown = new Error(
      'Command failed: notify-send "x" "y"\nCould not connect: No such file or directory\n',
    )
    const notifier = createNodeNotifier({
      platform: 'linux',
      notify: (_options, callback) => setImmediate(() => callback(outcome)),
      log: (line) => void logged.push(line),
    })
    await notifier.show(reminder)
    await notifier.show(reminder)
    expect(logged).toEqual([
      '[debrief] Desktop notifications are unavailable: Could not connect: No such file or directory',
    ])
    outcome = ''
    await notifier.show(reminder)
    outcome = 'GDBus.Error:org.freedesktop.DBus.Error.ServiceUnknown: The name is not activatable'
    await notifier.show(reminder)
    expect(logged).toHaveLength(2)
  })

  it('gives up on a notification service that never answers, without throwing', async () => {
    vi.useFakeTimers()
    const logged: string[] = []
    const notifier = createNodeNotifier({
      platform: 'linux',
      notify: () => undefined,
      log: (line) => void logged.push(line),
    })
    const shown = notifier.show(reminder)
    await vi.advanceTimersByTimeAsync(15_000)
    await expect(shown).resolves.toBeUndefined()
    expect(logged).toEqual([
      '[debrief] Desktop notifications are unavailable: no answer from the notification service within 15 s',
    ])
  })

  it.runIf(process.platform === 'linux')('survives a real notify-send with no session bus to talk to', async () => {
    const saved = { bus: process.env.DBUS_SESSION_BUS_ADDRESS, display: process.env.DISPLAY }
    process.env.DBUS_SESSION_BUS_ADDRESS = 'unix:path=/nonexistent/debrief-test-bus'
    delete process.env.DISPLAY
    const logged: string[] = []
    try {
      await createNodeNotifier({ log: (line) => void logged.push(line) }).show(reminder)
    } finally {
      if (saved.bus === undefined) delete process.env.DBUS_SESSION_BUS_ADDRESS
      else process.env.DBUS_SESSION_BUS_ADDRESS = saved.bus
      if (saved.display !== undefined) process.env.DISPLAY = saved.display
    }
    expect(logged).toHaveLength(1)
    expect(logged[0]).toMatch(/^\[debrief\] Desktop notifications are unavailable: /)
  })
})
