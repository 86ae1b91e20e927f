import { existsSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { MethodName } from '../../../shared/api/contract'
import type { ApiResult } from '../../../shared/api/errors'
import { hasChromium, launchBrowser } from '../../e2e/support/browser'
import { SERVE_WEB, startWebApp, type WebApp } from '../../e2e/support/web-app'
import { startFeedServer, type FeedServer } from '../../support/feed-server'
import { calendar, vevent } from '../../support/ics-builder'
import {
  missingSessionTools,
  startNotificationSession,
  type NotificationSession,
} from '../../support/notification-session'

const missing = missingSessionTools()

function icsUtc(date: Date): string {
  return date.toISOString().replace(/[-:]|\.\d+/g, '')
}

/** Calls the browser app's host over HTTP, as its window does. */
async function call<T>(app: WebApp, method: MethodName, input: unknown): Promise<T> {
  const token = new URL(app.url).searchParams.get('token')
  const response = await fetch(`${app.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify(input),
  })
  const result = (await response.json()) as ApiResult<T>
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`)
  return result.value
}

describe.skipIf(missing || !existsSync(SERVE_WEB))(
  `"How did it go?" on a real desktop${missing ? ` — skipped, ${missing}` : ''}`,
  () => {
    let session: NotificationSession
    let server: FeedServer
    let root: string

    beforeAll(async () => {
      session = await startNotificationSession()
      server = await startFeedServer()
      root = await mkdtemp(join(tmpdir(), 'debrief-debrief-prompt-'))
      // No quiet hours (on by default, 22:00–07:00), so the prompt shows at any hour the test runs.
      await writeFile(join(root, 'settings.json'), JSON.stringify({ preferences: { quietHours: null } }))
    }, 30_000)

    afterAll(async () => {
      await session?.stop()
      await server?.close()
      if (root) await rm(root, { recursive: true, force: true })
    })

    it('asks once about an interview from a subscribed calendar that just ended, and not again after a restart', async () => {
      const now = Date.now()
      server.serve(
        '/work.ics',
        calendar(
          vevent({
            uid: 'umbrella@test',
            summary: 'Interview with Umbrella for Analyst',
            lines: [`DTSTART:${icsUtc(new Date(now - 61 * 60_000))}`, `DTEND:${icsUtc(new Date(now - 60_000))}`],
          }),
        ),
      )
      const first = await startWebApp(root, session.env)
      // The browser app's page, open while it happens: its notification cannot be clicked, so it offers a button.
      const browser = hasChromium ? await launchBrowser() : undefined
      try {
        const page = await browser?.context.newPage()
        await page?.goto(first.url)
        const { settings } = await call<{ settings: object }>(first, 'getCalendars', {})
        // Asked right at the end rather than ten minutes after it, so the test need not wait.
        await call(first, 'setCalendarSettings', { ...settings, promptDelayMinutes: 0 })
        await call(first, 'addCalendarSource', { kind: 'subscription', address: `${server.base}/work.ics` })
        const [suggestion] = await call<{ key: string }[]>(first, 'listCalendarSuggestions', {})
        await call(first, 'addInterviewFromCalendar', { key: suggestion!.key, company: 'Umbrella', role: 'Analyst' })
        // The follow-ups of an interview added after it ended are due too; they come as reminders of their own.
        const shown = await session.waitForNotification((each) => each.summary === 'How did it go at Umbrella?')
        expect(shown.appName).toBe('Debrief')
        expect(shown.body).toMatch(/^Capture it while it is fresh/)
        if (page) {
          await page.getByRole('button', { name: 'Capture it now' }).click()
          await page.getByRole('dialog', { name: 'How did it go at Umbrella?' }).waitFor()
        }
      } finally {
        await browser?.close()
        await first.stop()
      }

      const second = await startWebApp(root, session.env)
      await new Promise((settle) => setTimeout(settle, 2_000))
      await second.stop()
      const ours = (await session.history()).filter((each) => each.summary === 'How did it go at Umbrella?')
      expect(ours).toHaveLength(1)
    }, 60_000)
  },
)
