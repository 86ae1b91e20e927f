import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { parseMailtoUrl } from '../../shared/messages'
import { doubleClickAsRowGoes } from './pages/double-click'
import { InterviewFormPage } from './pages/interview-form.page'
import { NextPage } from './pages/next.page'
import { isShownWhole } from './pages/on-screen'
import { SettingsPage } from './pages/settings.page'
import { TodayPage } from './pages/today.page'
import { useAppSession } from './support/app-session'
import { hasChromium } from './support/browser'
import { ALEX, daysFromToday, ramanFields, seedInterviews, seedYou } from './support/lead-seed'
import { storedInterview } from './support/seed-board'

const THANK_PRIYA = 'Send a thank-you email to Priya Raman'
const THANK_TOM = 'Send a thank-you email to Tom Becker'
const THANK_SAM = "Send a thank-you email to Sam O'Brien"
const CALL_SAM = "Call Sam O'Brien to ask about the result"
const LETTER_PRIYA = 'Send a formal thank-you letter to Priya Raman'

/** Replaces window.print with a probe that keeps the text the print stylesheet would put on paper. */
async function capturePrint(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.print = () => {
      const sheet = document.querySelector<HTMLElement>('.message-print-sheet')
      Object.assign(window, { printed: sheet?.innerText ?? '' })
    }
  })
}

