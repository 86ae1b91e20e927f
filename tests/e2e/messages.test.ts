import { readFile } from 'node:fs/promises'
import ICAL from 'ical.js'
import type { Dialog, Page } from 'playwright-core'
import { beforeEach, describe, expect, it } from 'vitest'
import { parseMailtoUrl } from '../../shared/messages'
import { descriptionText } from './pages/field-error'
import { MessagesPage } from './pages/messages.page'
import { NotesPage } from './pages/notes.page'
import { SettingsPage } from './pages/settings.page'
import { WorkbenchPage } from './pages/workbench.page'
import { useAppSession } from './support/app-session'
import { hasChromium } from './support/browser'
import { storedInterview } from './support/seed-board'

const COMPANY = 'Zoë & Co <img src=x onerror=alert(1)>'
const ROLE = 'Platform engineer'
const DANA = `Dana "Dee" O'Brien & Søn`
const LEE = '"><script>alert(2)</script> Lee'
const DANA_PROFILE = 'https://www.linkedin.com/in/dana-obrien'
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/

interface Printed {
  text: string
  html: string
  markup: number
  rootShown: string
  sheetShown: string
}

/** Replaces window.print with a probe that records what the print stylesheet would put on paper. */
async function capturePrint(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.print = () => {
      const sheet = document.querySelector<HTMLElement>('.message-print-sheet')
      const printed = {
        text: sheet?.innerText ?? '',
        html: sheet?.innerHTML ?? '',
        markup: sheet?.querySelectorAll('img, script').length ?? -1,
        rootShown: getComputedStyle(document.getElementById('root')!).display,
        sheetShown: sheet ? getComputedStyle(sheet).display : 'missing',
      }
      Object.assign(window, { printed })
    }
  })
}

