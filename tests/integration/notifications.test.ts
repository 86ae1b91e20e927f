import { randomUUID } from 'node:crypto'
import { existsSync } from 'node:fs'
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
import { REMINDERS_FILE } from '../../electron/host/follow-ups/reminders/fired-log'
import { SERVE_WEB, startWebApp } from '../e2e/support/web-app'
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
    format: 'phone',
  } as const
  const tasks = generateTasks({ ...fields, interviewers: [], arrangers: [] }, DEFAULT_PREFERENCES, {
    newId: randomUUID,
    now,
  }).filter((task) => task.kind === 'inquire-result')
  const stamp = now.toISOString()
  return interviewSchema.parse({ id: randomUUID(), ...fields, order: 'a0', tasks, createdAt: stamp, updatedAt: stamp })
}

/** The data folder's settings: no quiet hours, so the test shows its reminder at any hour it runs. */
async function writeSettings(root: string): Promise<void> {
  await writeFile(join(root, 'settings.json'), JSON.stringify({ preferences: { quietHours: null } }))
}

async function writeOverdueInterview(root: string): Promise<void> {
  const file = interviewsFileSchema.parse({
    schemaVersion: INTERVIEWS_SCHEMA_VERSION,
    interviews: [overdueInterview(new Date())],
  })
  await writeFile(join(root, 'interviews.json'), JSON.stringify(file))
  await writeSettings(root)
}

function firedCount(text: string): number {
  return Object.keys((JSON.parse(text) as { fired: object }).fired).length
}

describe.skipIf(missing || !existsSync(SERVE_WEB))(
  `a real desktop notification from the browser app's host${missing ? ` — skipped, ${missing}` : ''}${existsSync(SERVE_WEB) ? '' : ' — skipped, run `npm run build` first'}`,
  () => {
    let session: NotificationSession
    let root: string

    beforeAll(async () => {
      session = await startNotificationSession()
      root = await mkdtemp(join(tmpdir(), 'debrief-notifications-'))
      await writeOverdueInterview(root)
    }, 30_000)

    afterAll(async () => {
      await session?.stop()
      if (root) await rm(root, { recursive: true, force: true })
    })

    it('reaches the notification daemon once, asking to call about the result, and not again after a restart', async () => {
      const first = await startWebApp(root, session.env)
      const shown = await session.waitForNotification((notification) => notification.summary.includes(COMPANY))
      await first.stop()
      expect(shown.appName).toBe('Debrief')
      expect(shown.summary).toBe(`Follow up with ${COMPANY}`)
      // The window is named by its day ("tomorrow 10:00–12:00") unless it is today on the interview's clock,
      // and also given on the user's clock when that is not Berlin's.
      expect(shown.body).toMatch(
        /^Call HR at Acme Robotics to ask for the result of your Backend Engineer interview — the decision was due .+\. Good time to call: (?:\S.* )?\d\d:\d\d–\d\d:\d\d(?: in Berlin · \d\d:\d\d–\d\d:\d\d(?: \S.*)? your time)?\.$/,
      )
      const fired = JSON.parse(await readFile(join(root, REMINDERS_FILE), 'utf8')) as { fired: object }
      expect(Object.keys(fired.fired)).toHaveLength(1)

      // A restart re-reads the due times; the fired log keeps the same reminder from showing twice.
      const second = await startWebApp(root, session.env)
      await new Promise((settle) => setTimeout(settle, 2_000))
      await second.stop()
      const ours = (await session.history()).filter((notification) => notification.summary.includes(COMPANY))
      expect(ours).toHaveLength(1)
    }, 45_000)
  },
)

describe.skipIf(missing || !existsSync(SERVE_WEB))(
  `a reminder due while no notification service runs${missing ? ` — skipped, ${missing}` : ''}${existsSync(SERVE_WEB) ? '' : ' — skipped, run `npm run build` first'}`,
  () => {
    let session: NotificationSession | undefined
    let root: string

    beforeAll(async () => {
      root = await mkdtemp(join(tmpdir(), 'debrief-notifications-late-'))
      await writeOverdueInterview(root)
    })

    afterAll(async () => {
      await session?.stop()
      if (root) await rm(root, { recursive: true, force: true })
    })

    it('waits, is shown within a minute once dunst starts, exactly once, and not again after a restart', async () => {
      // The host is given the address of a session bus that does not exist yet: no D-Bus, no daemon.
      const busAddress = `unix:path=${join(root, 'bus')}`
      const first = await startWebApp(root, { DBUS_SESSION_BUS_ADDRESS: busAddress, DISPLAY: '' })
      await new Promise((settle) => setTimeout(settle, 3_000))
      // Not recorded as shown: the notifier did not take it.
      const before = existsSync(join(root, REMINDERS_FILE)) ? await readFile(join(root, REMINDERS_FILE), 'utf8') : ''
      expect(before === '' ? 0 : firedCount(before)).toBe(0)

      session = await startNotificationSession({ busAddress })
      const startedAt = Date.now()
      const shown = await session.waitForNotification((note) => note.summary.includes(COMPANY), 60_000)
      expect(Date.now() - startedAt).toBeLessThan(60_000)
      expect(shown.summary).toBe(`Follow up with ${COMPANY}`)
      // Another retry period passes: still once.
      await new Promise((settle) => setTimeout(settle, 6_000))
      await first.stop()
      expect(firedCount(await readFile(join(root, REMINDERS_FILE), 'utf8'))).toBe(1)

      const second = await startWebApp(root, session.env)
      await new Promise((settle) => setTimeout(settle, 3_000))
      await second.stop()
      const ours = (await session.history()).filter((note) => note.summary.includes(COMPANY))
      expect(ours).toHaveLength(1)
    }, 120_000)
  },
)
