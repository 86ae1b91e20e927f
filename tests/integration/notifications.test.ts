import { randomUUID } from 'node:crypto'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  INTERVIEWS_SCHEMA_VERSION,
  interviewSchema,
  interviewsFileSchema,
  type Interview,
} from '../../shared/domain/interview'
import { DEFAULT_PREFERENCES } from '../../shared/domain/settings'
import { generateTasks } from '../../shared/workflow/generate'
import { instantToWallTime } from '../../shared/workflow/time-zone'
import { addCalendarDays, dayOf } from '../../shared/workflow/wall-time'
import type { Host } from '../../electron/host/host'
import { createNodeNotifier } from '../../electron/host/reminders/notifier'
import { REMINDERS_FILE } from '../../electron/host/reminders/fired-log'
import { createReminderScheduler, openReminders } from '../../electron/host/reminders/scheduler'
import { openHost } from '../../electron/host/service'
import {
  missingSessionTools,
  startNotificationSession,
  type NotificationSession,
} from '../support/notification-session'

const COMPANY = 'Acme Robotics'
const TIME_ZONE = 'Europe/Berlin'
const missing = missingSessionTools()

/** An interview a fortnight ago whose decision was due a week ago: its result inquiry is overdue. */
function overdueInterview(now: Date): Interview {
  const today = dayOf(instantToWallTime(now, TIME_ZONE))
  const fields = {
    company: COMPANY,
    role: 'Backend Engineer',
    date: addCalendarDays(today, -14),
    time: '10:00',
    timeZone: TIME_ZONE,
    decision: { expectedDate: addCalendarDays(today, -7), informer: 'hr', informerName: '', channel: 'phone' },
    stage: 'awaiting-result',
  } as const
  const tasks = generateTasks({ ...fields, interviewers: [], arrangers: [] }, DEFAULT_PREFERENCES, {
    newId: randomUUID,
    now,
  }).filter((task) => task.kind === 'inquire-result')
  const stamp = now.toISOString()
  return interviewSchema.parse({ id: randomUUID(), ...fields, order: 'a0', tasks, createdAt: stamp, updatedAt: stamp })
}

function memorySettings() {
  const values: Record<string, unknown> = {}
  return { get: (key: string) => values[key], set: (key: string, value: unknown) => void (values[key] = value) }
}

describe.skipIf(missing)(`a real desktop notification${missing ? ` — skipped, ${missing}` : ''}`, () => {
  let session: NotificationSession
  let root: string
  let host: Host
  const savedEnv = { DISPLAY: process.env.DISPLAY, DBUS_SESSION_BUS_ADDRESS: process.env.DBUS_SESSION_BUS_ADDRESS }

  beforeAll(async () => {
    session = await startNotificationSession()
    // node-notifier runs notify-send with this process's environment.
    Object.assign(process.env, session.env)
    root = await mkdtemp(join(tmpdir(), 'debrief-notifications-'))
    const file = interviewsFileSchema.parse({
      schemaVersion: INTERVIEWS_SCHEMA_VERSION,
      interviews: [overdueInterview(new Date())],
    })
    await writeFile(join(root, 'interviews.json'), JSON.stringify(file))
    host = await openHost({ dataDir: root, settings: memorySettings(), version: '0.0.0-test' })
  }, 30_000)

  afterAll(async () => {
    await host?.close()
    for (const [key, value] of Object.entries(savedEnv)) {
      if (value === undefined) delete process.env[key]
      else process.env[key] = value
    }
    await session?.stop()
    if (root) await rm(root, { recursive: true, force: true })
  })

  function startScheduler() {
    const notifier = createNodeNotifier()
    return createReminderScheduler({
      dataDir: root,
      getDueCandidates: async () => openReminders(await host.api.listInterviews({ includeArchived: false })),
      notify: (notification) => notifier.show(notification),
    })
  }

  it('reaches the notification daemon once, asking to call about the result, and not again after a restart', async () => {
    const scheduler = startScheduler()
    await scheduler.start()
    const shown = await session.waitForNotification((notification) => notification.summary.includes(COMPANY))
    await scheduler.stop()
    expect(shown.appName).toBe('Debrief')
    expect(shown.summary).toBe(`Follow up with ${COMPANY}`)
    expect(shown.body).toMatch(
      /^Call HR at Acme Robotics to ask for the result of your Backend Engineer interview — the decision was due .+\. Good time to call: .+\d\d:\d\d–\d\d:\d\d\.$/,
    )
    const fired = JSON.parse(await readFile(join(root, REMINDERS_FILE), 'utf8')) as { fired: object }
    expect(Object.keys(fired.fired)).toHaveLength(1)

    const restarted = startScheduler()
    await restarted.start()
    await restarted.stop()
    const ours = (await session.history()).filter((notification) => notification.summary.includes(COMPANY))
    expect(ours).toHaveLength(1)
  }, 30_000)
})