describe.skipIf(!hasChromium)('messages for the follow-ups, in the browser app', () => {
  const session = useAppSession()
  let page: Page
  let workbench: WorkbenchPage
  let messages: MessagesPage
  let dialogs: Dialog[]

  /** Creates the interview through the form, opens its tab, and returns its id. */
  async function createInterview(): Promise<string> {
    const form = await workbench.newInterview()
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date())
    await form.fill({ Company: COMPANY, Role: ROLE, Date: today, Time: '10:00' })
    await form.addInterviewer({
      Name: DANA,
      Title: 'Head of Platform',
      Email: 'dana@obrien.example',
      LinkedIn: DANA_PROFILE,
    })
    await form.addInterviewer({ Name: LEE, Email: 'lee@acme.example' })
    await form.save()
    await messages.next.panel.waitFor()
    return UUID.exec((await page.getByRole('tabpanel').getAttribute('id')) ?? '')![0]
  }

  /** Nothing the user typed ran as a script or became an element. */
  async function expectNoInjectedMarkup(): Promise<void> {
    expect(dialogs.map((dialog) => dialog.message())).toEqual([])
    expect(await page.locator('img[src="x"]').count()).toBe(0)
    expect(await page.evaluate(() => [...document.scripts].some((script) => script.text.includes('alert(')))).toBe(
      false,
    )
  }

  beforeEach(async () => {
    await session.launch()
    const { context } = session.browser
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.app.origin })
    page = await context.newPage()
    dialogs = []
    page.on('dialog', (dialog) => {
      dialogs.push(dialog)
      void dialog.dismiss()
    })
    workbench = await new WorkbenchPage(page).open(session.app.url)
    messages = new MessagesPage(page)
  })

  it('drafts the thank-you email per person, sends each by its own mail link and the clipboard, marks it sent, and exports the rest to a calendar', async () => {
    const id = await createInterview()
    const thankDana = `Send a thank-you email to ${DANA}`
    await messages.choose(thankDana)
    expect(await messages.chosen()).toBe(thankDana)
    expect(await messages.recipient(DANA).isChecked()).toBe(true)
    expect(await messages.recipient(LEE).isChecked()).toBe(false)
    expect(await messages.subject().inputValue()).toBe(`Thank you – ${ROLE} interview`)
    const drafted = await messages.body().inputValue()
    expect(drafted).toMatch(/^Dear Dana\b/)
    expect(drafted).toContain(`the ${ROLE} position at ${COMPANY}`)

    // The point to mention comes from the notes as they are typed.
    await new NotesPage(page).append('Point to mention: the move to event-driven billing')
    await expect
      .poll(() => messages.body().inputValue())
      .toContain('I especially enjoyed our conversation about the move to event-driven billing')

    // Ticking Lee makes a second message, greeting Lee alone.
    await messages.recipient(LEE).check()
    await expect.poll(() => messages.body(LEE).inputValue()).toMatch(/^Dear "><script>alert\(2\)<\/script>/)
    expect(await messages.body(DANA).inputValue()).not.toContain('script')
    const edited = `Dear Dana,\n\nThank you & merci – 100% sure? #1 a+b=c;\n"><script>alert(3)</script>\n<img src=x onerror=alert(4)>`
    await messages.body(DANA).fill(edited)

    const danaMail = parseMailtoUrl((await messages.mailLink(DANA).getAttribute('href'))!)
    expect(danaMail).toMatchObject({
      to: ['dana@obrien.example'],
      subject: `Thank you – ${ROLE} interview`,
      body: edited,
    })
    const leeMail = parseMailtoUrl((await messages.mailLink(LEE).getAttribute('href'))!)
    expect(leeMail.to).toEqual(['lee@acme.example'])
    expect(leeMail.body).not.toBe(edited)

    await messages.button('Copy text', DANA).click()
    const copied = messages.status.filter({ hasText: 'Copied the message text to the clipboard.' })
    await copied.waitFor()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(edited)
    // Said where it is seen, however far down the panel the button was (not at the panel's top, out of view).
    const said = (await copied.boundingBox())!
    expect(said.y).toBeGreaterThanOrEqual(0)
    expect(said.y + said.height).toBeLessThanOrEqual(page.viewportSize()!.height)

    // The edit stays with this message while another follow-up is looked at.
    await messages.choose(`Send ${DANA} a LinkedIn request with a short note`)
    await messages.choose(thankDana)
    expect(await messages.body(DANA).inputValue()).toBe(edited)
    await expectNoInjectedMarkup()

    await messages.button('Mark sent', DANA).click()
    await messages.status.filter({ hasText: `Marked sent: the email to ${DANA}.` }).waitFor()
    await expect
      .poll(
        async () =>
          (await storedInterview(session.dataDir, id))?.tasks.find((task) => task.title === thankDana)?.status,
      )
      .toBe('done')
    await expect.poll(() => messages.chosen()).not.toBe(thankDana)
    // The keyboard goes on to the next follow-up here, not to the tab strip, as the marked one leaves.
    const focusedInNext = () => messages.next.panel.evaluate((panel) => panel.contains(document.activeElement))
    await expect.poll(focusedInNext).toBe(true)

    const downloading = page.waitForEvent('download')
    await page.keyboard.press('Control+Shift+P')
    await page.keyboard.insertText('Export follow-ups to calendar')
    await page.keyboard.press('Enter')
    const download = await downloading
    expect(download.suggestedFilename()).toMatch(/^debrief-follow-ups-\d{4}-\d{2}-\d{2}\.ics$/)
    const calendar = new ICAL.Component(ICAL.parse(await readFile((await download.path())!, 'utf8')))
    const stored = await storedInterview(session.dataDir, id)
    const open = stored!.tasks.filter((task) => task.status === 'open')
    const events = calendar.getAllSubcomponents('vevent')
    expect(events.map((event) => String(event.getFirstPropertyValue('uid'))).sort()).toEqual(
      open.map((task) => `${task.id}@debrief`).sort(),
    )
    expect(events.map((event) => String(event.getFirstPropertyValue('summary')))).not.toContain(thankDana)
  })

  it('asks before marking sent a draft that still holds a placeholder, and keeps it open when told to', async () => {
    const id = await createInterview()
    const thankDana = `Send a thank-you email to ${DANA}`
    await messages.choose(thankDana)
    await messages.body(DANA).fill('Dear Dana, thank you. [suggest two or three dates] would suit me.')
    // It went through with "[suggest two or three dates and times]" still in it (a walkthrough).
    await messages.button('Mark sent', DANA).click()
    const dialog = page.getByRole('alertdialog', { name: 'Mark sent with a placeholder in it?' })
    expect(await dialog.textContent()).toContain('This draft still says [suggest two or three dates].')
    await dialog.getByRole('button', { name: 'Keep editing' }).click()
    await dialog.waitFor({ state: 'hidden' })
    // Back in the text, the placeholder selected to type over: the keyboard went back to Mark sent (a walkthrough).
    const selected = () =>
      messages
        .body(DANA)
        .evaluate((body: HTMLTextAreaElement) =>
          body === document.activeElement ? body.value.slice(body.selectionStart, body.selectionEnd) : null,
        )
    await expect.poll(selected).toBe('[suggest two or three dates]')
    const statusOnDisk = async () =>
      (await storedInterview(session.dataDir, id))?.tasks.find((task) => task.title === thankDana)?.status
    expect(await statusOnDisk()).toBe('open')
    await messages.button('Mark sent', DANA).click()
    await dialog.getByRole('button', { name: 'Mark sent' }).click()
    await expect.poll(statusOnDisk).toBe('done')
  })

  it('confirms Mark sent with Undo, both in the button’s words; undone, the follow-up is open again and nothing still says it was done', async () => {
    const id = await createInterview()
    const thankDana = `Send a thank-you email to ${DANA}`
    await messages.choose(thankDana)
    await messages.button('Mark sent', DANA).click()
    // "Marked “…” done." and then "Undid “Mark done: …”" followed a press of Mark sent (a walkthrough).
    const marked = messages.status.filter({ hasText: `Marked sent: the email to ${DANA}.` })
    await marked.getByRole('button', { name: 'Undo' }).click()
    await messages.status.filter({ hasText: `Undid “Mark sent: the email to ${DANA}”.` }).waitFor()
    const statusOnDisk = async () =>
      (await storedInterview(session.dataDir, id))?.tasks.find((task) => task.title === thankDana)?.status
    await expect.poll(statusOnDisk).toBe('open')
    await messages.next.followUp(thankDana).waitFor()
    expect(await page.getByText(`Marked sent: the email to ${DANA}.`).count()).toBe(0)
  })

  it('keeps an edited draft across a reload, even one typed just before it', async () => {
    await createInterview()
    const thankDana = `Send a thank-you email to ${DANA}`
    await messages.choose(thankDana)
    const edited = 'Dear Dana,\n\nThank you for Tuesday; the billing story has stayed with me.'
    await messages.body(DANA).fill(edited)
    // An edited offer reply was back to the template after a reload, beside "All changes saved" (a walkthrough).
    await page.reload()
    await expect.poll(() => messages.body(DANA).inputValue(), { timeout: 15_000 }).toBe(edited)
    expect(await messages.chosen()).toBe(thankDana)
  })

  it('names whom an inquiry goes to when they are known by name only, not just the people one could tick', async () => {
    await workbench.board.runCommand('load sample', 'Board: Load sample interviews')
    await page
      .getByRole('complementary', { name: 'Interviews' })
      .getByRole('button', { name: /Fernhill Health/ })
      .click()
    await messages.next.panel.waitFor()
    await expect.poll(() => messages.pane.getByText(/Addressed to Hannah Berg/).isVisible()).toBe(true)
    expect(await messages.recipient('Lucas Moreau').isChecked()).toBe(false)
  })

  it('a missing email address is one click from its field: "Add it" opens the folded section and focuses it', async () => {
    const form = await workbench.newInterview()
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date())
    await form.fill({ Company: 'Quill', Role: ROLE, Date: today, Time: '10:00' })
    await form.addInterviewer({ Name: 'Priya Raman' })
    await form.save()
    await form.open('Quill')
    // Folded away earlier: the field is out of sight until the hint opens its section.
    await page.getByRole('tabpanel').getByText('Interviewers', { exact: true }).click()
    await form.interviewer(1).waitFor({ state: 'hidden' })

    await messages.choose('Send a thank-you email to Priya Raman')
    await messages.message().getByRole('link', { name: 'Open in mail app' }).waitFor()
    await messages.message().getByText('No email address for Priya Raman, so the mail opens without one:').waitFor()
    await messages.button('Add Priya Raman’s email address').click()
    const email = form.field('Email', form.interviewer(1))
    await expect.poll(() => email.evaluate((field) => field === document.activeElement)).toBe(true)
    expect(await email.isVisible()).toBe(true)

    await page.keyboard.type('priya@quill.example')
    // Ctrl+S keeps the keyboard where it was: it went to the tab, the form scrolled back up (a walkthrough).
    await page.keyboard.press('Control+KeyS')
    await messages.mailLink('Priya Raman').waitFor()
    expect(await email.evaluate((field) => field === document.activeElement)).toBe(true)
  })

  it('says by the point to mention when a lowered LinkedIn note limit leaves it out', async () => {
    const settings = new SettingsPage(page)
    await settings.openWithKeyboard()
    await settings.field('LinkedIn note limit (characters)').fill('200')
    await settings.save()
    await workbench.showBoard()
    await createInterview()
    await messages.choose(`Send ${DANA} a LinkedIn request with a short note`)
    await messages.pointToMention.fill('my A/B testing work on discount tiers.')
    // It was dropped in silence: typing there changed nothing and nothing said why (a walkthrough).
    const said = 'Left out of the note to stay within 200 characters (Settings › LinkedIn note limit).'
    await expect.poll(() => descriptionText(messages.pointToMention)).toContain(said)
    expect(await messages.body().inputValue()).not.toContain('discount tiers')
    // With no point to mention, there is nothing left out to say.
    await messages.pointToMention.fill('')
    await expect.poll(() => descriptionText(messages.pointToMention)).not.toContain('Left out')
  })

  it('counts the LinkedIn note against the limit as it is typed, and prints only the letter, as text', async () => {
    await createInterview()
    await messages.choose(`Send ${DANA} a LinkedIn request with a short note`)
    // The profile is one click away, in a tab of its own (it had to be found by hand: a walkthrough).
    const profile = messages.message(DANA).getByRole('link', { name: `Open ${DANA} on LinkedIn`, exact: true })
    expect(await profile.getAttribute('href')).toBe(DANA_PROFILE)
    expect(await profile.getAttribute('target')).toBe('_blank')
    const [, start] = /^(\d+) \/ 300 characters$/.exec(await messages.characterCount()) ?? []
    expect(Number(start)).toBeGreaterThan(0)
    await messages.body().click()
    await page.keyboard.press('ControlOrMeta+End')
    await messages.body().pressSequentially(' 😀é')
    expect(await messages.characterCount()).toBe(`${Number(start) + 3} / 300 characters`)
    expect(await messages.body().getAttribute('aria-invalid')).toBeNull()

    const tooLong = `Hello ${'x'.repeat(304)}`
    await messages.body().fill(tooLong)
    expect(await messages.characterCount()).toMatch(/^310 \/ 300 characters: 10 over your LinkedIn note limit/)
    expect(await messages.body().getAttribute('aria-invalid')).toBe('true')
    await messages.button('Copy text').click()
    await messages.status.filter({ hasText: 'Copied the message text to the clipboard.' }).waitFor()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(tooLong)
    // Copied with a placeholder left in, the notice says so where it is seen.
    const withPlaceholder = 'Hello Dana, [suggest two or three dates] would suit me.'
    await messages.body().fill(withPlaceholder)
    await messages.button('Copy text').click()
    await messages.status.filter({ hasText: 'Replace [suggest two or three dates] before you send it.' }).waitFor()

    // A clipboard that refuses: the user is told, and the text is selected for Ctrl+C.
    await page.evaluate(() => {
      navigator.clipboard.writeText = () =>
        Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'))
    })
    await messages.button('Copy text').click()
    await messages.alert.filter({ hasText: /^Could not copy: The clipboard refused the text/ }).waitFor()
    expect(
      await messages
        .body()
        .evaluate((box: HTMLTextAreaElement) => [box.selectionStart, box.selectionEnd, box.value.length]),
    ).toEqual([0, withPlaceholder.length, withPlaceholder.length])

    await messages.choose(`Send a formal thank-you letter to ${DANA}`)
    const letter = `${await messages.body().inputValue()}\n"><script>alert(5)</script>`
    await messages.body().fill(letter)
    expect(letter).toContain(COMPANY)
    await capturePrint(page)
    // As the printer sees the page: the print stylesheet hides the app, so the button is clicked by script.
    await messages.button('Print / Save as PDF').click()
    const asked = page.getByRole('alertdialog', { name: 'Print with a placeholder in it?' })
    const anyway = await asked.getByRole('button', { name: 'Print anyway' }).elementHandle()
    await page.emulateMedia({ media: 'print' })
    await anyway!.evaluate((button: HTMLButtonElement) => button.click())
    await page.emulateMedia({ media: 'screen' })
    const printed = await page.evaluate(() => (window as unknown as { printed: Printed }).printed)
    expect(printed.sheetShown).toBe('block')
    expect(printed.rootShown).toBe('none')
    expect(printed.markup).toBe(0)
    expect(printed.text).toContain(`Following up on our conversation about the ${ROLE} position`)
    expect(printed.text).toContain(letter)
    // Laid out as a letter: Dana's title and the company head the recipient's block.
    expect(printed.text).toContain('Head of Platform')
    expect(printed.html).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(await page.locator('.message-print-sheet').count()).toBe(0)
    await expectNoInjectedMarkup()
  })
})
