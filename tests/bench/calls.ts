import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { launchBrowser } from '../e2e/support/browser'
import { seedInterviews } from '../e2e/support/seed-board'
import { startWebApp } from '../e2e/support/web-app'
import { boardInterviews } from './board-data'
import type { BenchResult } from './result'

/**
 * Host calls one move costs the window that makes it, on a board of 1,000: a keyboard move (Alt+→, a
 * real key press through the browser's input) and a mouse drop onto the next column; the larger of the
 * two. Follow-on calls (a refetch of the moved card, Today's list) count: it waits until the page has
 * been quiet for QUIET_MS. tests/e2e/request-counts.test.ts holds the same to 1 for a task done and a
 * notes save as well.
 */
const QUIET_MS = 800
const CARDS = 1000

async function callsOf(page: Page, act: () => Promise<void>): Promise<number> {
  let calls = 0
  const count = (request: { url(): string }) => {
    const path = new URL(request.url()).pathname
    if (path.startsWith('/api/') && path !== '/api/events') calls++
  }
  page.on('request', count)
  await act()
  let seen = -1
  while (seen !== calls) {
    seen = calls
    await page.waitForTimeout(QUIET_MS)
  }
  page.off('request', count)
  return calls
}

export async function benchCalls(): Promise<BenchResult[]> {
  const interviews = boardInterviews(CARDS, new Date())
  const [first, second] = interviews.filter((interview) => interview.stage === 'interviewed')
  const dataDir = await mkdtemp(join(tmpdir(), 'debrief-bench-calls-'))
  const browser = await launchBrowser()
  try {
    await seedInterviews(dataDir, interviews)
    const app = await startWebApp(dataDir)
    try {
      const page = await browser.context.newPage()
      await page.goto(app.url)
      await page.waitForFunction((count) => document.body.innerText.includes(`${count} interviews`), CARDS)
      await page.waitForTimeout(QUIET_MS)
      const keyboard = await callsOf(page, async () => {
        await page.locator(`#card-${first!.id}`).focus()
        await page.keyboard.press('Alt+ArrowRight')
        await page.getByRole('region', { name: 'Thanked', exact: true }).locator(`#card-${first!.id}`).waitFor()
      })
      const drop = await callsOf(page, async () => {
        const column = page.getByRole('region', { name: 'Thanked', exact: true })
        // Onto the top half of the column's first card, as a user drops it at the top.
        await page.locator(`#card-${second!.id}`).dragTo(column.locator('[data-card-id]').first(), {
          targetPosition: { x: 20, y: 6 },
        })
        await column.locator(`#card-${second!.id}`).waitFor()
      })
      return [{ name: 'board.calls.move', value: Math.max(keyboard, drop), unit: 'calls' }]
    } finally {
      await app.stop()
    }
  } finally {
    await browser.close()
    await rm(dataDir, { recursive: true, force: true })
  }
}
