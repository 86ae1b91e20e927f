import type * as ChildProcessModule from 'node:child_process'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { DEFAULT_PREFERENCES } from '../../../shared/domain/settings'
import { reminderNotification } from '../../../shared/workflow/reminder-text'
import { createNodeNotifier } from '../../../electron/host/follow-ups/reminders/notifier'
import { HOSTILE, shellPayloads } from '../../support/hostile-text'
import { interview, task } from './support'

const children = vi.hoisted(() => ({ execFile: vi.fn(), exec: vi.fn(), spawn: vi.fn() }))
vi.mock('node:child_process', async (importOriginal) => ({
  ...(await importOriginal<typeof ChildProcessModule>()),
  ...children,
}))

beforeEach(() => {
  vi.clearAllMocks()
  children.execFile.mockImplementation((_file, _args, callback: (error: null, out: string, err: string) => void) =>
    setImmediate(() => callback(null, '', '')),
  )
})

describe('a reminder about an interview named with markup and shell syntax', () => {
  const company = `${HOSTILE.image} ${shellPayloads('/tmp/pwned')}`
  const role = `${HOSTILE.script} ${HOSTILE.svg} ${HOSTILE.rightToLeft}`
  const hostile = interview({ company, role, tasks: [task('2026-06-10T10:00')] })

  it('carries the names as plain text, each notify-send argument on its own, with no shell', async () => {
    const notification = reminderNotification(
      [{ interview: hostile, task: hostile.tasks[0]! }],
      new Date('2026-06-10T09:00:00Z'),
      DEFAULT_PREFERENCES,
    )
    expect(notification.title).toBe(`Follow up with ${company}`)
    expect(notification.body).toContain(`your ${role} interview at ${company}.`)

    await createNodeNotifier({ platform: 'linux', sessionBus: () => true }).show(notification)

    expect(children.exec).not.toHaveBeenCalled()
    expect(children.spawn).not.toHaveBeenCalled()
    expect(children.execFile).toHaveBeenCalledTimes(1)
    const [file, args] = children.execFile.mock.calls[0]!
    expect(file).toBe('notify-send')
    const markup = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    expect(args).toEqual(['--app-name', 'Debrief', '--', notification.title, markup(notification.body)])
  })
})
