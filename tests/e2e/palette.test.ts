import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { NextPage } from './pages/next.page'
import { SettingsPage } from './pages/settings.page'
import { useAppSession } from './support/app-session'
import { hasChromium } from './support/browser'
import { daysFromToday, ramanFields, seedInterviews } from './support/lead-seed'
import { addInterviews } from './support/seed-board'

/** The focused element's outline as drawn, with what it is: "FORM.settings 1px solid". */
const focusedOutline = (page: Page) =>
  page.evaluate(() => {
    const focused = document.activeElement as HTMLElement
    const { outlineStyle, outlineWidth } = getComputedStyle(focused)
    return `${focused.tagName}.${focused.classList[0]} ${outlineStyle === 'none' ? 'none' : `${outlineWidth} ${outlineStyle}`}`
  })

const LONG_COMPANY = 'Internationale Versicherungs- und Rückversicherungsgesellschaft Nordrhein-Westfalen GmbH & Co. KG'

describe.skipIf(!hasChromium)('the command palette', () => {
  const session = useAppSession()

  it('fits a follow-up of a long company name on another clock: the company ends in "…" on one line, the due time inside', async () => {
    // An interview in New York, for a user in Berlin: its due text names both clocks.
    const seed = (dataDir: string) =>
      seedInterviews(dataDir, [
        {
          fields: ramanFields({
            company: LONG_COMPANY,
            timeZone: 'America/New_York',
            date: daysFromToday(-10, 'America/New_York'),
          }),
          stage: 'awaiting-result',
        },
      ])
    const { board, page } = await session.open({ seed })
    await board.openPalette()
    await page.keyboard.type('result')
    const row = board.palette.getByRole('group', { name: 'Follow-ups due' }).getByRole('option').first()
    await row.waitFor()
    // The company wrapped to six lines while the due text ran past the palette's edge (a walkthrough).
    const company = row.getByTitle(LONG_COMPANY)
    const lineHeight = await company.evaluate((element) => parseFloat(getComputedStyle(element).lineHeight))
    const companyBox = (await company.boundingBox())!
    expect(companyBox.height).toBeLessThan(lineHeight * 1.5)
    expect(await company.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true)
    expect(await company.evaluate((element) => getComputedStyle(element).textOverflow)).toBe('ellipsis')
    const paletteBox = (await board.palette.boundingBox())!
    const whenBox = (await row.locator('.palette-when').boundingBox())!
    expect(whenBox.x + whenBox.width).toBeLessThanOrEqual(paletteBox.x + paletteBox.width)
    expect(await row.locator('.palette-when').evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(
      true,
    )
    // The whole name is still the option's.
    await board.palette.getByRole('option', { name: new RegExp(LONG_COMPANY.replace(/[.&]/g, '\\$&')) }).waitFor()
  })

  it('closing it leaves no ring around the whole form or area that holds the keyboard; controls keep theirs', async () => {
    const workbench = await session.open({
      seed: (dataDir) => addInterviews(dataDir, [{ company: 'Acme' }, { company: 'Globex' }]),
    })
    const { board, page } = workbench
    const settings = new SettingsPage(page)
    await settings.openWithKeyboard()
    await board.openPalette()
    await page.keyboard.press('Escape')
    await board.palette.waitFor({ state: 'hidden' })
    // A thin blue box went round the whole Settings form (a walkthrough).
    await expect.poll(() => focusedOutline(page)).toBe('FORM.settings none')
    await page.keyboard.press('Tab')
    await expect.poll(() => focusedOutline(page)).toMatch(/ 1px solid$/)

    // Next, given the keyboard to hold as Delete interview gives it when its card goes: no ring round it either.
    await workbench.showBoard()
    await board.cardOf('Acme').click()
    const next = new NextPage(page).panel
    await next.waitFor()
    await page.keyboard.press('Tab')
    await next.evaluate((panel) => panel.focus())
    expect(await next.evaluate((panel) => panel.matches(':focus-visible'))).toBe(true)
    expect(await focusedOutline(page)).toBe('SECTION.next-panel none')
  })
})
