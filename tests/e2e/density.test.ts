import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useAppSession } from './support/app-session'
import { hasChromium } from './support/browser'
import { addInterviews } from './support/seed-board'

const storedDensity = async (dataDir: string) =>
  JSON.parse(await readFile(join(dataDir, 'settings.json'), 'utf8')).preferences.boardDensity as string

/** Compact cards are a preference: one choice for every window, kept in the data folder. */
describe.skipIf(!hasChromium)('the board density', () => {
  const session = useAppSession()
  const seed = (dataDir: string) => addInterviews(dataDir, [{ company: 'Acme' }, { company: 'Globex' }])

  it('chosen in one window shows in the other, is saved in settings.json and comes back after a restart', async () => {
    const workbench = await session.open({ seed })
    const other = await session.newWorkbench()
    expect(await other.board.density()).toBe('comfortable')

    await workbench.board.moreAction('Compact cards')
    await expect.poll(() => workbench.board.density()).toBe('compact')
    await expect.poll(() => other.board.density()).toBe('compact')
    await expect.poll(() => storedDensity(session.dataDir)).toBe('compact')

    await session.restartHost()
    const fresh = await session.newWorkbench()
    // Without what the browser remembers of the last board shown, only the preference can say compact.
    await fresh.page.evaluate(() => localStorage.clear())
    await fresh.reload()
    await expect.poll(() => fresh.board.density()).toBe('compact')
  })

  it('keeps every column title whole in compact columns at 1280 px, the side bar open', async () => {
    const workbench = await session.open({ seed })
    await workbench.page.setViewportSize({ width: 1280, height: 800 })
    await workbench.board.moreAction('Compact cards')
    await expect.poll(() => workbench.board.density()).toBe('compact')
    // Each title takes at most a line a word: "INTERVIEWED" read "INTERVIEWE" over "D" (a walkthrough).
    const brokenWords = await workbench.board.region.getByRole('heading', { level: 2 }).evaluateAll((titles) =>
      titles.flatMap((title) => {
        const range = document.createRange()
        range.selectNodeContents(title)
        const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)))
        const words = (title.textContent ?? '').trim().split(/\s+/).length
        return lines.size > words ? [title.textContent] : []
      }),
    )
    expect(brokenWords).toEqual([])
    // Each count beside its title's first line: it went under "AWAITING RESULT" (a walkthrough).
    const countsBelow = await workbench.board.region.locator('.board-column-header').evaluateAll((headers) =>
      headers.flatMap((header) => {
        const title = header.querySelector('h2')!.getBoundingClientRect()
        const count = header.querySelector('.badge')!.getBoundingClientRect()
        return count.top >= title.top + 8 ? [header.textContent] : []
      }),
    )
    expect(countsBelow).toEqual([])
  })

  it('moves the density a browser kept before into the preferences, once', async () => {
    const workbench = await session.open({ seed })
    await workbench.page.evaluate(() => localStorage.setItem('debrief.boardDensity', 'compact'))
    await workbench.reload()
    await expect.poll(() => workbench.board.density()).toBe('compact')
    await expect.poll(() => storedDensity(session.dataDir)).toBe('compact')
    expect(await workbench.page.evaluate(() => localStorage.getItem('debrief.boardDensity'))).toBeNull()
  })
})
