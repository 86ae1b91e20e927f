import { readFile } from 'node:fs/promises'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { SettingsPage } from './pages/settings.page'
import type { WorkbenchPage } from './pages/workbench.page'
import { useAppSession } from './support/app-session'
import { hasChromium } from './support/browser'
import { addInterviews } from './support/seed-board'

/** Runs a palette command that downloads a file, and returns the file's text. */
async function downloadFrom(workbench: WorkbenchPage, query: string, title: string): Promise<string> {
  const downloading = workbench.page.waitForEvent('download')
  await workbench.board.runCommand(query, title)
  const download = await downloading
  return readFile((await download.path())!, 'utf8')
}

const selectedTab = (page: Page) => page.getByRole('tab', { selected: true })

describe.skipIf(!hasChromium)('a restart of the host, and what leaves the app', () => {
  const session = useAppSession()

  it('opens the same tabs after the host restarts, with the same one active and scrolled where it was, and the same side bar', async () => {
    const seed = (dataDir: string) =>
      addInterviews(dataDir, [{ company: 'Acme' }, { company: 'Globex' }, { company: 'Initech' }])
    await session.launch({ seed })
    const workbench = await session.newWorkbench({ width: 1000, height: 360 })
    let { page } = workbench
    // Acme kept open (its tab double-clicked); Initech, opened to look, a preview, is restored as a tab too.
    await workbench.board.cardOf('Acme').click()
    await page.getByRole('tab', { name: /^Acme/ }).dblclick()
    await workbench.showBoard()
    await workbench.board.cardOf('Initech').click()
    await new SettingsPage(page).openWithKeyboard()
    const settings = page.getByRole('tabpanel', { name: 'Settings', exact: true })
    await settings.evaluate((panel) => (panel.scrollTop = 300))
    await page.getByRole('tab', { name: /^Initech/ }).click()
    await page
      .getByRole('navigation', { name: 'Activity bar' })
      .getByRole('button', { name: /^Today/ })
      .click()
    await page.getByRole('complementary', { name: 'Today' }).waitFor()
    // The tabs are saved shortly after they change.
    await page.waitForTimeout(1000)
    const before = await page.getByRole('tab').allTextContents()

    await session.restartHost()
    await page.close()
    page = await session.browser.context.newPage()
    await page.setViewportSize({ width: 1000, height: 360 })
    // The board's panel may be hidden behind the restored active tab: the tab strip is what to wait for.
    await page.goto(session.app.url)
    await expect.poll(() => page.getByRole('tab').allTextContents()).toEqual(before)
    expect(before).toEqual(['Board', 'Acme · Engineer', 'Initech · Engineer', 'Settings'])
    expect(await selectedTab(page).textContent()).toBe('Initech · Engineer')
    await page.getByRole('complementary', { name: 'Today' }).waitFor()
    await page.getByRole('tab', { name: 'Settings' }).click()
    await expect
      .poll(() => page.getByRole('tabpanel', { name: 'Settings', exact: true }).evaluate((panel) => panel.scrollTop))
      .toBe(300)
  })

  it('a window too narrow for the side bar hides it without making that the choice a wide window starts with', async () => {
    await session.launch({ seed: (dataDir) => addInterviews(dataDir, [{ company: 'Acme' }]) })
    const narrow = await session.newWorkbench({ width: 720, height: 480 })
    await narrow.board.cardOf('Acme').waitFor()
    expect(await narrow.page.getByRole('complementary', { name: 'Interviews' }).count()).toBe(0)
    // An interview opened: the window's tabs, and its side bar with them, are saved shortly after.
    await narrow.board.cardOf('Acme').click()
    await narrow.page.getByRole('tab', { name: /^Acme/ }).waitFor()
    await narrow.page.waitForTimeout(1000)
    await session.restartHost()
    await narrow.page.close()

    const wide = await session.newWorkbench({ width: 1400, height: 900 })
    await wide.page.getByRole('complementary', { name: 'Interviews' }).waitFor()
  })

  it('leaves the samples out of the JSON and CSV exports and the .ics, and keeps the user’s own in', async () => {
    const workbench = await session.open({ seed: (dataDir) => addInterviews(dataDir, [{ company: 'Acme', day: 2 }]) })
    await workbench.board.runCommand('load sample', 'Board: Load sample interviews')
    await workbench.board.cardOf('Northwind Analytics').waitFor()

    const json = await downloadFrom(workbench, 'export json', 'Data: Export as JSON (with notes)')
    const csv = await downloadFrom(workbench, 'export csv', 'Data: Export as CSV')
    const ics = await downloadFrom(workbench, 'export follow-ups', 'Follow-ups: Export follow-ups to calendar (.ics)')
    for (const [name, text] of [
      ['JSON', json],
      ['CSV', csv],
      ['ics', ics],
    ] as const) {
      expect(text, name).toContain('Acme')
      for (const sample of ['Northwind', 'Bluebird', 'Cobalt', 'Quill']) expect(text, name).not.toContain(sample)
    }
  })
})
