import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  createNodeNotifier,
  NotificationUnavailableError,
  sessionBusReachable,
  type NotifyOptions,
} from '../../../electron/host/follow-ups/reminders/notifier'

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

  it("rejects, naming the tool's complaint in one line, when no notification service answers", async () => {
    let outcome: unknown = new Error(
      'Command failed: notify-send "x" "y"\nCould not connect: No such file or directory\n',
    )
    const notifier = createNodeNotifier({
      platform: 'linux',
      notify: (_options, callback) => setImmediate(() => callback(outcome)),
    })
    await expect(notifier.show(reminder)).rejects.toThrow(
      new NotificationUnavailableError('Could not connect: No such file or directory'),
    )
    outcome = 'GDBus.Error:org.freedesktop.DBus.Error.ServiceUnknown: The name is not activatable'
    await expect(notifier.show(reminder)).rejects.toBeInstanceOf(NotificationUnavailableError)
    outcome = ''
    await expect(notifier.show(reminder)).resolves.toBeUndefined()
  })

  it('gives up on a notification service that never answers, rejecting after 15 s', async () => {
    vi.useFakeTimers()
    const notifier = createNodeNotifier({ platform: 'linux', notify: () => undefined })
    const shown = notifier.show(reminder)
    const settled = expect(shown).rejects.toThrow('no answer from the notification service within 15 s')
    await vi.advanceTimersByTimeAsync(15_000)
    await settled
  })

  it('refuses at once, running nothing, where there is no desktop session to notify into', async () => {
    const runs: NotifyOptions[] = []
    const notifier = createNodeNotifier({
      platform: 'linux',
      notify: (options, callback) => void (runs.push(options), callback('')),
      sessionBus: () => sessionBusReachable({ XDG_RUNTIME_DIR: '/nonexistent-debrief-runtime' }),
    })
    await expect(notifier.show(reminder)).rejects.toThrow(/no desktop session/)
    expect(runs).toEqual([])
    expect(sessionBusReachable({ DBUS_SESSION_BUS_ADDRESS: 'unix:path=/run/user/1000/bus' })).toBe(true)
    expect(sessionBusReachable({ DISPLAY: ':0' })).toBe(true)
  })

  it.runIf(process.platform === 'linux')(
    'refuses through a real notify-send with no session bus to talk to',
    async () => {
      const saved = { bus: process.env.DBUS_SESSION_BUS_ADDRESS, display: process.env.DISPLAY }
      process.env.DBUS_SESSION_BUS_ADDRESS = 'unix:path=/nonexistent/debrief-test-bus'
      delete process.env.DISPLAY
      let refused: unknown
      try {
        await createNodeNotifier()
          .show(reminder)
          .catch((error: unknown) => void (refused = error))
      } finally {
        if (saved.bus === undefined) delete process.env.DBUS_SESSION_BUS_ADDRESS
        else process.env.DBUS_SESSION_BUS_ADDRESS = saved.bus
        if (saved.display !== undefined) process.env.DISPLAY = saved.display
      }
      expect(refused).toBeInstanceOf(NotificationUnavailableError)
    },
  )
})
