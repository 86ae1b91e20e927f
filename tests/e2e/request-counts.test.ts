import type { Page } from 'playwright-core'
import { beforeEach, describe, expect, it } from 'vitest'
import { NotesPage } from './pages/notes.page'
import { TodayPage } from './pages/today.page'
import type { WorkbenchPage } from './pages/workbench.page'
import { useAppSession } from './support/app-session'
import { hasChromium } from './support/browser'
import { addInterviews } from './support/seed-board'

/** Longer than any follow-on request takes to start: the Today list's 200 ms debounce, the notes watcher's 150 ms. */
const QUIET_MS = 800

/** The host calls a page makes (`POST /api/<method>`), by method, from now on; the event stream is not a call. */
function countCalls(page: Page): { calls: () => Record<string, number>; reset: () => void } {
  let seen: Record<string, number> = {}
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname
    if (!path.startsWith('/api/') || path === '/api/events') return
    const method = path.slice('/api/'.length)
    seen[method] = (seen[method] ?? 0) + 1
  })
  return {
    calls: () => ({ ...seen }),
    reset: () => {
      seen = {}
    },
  }
}

/** Waits until the page has made no host call for QUIET_MS, then returns the calls made since the last reset. */
async function callsOnceQuiet(counter: { calls: () => Record<string, number> }): Promise<Record<string, number>> {
  let last = JSON.stringify(counter.calls())
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, QUIET_MS))
    const now = JSON.stringify(counter.calls())
    if (now === last) return counter.calls()
    last = now
  }
}

/** One change is one call: the window shows the host's reply and asks nothing more (issue #13). */
describe.skipIf(!hasChromium)('the host calls one change costs, in the window that makes it', () => {
  const session = useAppSession()
  let workbench: WorkbenchPage

  beforeEach(async () => {
    const seed = (dataDir: string) =>
      addInterviews(dataDir, [
        { company: 'Acme', role: 'Backend engineer', interviewer: 'Dana Reyes' },
        { company: 'Globex', role: 'Data analyst', interviewer: 'Sam Ito' },
        { company: 'Initech', role: 'Product manager' },
      ])
    workbench = await session.open({ seed })
  })

  it('a keyboard move, a drag, a follow-up done and a notes save each make exactly one call', async () => {
    const { board, page } = workbench
    const today = new TodayPage(page)
    await today.open()
    await today.view.getByRole('listitem').first().waitFor()
    const counter = countCalls(page)
    await callsOnceQuiet(counter)

    counter.reset()
    await board.cardOf('Acme').focus()
    await page.keyboard.press('Alt+ArrowRight')
    await board.cardOf('Acme', 'Thanked').waitFor()
    expect.soft(await callsOnceQuiet(counter)).toEqual({ moveInterview: 1 })

    counter.reset()
    await board.drag(board.cardOf('Globex', 'Interviewed'), board.column('Thanked'), 'empty space')
    await board.cardOf('Globex', 'Thanked').waitFor()
    expect.soft(await callsOnceQuiet(counter)).toEqual({ moveInterview: 1 })

    counter.reset()
    const title = (await today.view.locator('.today-row-title').first().textContent()) ?? ''
    // Moving a card past a stage skips its open follow-ups, so the first row may be any of the three.
    let company = ''
    for (const candidate of ['Acme', 'Globex', 'Initech']) {
      if ((await today.row(title, candidate).count()) > 0) company = candidate
    }
    const rowsBefore = await today.view.getByRole('listitem').count()
    await today.markDone(title, company)
    await expect.poll(() => today.view.getByRole('listitem').count()).toBe(rowsBefore - 1)
    expect.soft(await callsOnceQuiet(counter)).toEqual({ updateTask: 1 })

    await board.cardOf('Initech').click()
    const notes = new NotesPage(page)
    await notes.editor.waitFor()
    await callsOnceQuiet(counter)
    counter.reset()
    await notes.append('Asked about the on-call rota.')
    await notes.paneStatus('Saved').waitFor()
    expect.soft(await callsOnceQuiet(counter)).toEqual({ writeNotes: 1 })
  })
})
