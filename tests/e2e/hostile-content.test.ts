import { randomUUID } from 'node:crypto'
import type { Dialog, Locator, Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { interviewFieldsSchema } from '../../shared/domain/interview'
import { openHost } from '../../electron/host/service'
import { HOSTILE, PWNED_FLAG } from '../support/hostile-text'
import { NotesPage } from './pages/notes.page'
import { SearchPage } from './pages/search.page'
import { WorkbenchPage } from './pages/workbench.page'
import { useAppSession } from './support/app-session'
import { hasChromium } from './support/browser'

const person = (name: string) => ({ id: randomUUID(), name })

/** Every field a user or an import can fill, filled with markup; the notes too. */
const MARKUP = {
  company: HOSTILE.image,
  role: HOSTILE.script,
  interviewers: [HOSTILE.svg, HOSTILE.javascriptUrl],
  arranger: `${HOSTILE.rightToLeft} \u202Eunclosed`,
}
const NOTES = [
  `# ${HOSTILE.script}`,
  HOSTILE.image,
  `[open me](${HOSTILE.javascriptUrl})`,
  `<a href="${HOSTILE.javascriptUrl}">raw link</a>`,
  `<iframe src="${HOSTILE.javascriptUrl}"></iframe>`,
  `${HOSTILE.svg} zanzibar`,
].join('\n\n')
/** A company as long as one may be, and a role that turns the text after it around. */
const LONG = { company: HOSTILE.long, role: HOSTILE.rightToLeft }

/** What would show that markup became part of the page: elements no interview text should ever create. */
const INJECTED = 'img, script:not(head script), svg, iframe, [onerror], [onload], a[href^="javascript" i]'

async function seed(dataDir: string): Promise<void> {
  const host = await openHost({ dataDir, settings: { get: () => undefined, set: () => undefined }, version: 'e2e' })
  try {
    const base = { date: '2026-11-20', time: '10:00', timeZone: 'Europe/Berlin' }
    const marked = await host.api.createInterview({
      fields: interviewFieldsSchema.parse({
        ...base,
        company: MARKUP.company,
        role: MARKUP.role,
        location: HOSTILE.javascriptUrl,
        interviewers: MARKUP.interviewers.map(person),
        arrangers: [person(MARKUP.arranger)],
        decision: { informer: 'hr', informerName: HOSTILE.svg },
      }),
      stage: 'interviewed',
    })
    await host.api.writeNotes({ id: marked.id, markdown: NOTES })
    await host.api.createInterview({ fields: interviewFieldsSchema.parse({ ...base, ...LONG }), stage: 'interviewed' })
  } finally {
    await host.close()
  }
}

/** Texts of the matching elements, exactly as the DOM holds them. */
function texts(locator: Locator): Promise<string[]> {
  return locator.evaluateAll((elements) => elements.map((element) => element.textContent ?? ''))
}

describe.skipIf(!hasChromium)('interview text that looks like markup or code', () => {
  const session = useAppSession({ perFile: true })
  let page: Page
  let workbench: WorkbenchPage
  const dialogs: Dialog[] = []

  beforeAll(async () => {
    await session.launch({ seed })
    page = await session.browser.context.newPage()
    page.on('dialog', (dialog) => {
      dialogs.push(dialog)
      void dialog.dismiss()
    })
    // Records what the Content-Security-Policy blocked: markup that made it into the page and tried to run.
    // Not zod's probe for eval (it checks whether it may compile its validators, and falls back when not).
    await page.addInitScript(() => {
      const blocked: string[] = []
      Object.assign(window, { debriefBlocked: blocked })
      document.addEventListener('securitypolicyviolation', (event) => {
        if (event.blockedURI !== 'eval') blocked.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`)
      })
    })
    workbench = await new WorkbenchPage(page).open(session.app.url)
  })

  it('shows as text on the board, with the long name kept inside its column', async () => {
    const { board } = workbench
    await board.cardOf(MARKUP.company).waitFor()
    const column = board.column('Interviewed')
    expect(await texts(column.locator('.card-company'))).toEqual(expect.arrayContaining([MARKUP.company, LONG.company]))
    expect(await texts(column.locator('.card-role'))).toEqual(expect.arrayContaining([MARKUP.role, LONG.role]))
    expect(await board.region.locator(INJECTED).count()).toBe(0)

    const columnBox = (await column.boundingBox())!
    for (const card of await column.getByRole('listitem').all()) {
      const box = (await card.boundingBox())!
      expect(box.x + box.width).toBeLessThanOrEqual(columnBox.x + columnBox.width + 1)
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)
  })

  it('shows as text in the side bar, the tab title, the record and the notes preview', async () => {
    const sidebar = page.getByRole('complementary', { name: 'Interviews' })
    expect(await texts(sidebar.locator('.sidebar-item-company'))).toEqual(
      expect.arrayContaining([MARKUP.company, LONG.company]),
    )
    await sidebar.getByRole('button', { name: /^<img/ }).click()
    const tab = page.getByRole('tab', { name: /<img/ })
    await tab.waitFor()
    expect(await tab.textContent()).toContain(MARKUP.company)
    const record = page.getByRole('tabpanel')
    await record.getByRole('textbox', { name: 'Company' }).waitFor()
    expect(await record.getByRole('textbox', { name: 'Company' }).inputValue()).toBe(MARKUP.company)
    expect(await record.locator(INJECTED).count()).toBe(0)

    const notes = new NotesPage(page)
    await notes.setLayout('Preview only')
    await notes.preview.getByText('zanzibar', { exact: false }).waitFor()
    const preview = await notes.preview.textContent()
    for (const text of ['<script>', '<img src=x onerror=', '<iframe src="javascript:', '"><svg onload=']) {
      expect(preview).toContain(text)
    }
    expect(await notes.preview.locator(INJECTED).count()).toBe(0)
    expect(await page.locator(INJECTED).count()).toBe(0)
  })

  it('shows as text in quick open and in the notes search results', async () => {
    const search = new SearchPage(page)
    const options = await search.goTo('onerror')
    await options.first().waitFor()
    expect((await texts(options)).join('\n')).toContain(MARKUP.company)
    await search.quickOpen.getByRole('combobox').fill('onload')
    await expect.poll(async () => (await texts(options)).join('\n')).toContain(MARKUP.interviewers[0])
    expect(await search.quickOpen.locator(INJECTED).count()).toBe(0)
    await page.keyboard.press('Escape')

    await search.search('zanzibar')
    await search.results.first().waitFor()
    const result = (await texts(search.results)).join('\n')
    expect(result).toContain(MARKUP.company)
    expect(result).toContain('<svg onload=')
    expect(await search.view.locator(INJECTED).count()).toBe(0)
  })

  it('never ran: no dialog, the flag unset, nothing the Content-Security-Policy had to stop', async () => {
    expect(dialogs.map((dialog) => dialog.message())).toEqual([])
    expect(await page.evaluate((flag) => (window as unknown as Record<string, unknown>)[flag], PWNED_FLAG)).toBe(
      undefined,
    )
    expect(await page.evaluate(() => (window as unknown as { debriefBlocked: string[] }).debriefBlocked)).toEqual([])
  })
})
