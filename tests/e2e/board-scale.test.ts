import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { boardInterviews } from '../bench/board-data'
import { WorkbenchPage } from './pages/workbench.page'
import { hasChromium, launchBrowser, type Browser } from './support/browser'
import { seedInterviews, storedInterview } from './support/seed-board'
import { startWebApp, type WebApp } from './support/web-app'

/** A few hundred at most: the columns are virtualised, so the page does not grow with the board. */
const MOST_CARDS_IN_PAGE = 300

describe.skipIf(!hasChromium)('a board of 10,000 interviews', () => {
  let dataDir: string
  let app: WebApp
  let browser: Browser

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'debrief-board-10k-'))
    await seedInterviews(dataDir, boardInterviews(10_000, new Date()))
    app = await startWebApp(dataDir)
    browser = await launchBrowser()
  }, 120_000)

  afterAll(async () => {
    await browser?.close()
    await app?.stop()
    await rm(dataDir, { recursive: true, force: true })
  })

  it('opens with every column counted, keeps the card elements in the page to a few hundred, and takes a drag', async () => {
    const workbench = await new WorkbenchPage(await browser.context.newPage()).open(app.url)
    const { board } = workbench
    await board.allCards.first().waitFor()
    await expect.poll(() => board.column('Interviewed').getByText('1250', { exact: true }).count()).toBe(1)
    expect(await board.allCards.count()).toBeLessThan(MOST_CARDS_IN_PAGE)

    const [source] = await board.companiesIn('Interviewed')
    const [firstThanked] = await board.companiesIn('Thanked')
    await board.drag(board.cardOf(source!, 'Interviewed'), board.cardOf(firstThanked!, 'Thanked'), 'top')
    await expect.poll(async () => (await board.companiesIn('Thanked'))[0]).toBe(source)
    expect(await board.allCards.count()).toBeLessThan(MOST_CARDS_IN_PAGE)

    const id = await board.cardOf(source!, 'Thanked').getAttribute('data-card-id')
    await expect.poll(async () => (await storedInterview(dataDir, id!))?.stage).toBe('thanked')
  })
})