describe.skipIf(!hasChromium)('leading the follow-up, in the browser app', () => {
  const session = useAppSession()

  /** A data folder with the user's name and the Raman interview (and any others), open in a browser. */
  async function open(
    { timeZone, interviews = [{ fields: ramanFields() }], you = true } = {} as {
      timeZone?: string
      interviews?: Parameters<typeof seedInterviews>[1]
      you?: boolean
    },
  ) {
    let raman: Awaited<ReturnType<typeof seedInterviews>>[number] | undefined
    const seed = async (dataDir: string) => {
      if (you) await seedYou(dataDir)
      ;[raman] = await seedInterviews(dataDir, interviews)
    }
    await session.launch({ seed, ...(timeZone ? { timeZone } : {}) })
    const { context } = session.browser
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.app.origin })
    const workbench = await session.newWorkbench()
    const { page } = workbench
    const dataDir = session.dataDir
    return { page, workbench, next: new NextPage(page), today: new TodayPage(page), raman: raman!, dataDir }
  }

  async function openInterview(page: Page, company: string): Promise<void> {
    await page
      .getByRole('complementary', { name: 'Interviews' })
      .getByRole('button', { name: new RegExp(`^${company}`) })
      .click()
    await new NextPage(page).panel.waitFor()
  }

  it('a Today row opens the interview on that follow-up, its recipient picked and its first action focused', async () => {
    const { page, next, today } = await open()
    await today.open()
    await today
      .row(CALL_SAM, 'Raman Analytics')
      .getByRole('button', { name: new RegExp(`^${CALL_SAM}`) })
      .click()

    await expect.poll(() => next.toggle(CALL_SAM).getAttribute('aria-expanded')).toBe('true')
    const call = next.message("Sam O'Brien")
    const dial = call.getByRole('link', { name: "Call Sam O'Brien · +49 30 1234 5678" })
    expect(await dial.getAttribute('href')).toBe('tel:+493012345678')
    expect(await next.recipient("Sam O'Brien").isChecked()).toBe(true)
    expect(await next.body(call).inputValue()).toContain("Sam O'Brien")
    await expect.poll(() => dial.evaluate((link) => link === document.activeElement)).toBe(true)
    // Only the picked follow-up shows its message.
    expect(await next.toggle(THANK_PRIYA).getAttribute('aria-expanded')).toBe('false')

    // The keyboard goes to the notes and back to what to do next.
    const focusedIn = (selector: string) => page.evaluate((each) => !!document.activeElement?.closest(each), selector)
    await page.keyboard.press('Control+Alt+KeyN')
    await expect.poll(() => focusedIn('[aria-label="Notes"]')).toBe(true)
    await page.keyboard.press('Control+Alt+KeyJ')
    await expect.poll(() => next.toggle(CALL_SAM).evaluate((button) => button === document.activeElement)).toBe(true)
  })

  it('Ctrl+Alt+J on the board opens the picked card on what to do next, with the keyboard there', async () => {
    const { page, workbench, next } = await open()
    await workbench.board.cardOf('Raman Analytics').focus()
    // It said "Open an interview first." with a card picked (a walkthrough).
    await page.keyboard.press('Control+Alt+KeyJ')
    await page.getByRole('tab', { name: /^Raman Analytics/, selected: true }).waitFor()
    await expect.poll(() => next.panel.evaluate((panel) => panel.contains(document.activeElement))).toBe(true)
  })

  it('Ctrl+Alt+N pressed while the notes editor is still loading puts the keyboard in it once it is there', async () => {
    const { page } = await open()
    let release!: () => void
    const held = new Promise<void>((resolve) => (release = resolve))
    await page.route(/\/MarkdownEditor-[\w-]+\.js$/, async (route) => {
      await held
      await route.continue()
    })
    await openInterview(page, 'Raman Analytics')
    await page.getByText('Loading the notes editor…').waitFor()
    await page.keyboard.press('Control+Alt+KeyN')
    release()
    const editor = page.getByRole('textbox', { name: 'Notes for Raman Analytics' })
    await expect.poll(() => editor.evaluate((element) => element === document.activeElement)).toBe(true)
  })

  it('refuses a decision date before the interview on the field, takes a city for the time zone, and keeps the keyboard on Save', async () => {
    const { page, raman, dataDir } = await open()
    await openInterview(page, 'Raman Analytics')
    const form = new InterviewFormPage(page)
    const decided = form.field('Expected decision date')
    await decided.fill(daysFromToday(-12))
    await form.field('Time zone').fill('new york')
    await form.save()
    expect(await form.errorOf(decided)).toBe('The decision date cannot be before the interview’s date')
    expect((await storedInterview(dataDir, raman.id))?.decision.expectedDate).toBe(raman.decision.expectedDate)

    await decided.fill(daysFromToday(-9))
    await form.save()
    await expect.poll(async () => (await storedInterview(dataDir, raman.id))?.timeZone).toBe('America/New_York')
    expect(await form.field('Time zone').inputValue()).toBe('America/New_York')
    // The keyboard stays on Save: disabled while it saved, the button lost the focus to the page (a walkthrough).
    const saveButton = form.panel.getByRole('button', { name: 'Save interview', exact: true })
    expect(await saveButton.evaluate((button) => button === document.activeElement)).toBe(true)
  })

  it('says an interview on another clock on the user’s own, under its time zone, as it is entered', async () => {
    const { page } = await open()
    await openInterview(page, 'Raman Analytics')
    const form = new InterviewFormPage(page)
    const zone = form.field('Time zone')
    await form.fill({ Date: '2027-01-14', Time: '16:00' })
    await zone.fill('Europe/Berlin')
    expect(await form.descriptionOf(zone)).toBe('')
    // A city becomes its zone as the field is left, and the hint follows it.
    await zone.fill('new york')
    await zone.press('Tab')
    await expect.poll(() => form.descriptionOf(zone)).toMatch(/^Thu,? 14 Jan 2027,? 22:00 your time \(Berlin\)$/)
  })

  it('a save says what it saved, in place of the notice before it, and its Undo takes the edit back', async () => {
    const { page, workbench, raman, dataDir } = await open()
    await workbench.board.cardOf('Raman Analytics').focus()
    await page.keyboard.press('Alt+ArrowRight')
    const moved = page.getByRole('status').filter({ hasText: 'Moved Raman Analytics to Thanked.' })
    await moved.waitFor()
    await openInterview(page, 'Raman Analytics')
    const form = new InterviewFormPage(page)
    await form.fill({ Time: '15:00' })
    await form.save()
    // A save said nothing, and "Moved Raman Analytics to Thanked." stayed up with its Undo (a walkthrough).
    const saved = page.getByRole('status').filter({ hasText: /^Saved Raman Analytics: now .*15:00/ })
    await saved.waitFor()
    expect(await moved.count()).toBe(0)
    await expect.poll(async () => (await storedInterview(dataDir, raman.id))?.time).toBe('15:00')
    await saved.getByRole('button', { name: 'Undo' }).click()
    await expect.poll(async () => (await storedInterview(dataDir, raman.id))?.time).toBe('10:00')
    await expect.poll(() => form.field('Time').inputValue()).toBe('10:00')
  })

  it('two ticked interviewers get a message each, with their own greeting and link; each Mark sent closes their own task', async () => {
    const { page, next, raman, dataDir } = await open()
    await openInterview(page, 'Raman Analytics')
    await next.pick(THANK_PRIYA)
    await next.recipient('Tom Becker').check()

    const priya = next.message('Priya Raman')
    const tom = next.message('Tom Becker')
    await tom.waitFor()
    expect(await next.body(priya).inputValue()).toMatch(/^Dear Priya\b/)
    expect(await next.body(tom).inputValue()).toMatch(/^Dear Tom\b/)
    expect(await next.body(priya).inputValue()).not.toContain('Tom')
    for (const [message, address] of [
      [priya, 'priya@raman.example'],
      [tom, 'tom@raman.example'],
    ] as const) {
      const mail = parseMailtoUrl((await message.getByRole('link', { name: /^Email / }).getAttribute('href'))!)
      expect(mail.to).toEqual([address])
      expect(mail.body).toContain(ALEX.name)
    }

    const statusOf = async (title: string) =>
      (await storedInterview(dataDir, raman.id))?.tasks.find((task) => task.title === title)?.status
    await priya.getByRole('button', { name: 'Mark sent' }).click()
    await expect.poll(() => statusOf(THANK_PRIYA)).toBe('done')
    // Tom's message stays in view, on his own follow-up now.
    await tom.getByRole('button', { name: 'Mark sent' }).click()
    await expect.poll(() => statusOf(THANK_TOM)).toBe('done')
    await expect.poll(() => next.followUp(THANK_PRIYA).count()).toBe(0)
    expect(await next.followUp(THANK_TOM).count()).toBe(0)
  })

  it('the arranger ticked in an interviewer’s thank-you is thanked for arranging it, as edited on her own follow-up, which her Mark sent closes', async () => {
    const { page, next, raman, dataDir } = await open()
    await openInterview(page, 'Raman Analytics')
    await next.pick(THANK_PRIYA)
    await next.recipient("Sam O'Brien").check()
    const sam = next.message("Sam O'Brien")
    await sam.waitFor()
    // Sam got Priya's "Thank you for taking the time to speak with me…" (a walkthrough).
    const drafted = await next.body(sam).inputValue()
    expect(drafted).toMatch(/^Dear Sam,\n\nThank you for organising my interview for the Data engineer position/)
    expect(drafted).not.toContain('speak with me')
    expect(await sam.getByRole('textbox', { name: 'Subject' }).inputValue()).toBe(
      'Thank you for arranging my interview',
    )
    expect(await next.body(next.message('Priya Raman')).inputValue()).toContain('taking the time to speak with me')

    // Priya's sent first: Sam's message, as edited, goes on to her own follow-up, which it then closes.
    const edited = `${drafted}\n\nP.S. Thank you for the coffee.`
    await next.body(sam).fill(edited)
    const statusOf = async (title: string) =>
      (await storedInterview(dataDir, raman.id))?.tasks.find((task) => task.title === title)?.status
    await next.message('Priya Raman').getByRole('button', { name: 'Mark sent' }).click()
    await expect.poll(() => statusOf(THANK_PRIYA)).toBe('done')
    await next.followUp(THANK_SAM).locator('[aria-expanded="true"]').waitFor()
    expect(await next.body(sam).inputValue()).toBe(edited)
    await sam.getByRole('button', { name: 'Mark sent' }).click()
    await expect.poll(() => statusOf(THANK_SAM)).toBe('done')
  })

  it('once the mail link or Copy text is used, Mark sent is the primary button of that message, in its own place', async () => {
    const { page, next } = await open()
    await openInterview(page, 'Raman Analytics')
    await next.pick(THANK_PRIYA)
    await next.recipient('Tom Becker').check()
    const priya = next.message('Priya Raman')
    const tom = next.message('Tom Becker')
    await tom.waitFor()
    const order = await next.actions(priya)
    expect(await next.primaryActions(priya)).toEqual(['Copy text'])
    // After the mail app opened, Copy text stayed blue and Mark sent grey: nothing led to recording it (a walkthrough).
    await priya.getByRole('link', { name: 'Email Priya Raman' }).click()
    await expect.poll(() => next.primaryActions(priya)).toEqual(['Mark sent'])
    expect(await next.actions(priya)).toEqual(order)
    expect(await next.primaryActions(tom)).toEqual(['Copy text'])
    await tom.getByRole('button', { name: 'Copy text' }).click()
    await expect.poll(() => next.primaryActions(tom)).toEqual(['Mark sent'])
  })

  it('the inquiry to someone known only by name is addressed from the Decision section, which its hint opens', async () => {
    const decision = {
      expectedDate: daysFromToday(-3),
      informer: 'hr' as const,
      informerName: 'Monica Hall',
      channel: 'email' as const,
    }
    const { page, next } = await open({ interviews: [{ fields: ramanFields({ decision }) }] })
    await openInterview(page, 'Raman Analytics')
    const ASK_MONICA = 'Email Monica Hall to ask about the result'
    await next.pick(ASK_MONICA)
    const monica = next.message('Monica Hall')
    await monica.getByRole('link', { name: 'Open in mail app' }).waitFor()
    const sendTo = next.panel.getByRole('group', { name: 'Send to', exact: true })
    expect(await sendTo.innerText()).toContain('Monica Hall, named under Decision, below, with no email address yet.')

    // With no address the mail would open with no one to send it to: the hint leads to the field.
    await monica.getByRole('button', { name: 'Add Monica Hall’s email address' }).click()
    const form = new InterviewFormPage(page)
    const email = form.field('Their email')
    await expect.poll(() => email.evaluate((input) => input === document.activeElement)).toBe(true)
    await email.fill('monica at raman')
    await form.save()
    await expect.poll(() => form.errorOf(email)).toBe('Must be an email address like name@example.com')
    await email.fill('monica@raman.example')
    await form.save()

    const mail = monica.getByRole('link', { name: 'Email Monica Hall' })
    await mail.waitFor()
    expect(parseMailtoUrl((await mail.getAttribute('href'))!).to).toEqual(['monica@raman.example'])
    expect(await monica.getByText('No email address for Monica Hall').count()).toBe(0)
    expect(await sendTo.innerText()).toContain('Monica Hall · monica@raman.example, as named under Decision, below.')
  })

  it('what was not asked of the decision at the interview, the thank-you asks; sending it closes that step too', async () => {
    const decision = { expectedDate: daysFromToday(5), informer: 'hr' as const, informerName: '', channel: '' as const }
    const { page, next } = await open({ interviews: [{ fields: ramanFields({ decision }) }] })
    await openInterview(page, 'Raman Analytics')
    const ask = 'Ask how they will tell you the decision'
    // Next opens on the thank-you that asks it, not on the question, though it comes first (a walkthrough).
    await expect.poll(() => next.toggle(THANK_PRIYA).getAttribute('aria-expanded')).toBe('true')
    expect((await next.titles())[0]).toBe(ask)
    // It led Next, "overdue", with "Nothing to write for this one" (a walkthrough).
    await next.pick(ask)
    await next.followUp(ask).getByText('Your thank-you email asks it: sending the thank-you marks this done.').waitFor()
    await next.pick(THANK_PRIYA)
    const priya = next.message('Priya Raman')
    await expect
      .poll(() => next.body(priya).inputValue())
      .toContain('Could you also let me know how I will hear about the decision?')
    await priya.getByRole('button', { name: 'Mark sent' }).click()
    await page
      .getByRole('status')
      .filter({ hasText: `“${ask}” is done too: the thank-you asked it.` })
      .waitFor()
    await next.followUp(ask).waitFor({ state: 'detached' })
  })

  it('takes a double click on Done as one: the follow-up that moves up under the pointer stays open', async () => {
    const { page, next, raman, dataDir } = await open()
    await openInterview(page, 'Raman Analytics')
    const [first, second] = await next.titles()
    const done = next.followUp(first!).getByRole('button', { name: `Mark “${first}” done` })
    await doubleClickAsRowGoes(page, done, next.followUp(first!))
    const statusOf = async (title: string) =>
      (await storedInterview(dataDir, raman.id))?.tasks.find((task) => task.title === title)?.status
    await expect.poll(() => statusOf(first!)).toBe('done')
    // The second follow-up's Done was where the first one's had been when the second click came.
    await expect.poll(async () => (await next.titles())[0]).toBe(second)
    expect(await statusOf(second!)).toBe('open')
  })

  it('takes the second click of a double click on “Heard back?” as nothing: a hurried Mark sent records no outcome', async () => {
    const { page, next, raman, dataDir } = await open({
      interviews: [{ fields: ramanFields(), stage: 'awaiting-result' }],
    })
    await openInterview(page, 'Raman Analytics')
    const notSelected = next.prompt('Heard back from Raman Analytics?').getByRole('button', { name: 'Not selected' })
    const box = (await notSelected.boundingBox())!
    // A double click on Mark sent: its second click lands where "Not selected" has just come (a walkthrough).
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
    await page.mouse.down({ clickCount: 2 })
    await page.mouse.up({ clickCount: 2 })
    await page.waitForTimeout(300)
    expect((await storedInterview(dataDir, raman.id))?.stage).toBe('awaiting-result')
    await notSelected.click()
    await expect.poll(async () => (await storedInterview(dataDir, raman.id))?.stage).toBe('not-selected')
  })

  it('after Done by keyboard, the keyboard is on the next follow-up’s title, which is in view', async () => {
    const { page, next } = await open()
    await openInterview(page, 'Raman Analytics')
    const [first, second] = await next.titles()
    await next
      .followUp(first!)
      .getByRole('button', { name: `Mark “${first}” done` })
      .focus()
    await page.keyboard.press('Enter')
    await next.followUp(first!).waitFor({ state: 'detached' })
    const title = next.toggle(second!)
    await expect.poll(() => title.evaluate((button) => button === document.activeElement)).toBe(true)
    // Its message's first action lies below a long text: focused there, the title scrolled out of sight.
    expect(await isShownWhole(title)).toBe(true)

    // The closed ones are counted as what they are: it said "2, 1 skipped by your progress" of a skip by hand.
    await next
      .followUp(second!)
      .getByRole('button', { name: `Skip “${second}”` })
      .click()
    const closed = next.panel.getByRole('group').filter({ has: page.getByText(first!, { exact: true }) })
    await expect
      .poll(() => closed.locator('summary').textContent())
      .toMatch(/^Done and skipped \(\d+ done, 1 skipped\)$/)
  })

  it('prints the formal letter as a letter: both addresses, the date and the signature', async () => {
    const { page, next } = await open()
    await openInterview(page, 'Raman Analytics')
    await next.pick(LETTER_PRIYA)
    await capturePrint(page)
    // As the printer sees the page: the print stylesheet hides the app, so the button is clicked by script.
    // The mail app opens with the draft as it is: what to replace there is said, as a copy says it.
    await next.message('Priya Raman').getByRole('link', { name: 'Email Priya Raman' }).click()
    await page
      .getByRole('status')
      .filter({ hasText: /^Opened in your mail app\. Replace \[.+\] there before you send it\./ })
      .waitFor()
    const printButton = next.message('Priya Raman').getByRole('button', { name: 'Print / Save as PDF' })
    // A placeholder left in is asked about first: a letter went to paper with "[Add an idea …]" in it (a walkthrough).
    const asked = page.getByRole('alertdialog', { name: 'Print with a placeholder in it?' })
    await printButton.click()
    await asked.getByRole('button', { name: 'Keep editing' }).click()
    const body = next.body(next.message('Priya Raman'))
    await expect
      .poll(() => body.evaluate((box: HTMLTextAreaElement) => box.value.slice(box.selectionStart, box.selectionEnd)))
      .toMatch(/^\[.+\]$/)
    expect(await page.evaluate(() => 'printed' in window)).toBe(false)
    await printButton.click()
    const anyway = await asked.getByRole('button', { name: 'Print anyway' }).elementHandle()
    await page.emulateMedia({ media: 'print' })
    await anyway!.evaluate((button: HTMLButtonElement) => button.click())
    await page.emulateMedia({ media: 'screen' })
    const printed = await page.evaluate(() => (window as unknown as { printed: string }).printed)
    // Dated on the user's clock, the page's (Berlin), which is a day ahead of UTC from 23:00 UTC.
    const today = new Intl.DateTimeFormat('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'Europe/Berlin',
    }).format(new Date())
    expect(printed).toContain(today)
    for (const line of [ALEX.name, '12 Elm Street', 'London N1 2AB', ALEX.email]) expect(printed).toContain(line)
    for (const line of ['Priya Raman', 'Head of Data', 'Raman Analytics GmbH', 'Friedrichstraße 1', '10117 Berlin']) {
      expect(printed).toContain(line)
    }
    expect(printed).toMatch(/Dear Priya/)
    expect(printed).toContain(ALEX.signature)
    // The sender's block comes first, then the date, then the recipient's.
    expect(printed.indexOf('12 Elm Street')).toBeLessThan(printed.indexOf(today))
    expect(printed.indexOf(today)).toBeLessThan(printed.indexOf('Friedrichstraße 1'))
  })

  it('seen from Los Angeles, a Berlin interview’s call window and due times show both clocks', async () => {
    const { page, next } = await open({ timeZone: 'America/Los_Angeles' })
    await openInterview(page, 'Raman Analytics')
    await next.pick(CALL_SAM)
    const window = next.message("Sam O'Brien").getByRole('note')
    const text = (await window.textContent()) ?? ''
    // Working hours 09:00–17:30 in Berlin, lunch 12:00–13:30: a window in Berlin's morning is night in LA.
    const [, berlinStart, berlinEnd, laStart, laEnd] =
      /(\d\d):\d\d–(\d\d):\d\d in Berlin · (\d\d):\d\d–(\d\d):\d\d(?: [^·]+)? your time$/.exec(text) ?? []
    expect(text).toMatch(/ in Berlin · .* your time$/)
    const shift = (Number(berlinStart) - Number(laStart) + 24) % 24
    expect([8, 9]).toContain(shift)
    expect((Number(berlinEnd) - Number(laEnd) + 24) % 24).toBe(shift)
    expect(text).toMatch(/:(00|15|30|45)–\d\d:(00|15|30|45) in Berlin/)
    // A due time is the user's to act on: their clock first ("01:00 in New York · 07:00 your time" read as
    // the middle of the night, a walkthrough); the call window is the other side's, theirs first.
    expect(await next.toggle(CALL_SAM).textContent()).toMatch(/\d\d:\d\d your time · (.+, )?\d\d:\d\d in Berlin/)
  })

  it('seen from Los Angeles, a Berlin interview still to come says both clocks in Next and in Today', async () => {
    const ahead = ramanFields({ date: daysFromToday(5), decision: { expectedDate: daysFromToday(12) } })
    const { page, today } = await open({ timeZone: 'America/Los_Angeles', interviews: [{ fields: ahead }] })
    await openInterview(page, 'Raman Analytics')
    // "Still to come: Thu 10 Dec, 15:30." read as a mistake to a user who had entered 09:30 New York time (a
    // walkthrough); the user's clock first, as the card and the due times say it (the header put Berlin's first).
    await page
      .getByText(/^Still to come: \w{3},? .+, \d\d:\d\d your time · (.+, )?\d\d:\d\d in Berlin\. Prepare in the notes/)
      .waitFor()
    await page
      .getByText(/^Data engineer · round 1 · \w{3},? .+, \d\d:\d\d your time · (.+, )?\d\d:\d\d in Berlin$/)
      .waitFor()
    await today.open()
    const upcoming = page.getByRole('region', { name: 'Upcoming interviews' })
    await expect.poll(() => upcoming.getByRole('button').first().textContent()).toMatch(/\(\d\d:\d\d in Berlin\)$/)
  })

  it('says above a result inquiry not due yet that it waits, and until when', async () => {
    const decision = { ...ramanFields().decision, expectedDate: daysFromToday(3) }
    const fields = ramanFields({ date: daysFromToday(-2), decision })
    const { page, next } = await open({ interviews: [{ fields, stage: 'awaiting-result' }] })
    await openInterview(page, 'Raman Analytics')
    await next.pick(CALL_SAM)
    // The draft stood ready days before the decision date, with nothing to say it was early (a walkthrough).
    await next.panel
      .getByText(
        /^Not yet: they said they would decide by .+\. If no word has come, ask from .+; the draft is ready for then\.$/,
      )
      .waitFor()
  })

  it('moving a card to Awaiting result skips its thank-you tasks in Today, and one undo brings them back', async () => {
    const fields = ramanFields({ date: daysFromToday(0), decision: { expectedDate: daysFromToday(14) } })
    const { page, workbench, today } = await open({ interviews: [{ fields: { ...fields, time: '00:05' } }] })
    await today.open()
    await expect.poll(() => today.row(THANK_PRIYA, 'Raman Analytics').count()).toBe(1)

    await workbench.board.cardOf('Raman Analytics').focus()
    await workbench.board.runCommand('move card to…', 'Board: Move card to…', {
      step: 'Move Raman Analytics to…',
      choice: 'Awaiting result',
    })
    await workbench.board.cardOf('Raman Analytics', 'Awaiting result').waitFor()
    await expect.poll(() => today.row(THANK_PRIYA, 'Raman Analytics').count()).toBe(0)
    expect(await today.row(THANK_TOM, 'Raman Analytics').count()).toBe(0)

    // The keyboard stays on the moved card, where Ctrl+Z undoes the move.
    await page.keyboard.press('Control+KeyZ')
    await workbench.board.cardOf('Raman Analytics', 'Interviewed').waitFor()
    await expect.poll(() => today.row(THANK_PRIYA, 'Raman Analytics').count()).toBe(1)
    expect(await today.row(THANK_TOM, 'Raman Analytics').count()).toBe(1)
  })

  it('offers the move its follow-ups call for: once every thank-you is sent, one click moves the card to Thanked', async () => {
    const fields = ramanFields({ date: daysFromToday(0), decision: { expectedDate: daysFromToday(14) } })
    const { page, next, raman, dataDir } = await open({ interviews: [{ fields: { ...fields, time: '00:05' } }] })
    const stage = async () => (await storedInterview(dataDir, raman.id))?.stage
    await openInterview(page, 'Raman Analytics')
    const prompt = next.panel.getByRole('group', { name: /^Every thank-you is sent: the card is still in Interviewed/ })
    // Interviewed's own steps, done one by one from Next: no offer while one is open.
    const interviewedStep = /^(Send a thank-you email|Get .*'s business card|Ask (when|how|who))/
    for (;;) {
      const titles = await next.panel
        .getByRole('article')
        .evaluateAll((articles) => articles.map((article) => article.getAttribute('aria-label') ?? ''))
      const step = titles.find((title) => interviewedStep.test(title))
      if (!step) break
      expect(await prompt.count()).toBe(0)
      await next.panel.getByRole('button', { name: `Mark “${step}” done` }).click()
      await next.followUp(step).waitFor({ state: 'detached' })
    }
    await prompt.getByRole('button', { name: 'Move to Thanked' }).click()
    const notice = page
      .getByRole('status')
      .filter({ hasText: 'Moved Raman Analytics to Thanked.' })
      .filter({ has: page.getByRole('button', { name: 'Undo' }) })
    await notice.waitFor()
    await expect.poll(stage).toBe('thanked')
    await prompt.waitFor({ state: 'detached' })
    // Nothing open was skipped by the move: the LinkedIn request and the letter are still to do.
    expect(await next.followUp(LETTER_PRIYA).count()).toBe(1)

    await notice.getByRole('button', { name: 'Undo' }).click()
    await expect.poll(stage).toBe('interviewed')
    await prompt.waitFor()
  })

  it('once the result is asked about, offers Result inquired, saying which open follow-ups the move skips', async () => {
    const { page, next, raman, dataDir } = await open()
    await openInterview(page, 'Raman Analytics')
    await next.panel.getByRole('button', { name: `Mark “${CALL_SAM}” done` }).click()
    // It said "Every thank-you is sent … Move to Thanked" right after the asking, with a letter still open (a walkthrough).
    const prompt = next.panel.getByRole('group', {
      name: 'You have asked about the result: the card is still in Interviewed.',
    })
    await prompt.waitFor()
    expect(await prompt.getAttribute('aria-describedby')).not.toBeNull()
    await expect
      .poll(() => prompt.getByText(/^Moving it skips “.+” and \d+ more; they stay under Done and skipped/).count())
      .toBe(1)
    await prompt.getByRole('button', { name: 'Move to Result inquired' }).click()
    await expect.poll(async () => (await storedInterview(dataDir, raman.id))?.stage).toBe('result-inquired')
    await prompt.waitFor({ state: 'detached' })
    // The notice names them too, as a move on the board does: it said only "Moved … to Result inquired." (a walkthrough).
    const notice = page.getByRole('status').filter({ hasText: /^Moved Raman Analytics to Result inquired\./ })
    await expect.poll(() => notice.textContent()).toMatch(/ Skipped \d+ earlier follow-ups: “.+” and \d+ more\./)
  })

  it('a move to Result inquired counts as asking: the inquiry is done and the notice says when to check again', async () => {
    const { page, workbench, next } = await open({ interviews: [{ fields: ramanFields(), stage: 'awaiting-result' }] })
    const { board } = workbench
    await board.cardOf('Raman Analytics').focus()
    await page.keyboard.press('Alt+ArrowRight')
    // It said "Skipped “Call Sam O'Brien to ask about the result”", and nothing of what came next (a walkthrough).
    const notice = page.getByRole('status').filter({ hasText: /^Moved Raman Analytics to Result inquired\./ })
    await notice.waitFor()
    expect(await notice.textContent()).toMatch(
      /^Moved Raman Analytics to Result inquired\. (Skipped .+\. )?No answer by \w{3} \d{1,2} \w{3}, 10:00\? Debrief reminds you to check again then\./,
    )

    await openInterview(page, 'Raman Analytics')
    const closed = next.panel.getByRole('group').filter({ has: page.getByText(CALL_SAM, { exact: true }) })
    // Shown open: the move skipped the seeded thank-yous as well.
    await closed.getByText('Done: you moved it to Result inquired').waitFor()
  })

  it('a move to Letter sent counts as sending the letters: the notice says so, and passing on keeps them done', async () => {
    const { page, workbench, next } = await open({ interviews: [{ fields: ramanFields(), stage: 'thanked' }] })
    const { board } = workbench
    await board.cardOf('Raman Analytics').focus()
    await page.keyboard.press('Alt+ArrowRight')
    // It said "Skipped “Send a formal thank-you letter to Priya Raman”" to a user who had posted it (a walkthrough).
    const notice = page.getByRole('status').filter({ hasText: /^Moved Raman Analytics to Letter sent\./ })
    await notice.waitFor()
    expect(await notice.textContent()).toMatch(
      /^Moved Raman Analytics to Letter sent\. Marked “Send a formal thank-you letter to (Priya Raman|Tom Becker)” and “Send a formal thank-you letter to (Priya Raman|Tom Becker)” done\./,
    )
    await board.cardOf('Raman Analytics', 'Letter sent').focus()
    await page.keyboard.press('Alt+ArrowRight')
    await board.cardOf('Raman Analytics', 'Awaiting result').waitFor()

    await openInterview(page, 'Raman Analytics')
    // Both letters read so, Priya's among them.
    const letter = next.panel.getByRole('group').filter({ has: page.getByText(LETTER_PRIYA, { exact: true }) })
    await letter.getByText('Done: you moved it to Letter sent').first().waitFor()
  })

  it('with nothing left after a no, says the result is in, not to move the card when you hear back', async () => {
    const { page, next } = await open({ interviews: [{ fields: ramanFields(), stage: 'not-selected' }] })
    await openInterview(page, 'Raman Analytics')
    const markDone = next.panel.getByRole('button', { name: /^Mark “.+” done$/ })
    await markDone.first().waitFor()
    while ((await markDone.count()) > 0) {
      const before = await markDone.count()
      await markDone.first().click()
      await expect.poll(() => markDone.count()).toBeLessThan(before)
    }
    await next.panel.getByText('Nothing left to do for this interview: the result is in.').waitFor()
    expect(await next.panel.getByText(/Move the card when you hear back/).count()).toBe(0)
  })

  it('after a next round, offers to add it: one click opens the form filled in, with the keyboard in Date', async () => {
    const { page } = await open({ interviews: [{ fields: ramanFields(), stage: 'next-round' }] })
    await openInterview(page, 'Raman Analytics')
    // After "Next round", nothing said to add that round, with its own reminders (a walkthrough).
    const prompt = page.getByRole('group', { name: /^Round 2 with Raman Analytics: add it once you know when/ })
    await prompt.getByRole('button', { name: 'Add round 2' }).click()
    const form = new InterviewFormPage(page)
    await expect
      .poll(() => form.field('Date').evaluate((field) => field === document.activeElement), { timeout: 5000 })
      .toBe(true)
    expect(await form.field('Company').inputValue()).toBe('Raman Analytics')
    expect(await form.field('Role').inputValue()).toBe('Data engineer')
    expect(await form.field('Round').inputValue()).toBe('2')
    // Not "Add it while it is fresh": this one is still to come.
    expect(await page.getByText('Round 2: when it is, and who will interview you if you know.').count()).toBe(1)
    // Its Interviewers hint said "Add each person who interviewed you" of next week's round, and of a
    // round whose date is not set yet, under a heading that says "who will interview you" (walkthroughs).
    const interviewersHint = form.panel.getByText(/^Add each person who (will interview|interviewed) you,/)
    await expect.poll(() => interviewersHint.textContent()).toMatch(/^Add each person who will interview you,/)
    await form.fill({ Date: daysFromToday(5), Time: '14:00' })
    await expect.poll(() => interviewersHint.textContent()).toMatch(/^Add each person who will interview you,/)
    await form.save()
    // Still to come, it says so: "under Interviewed" alone read as held (a walkthrough).
    const confirmedNotice = page.getByRole('status').filter({
      hasText:
        /^Added Raman Analytics to the board, under Interviewed as Upcoming: \w{3} \d+ \w{3}, 14:00\. “Confirm the next round with Raman Analytics” is done\./,
    })
    await confirmedNotice.waitFor()
    // Its tab says which round it is: beside the first round's, both read "Raman Analytics · Data engineer".
    const secondRoundTab = page.getByRole('tab', { name: 'Raman Analytics, round 2 · Data engineer' })
    await secondRoundTab.waitFor()
    // So does its row in the side bar, beside the first round's, and that it is still to come, as its card does.
    await page
      .getByRole('complementary', { name: 'Interviews' })
      .getByRole('button', { name: 'Raman Analytics Round 2 · Data engineer Upcoming', exact: true })
      .waitFor()
    // Cut short in a narrow window, the tab keeps its round in view: both tabs read "Raman…" (a walkthrough).
    const viewport = page.viewportSize()!
    await page.setViewportSize({ width: 640, height: viewport.height })
    const narrowTab = await secondRoundTab.evaluate((tab) => {
      const title = tab.querySelector<HTMLElement>('.tab-title')!
      const round = [...tab.children].find((child) => child.textContent === 'R2')?.getBoundingClientRect()
      const box = tab.getBoundingClientRect()
      return {
        titleCut: title.scrollWidth > title.clientWidth,
        roundWhole: round !== undefined && round.left >= box.left && round.right <= box.right && round.width > 0,
      }
    })
    expect(narrowTab).toEqual({ titleCut: true, roundWhole: true })
    await page.setViewportSize(viewport)
    // Added, it is no longer offered on the first round.
    const firstRound = page.getByRole('tab', { name: 'Raman Analytics · Data engineer', exact: true })
    await firstRound.click()
    await expect.poll(() => firstRound.getAttribute('aria-selected')).toBe('true')
    const next = new NextPage(page)
    await next.panel.waitFor()
    expect(await prompt.count()).toBe(0)
    // Nor does it still ask to confirm that round, whose date is now known: it is done, and the notice said so.
    expect(await next.titles()).not.toContain('Confirm the next round with Raman Analytics')
    expect(await confirmedNotice.count()).toBe(1)
  })

  it('on a first run, with nothing on the board, the name question has the keyboard: typing and Enter answer it', async () => {
    const { page } = await open({ you: false, interviews: [] })
    const step = page.getByRole('region', { name: 'What is your name?' })
    await expect
      .poll(() => step.getByLabel('Your name', { exact: true }).evaluate((input) => input === document.activeElement))
      .toBe(true)
    await page.keyboard.type('Jordan Lee')
    await page.keyboard.press('Enter')
    await expect.poll(() => step.count()).toBe(0)
  })

  it('asks a new user for their name once; it signs the messages and shows in Settings › You', async () => {
    const { page, workbench, next } = await open({ you: false })
    const step = page.getByRole('region', { name: 'What is your name?' })
    // With cards on the board the keyboard is left to them (it took Ctrl+Z from the board's undo).
    await step.waitFor()
    expect(
      await step.getByLabel('Your name', { exact: true }).evaluate((input) => input === document.activeElement),
    ).toBe(false)
    await step.getByLabel('Your name', { exact: true }).fill('Jordan Lee')
    await step.getByRole('button', { name: 'Save name' }).click()
    await expect.poll(() => step.count()).toBe(0)

    await workbench.reload()
    expect(await page.getByRole('region', { name: 'What is your name?' }).count()).toBe(0)
    await openInterview(page, 'Raman Analytics')
    await next.pick(THANK_PRIYA)
    expect(await next.body(next.message('Priya Raman')).inputValue()).toMatch(/Jordan Lee\s*$/)

    const settings = new SettingsPage(page)
    await settings.openWithKeyboard()
    expect(await settings.field('Your name').inputValue()).toBe('Jordan Lee')
  })

  it('a skipped first-run step is not asked again', async () => {
    const { page, workbench } = await open({ you: false })
    const step = page.getByRole('region', { name: 'What is your name?' })
    await step.getByRole('button', { name: 'Skip' }).click()
    await expect.poll(() => step.count()).toBe(0)
    await workbench.reload()
    expect(await page.getByRole('region', { name: 'What is your name?' }).count()).toBe(0)
  })
})
