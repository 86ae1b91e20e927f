import { describe, expect, it } from 'vitest'
import { interviewFieldsSchema, type Interview } from '../../shared/domain/interview'
import { openHost } from '../../electron/host/service'
import { spokenDay } from '../../shared/messages/wording'
import { BoardPage } from './pages/board.page'
import { NextPage } from './pages/next.page'
import { isShownWhole } from './pages/on-screen'
import { TodayPage } from './pages/today.page'
import type { WorkbenchPage } from './pages/workbench.page'
import { useAppSession } from './support/app-session'
import { hasChromium } from './support/browser'
import { clockOnTheDay, daysFromToday as dayOnTheHostsClock } from './support/lead-seed'
import { addInterviews, storedInterview } from './support/seed-board'

const DAY_MS = 86_400_000
const INQUIRY = 'Email Dana Reyes to ask about the result'
const SUMMARY = 'Write your summary of the interview'
const CHECK_AGAIN = 'Check again with Dana Reyes about the result'

function daysFromToday(days: number): string {
  return new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10)
}

/**
 * Acme: interviewed ten days ago, the decision promised a week ago and not come, so asking for the result
 * is overdue; everything else of its checklist is done but the summary. Globex: an interview still to come.
 */
async function seedFolder(dataDir: string): Promise<{ acme: Interview }> {
  const clock = clockOnTheDay()
  const settings = { get: () => undefined, set: () => undefined }
  const host = await openHost({ dataDir, settings, version: 'e2e', now: clock.now })
  try {
    const fields = (company: string, date: string, expectedDate: string) =>
      interviewFieldsSchema.parse({
        company,
        role: 'Backend engineer',
        date,
        time: '10:00',
        timeZone: 'Europe/Berlin',
        interviewers: [{ id: crypto.randomUUID(), name: 'Dana Reyes', cardCollected: true }],
        decision: { expectedDate, channel: 'email' },
      })
    const acmeFields = fields('Acme', daysFromToday(-10), daysFromToday(-7))
    clock.enterBefore(acmeFields)
    let acme = await host.api.createInterview({
      fields: acmeFields,
      stage: 'awaiting-result',
    })
    for (const task of acme.tasks.filter((each) => each.title !== INQUIRY && each.title !== SUMMARY)) {
      acme = await host.api.updateTask({ interviewId: acme.id, taskId: task.id, action: 'done' })
    }
    const globexFields = fields('Globex', daysFromToday(10), daysFromToday(20))
    clock.enterBefore(globexFields)
    await host.api.createInterview({
      fields: globexFields,
      stage: 'interviewed',
    })
    return { acme }
  } finally {
    await host.close()
  }
}

/** Northwind Analytics, interviewed yesterday and entered today. */
const enteredLate = (dataDir: string) =>
  addInterviews(dataDir, [{ company: 'Northwind Analytics', day: -1, interviewer: 'Dana Reyes' }])

describe.skipIf(!hasChromium)('the Today view', () => {
  const session = useAppSession()

  async function openToday(): Promise<{ today: TodayPage; acme: Interview; workbench: WorkbenchPage }> {
    let acme: Interview | undefined
    const workbench = await session.open({ seed: async (dataDir) => ({ acme } = await seedFolder(dataDir)) })
    const today = new TodayPage(workbench.page)
    await today.open()
    return { today, acme: acme!, workbench }
  }

  const taskOf = async (interview: Interview, title: string) =>
    (await storedInterview(session.dataDir, interview.id))?.tasks.find((task) => task.title === title)

  it('lists what is due across interviews, counts it, and marking one done takes it off, on disk too', async () => {
    const { today, acme } = await openToday()
    // The decision date passed with no word: asking for the result leads, ahead of the older summary
    // (due on the interview day). It was second, under it, before.
    await expect.poll(() => today.titlesIn('Due now')).toEqual([INQUIRY, SUMMARY])
    // How late, and the day and time it was due (the row said only "7 days overdue").
    expect(await today.row(INQUIRY, 'Acme').textContent()).toMatch(
      /Acme — Backend engineer.*\d+ days overdue \([A-Z][a-z]{2} \d{1,2} [A-Z][a-z]{2}, \d\d:\d\d\)/,
    )
    // Globex's interview is still to come: none of its follow-ups is due, and it shows under Upcoming instead.
    expect(await today.group('Due now').textContent()).not.toContain('Globex')
    const upcoming = today.view.getByRole('region', { name: 'Upcoming interviews' })
    await upcoming.getByText('Globex').waitFor()
    // What to do now leads; the interviews ahead follow.
    const regions = await today.view
      .getByRole('region')
      .evaluateAll((each) => each.map((region) => region.getAttribute('aria-label')))
    expect(regions.indexOf('Due now')).toBe(0)
    expect(regions.indexOf('Upcoming interviews')).toBeGreaterThan(0)
    await expect.poll(() => today.statusItem.textContent()).toBe('2 follow-ups due')
    expect(await today.activityButton.getAttribute('aria-label')).toBe('Today, 2 follow-ups due')

    // "Skip", as the interview's own list calls it ("Skipped by you"), not a second word for it.
    await today
      .row(INQUIRY, 'Acme')
      .getByRole('button', { name: `Skip “${INQUIRY}” for Acme` })
      .waitFor()
    await today.markDone(INQUIRY, 'Acme')
    await expect.poll(() => today.titlesIn('Due now')).toEqual([SUMMARY])
    await expect.poll(() => today.statusItem.textContent()).toBe('1 follow-up due')
    await expect.poll(async () => (await taskOf(acme, INQUIRY))?.status).toBe('done')
    expect((await taskOf(acme, SUMMARY))?.status).toBe('open')

    // Asking is not the end: one check again is planned, and the notice says when it comes.
    const checkAgain = async () =>
      (await storedInterview(session.dataDir, acme.id))?.tasks.filter((task) => task.kind === 'check-again') ?? []
    const [planned] = await checkAgain()
    expect(planned).toMatchObject({ title: CHECK_AGAIN, status: 'open' })
    const notice = today.page.getByRole('status').filter({ hasText: `Marked “${INQUIRY}” done for Acme.` })
    expect(await notice.textContent()).toMatch(
      /No answer by \w{3} \d+ \w{3}, \d\d:\d\d\? Debrief reminds you to check again then\./,
    )

    // The row went at once; the notice's Undo brings it back, and takes the check again with it.
    await notice.getByRole('button', { name: 'Undo' }).click()
    await expect.poll(() => today.titlesIn('Due now')).toEqual([INQUIRY, SUMMARY])
    await expect.poll(async () => (await taskOf(acme, INQUIRY))?.status).toBe('open')
    expect(await checkAgain()).toEqual([])
  })

  it('Ctrl+Shift+D puts the keyboard on the first row, and the arrow keys go from row to row', async () => {
    const { today, workbench } = await openToday()
    const { page } = workbench
    await expect.poll(() => today.titlesIn('Due now')).toEqual([INQUIRY, SUMMARY])
    await today.view.getByRole('region', { name: 'Upcoming interviews' }).getByText('Globex').waitFor()
    await workbench.board.cardOf('Acme').focus()
    await page.keyboard.press('Control+Shift+KeyD')
    const focusedRow = () =>
      page.evaluate(
        () => document.activeElement?.closest('[data-today-row]')?.querySelector('.today-row-title')?.textContent,
      )
    // It went to the view as a whole, where the arrow keys did nothing.
    await expect.poll(focusedRow).toBe(INQUIRY)
    await page.keyboard.press('ArrowDown')
    expect(await focusedRow()).toBe(SUMMARY)
    // On to the interviews ahead, under Upcoming: the arrow keys stopped at the last follow-up.
    const focusedText = () => page.evaluate(() => document.activeElement?.closest('[data-today-row]')?.textContent)
    await page.keyboard.press('ArrowDown')
    expect(await focusedText()).toMatch(/^Globex/)
    await page.keyboard.press('ArrowDown')
    expect(await focusedText()).toMatch(/^Globex/)
    await page.keyboard.press('ArrowUp')
    expect(await focusedRow()).toBe(SUMMARY)
    await page.keyboard.press('End')
    expect(await focusedText()).toMatch(/^Globex/)
    // Its date as the card says it, not "Tuesday 11:30" (a walkthrough).
    expect(await focusedText()).toMatch(/[A-Z][a-z]{2} \d{1,2} [A-Z][a-z]{2}, \d\d:\d\d$/)
    // Enter opens it with the keyboard on what to do next there, as a due row does; it stayed in the side bar.
    await page.keyboard.press('Enter')
    await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('[data-next-panel]'))).toBe(true)
    await page.keyboard.press('Control+Shift+KeyD')
    await expect.poll(focusedRow).toBe(INQUIRY)
    await page.keyboard.press('End')
    await page.keyboard.press('Home')
    expect(await focusedRow()).toBe(INQUIRY)
    await page.keyboard.press('Enter')
    await new NextPage(page).followUp(INQUIRY).locator('[aria-expanded="true"]').waitFor()
  })

  it('records the result in one click from the interview: "Heard back?" moves the card and the inquiry gives way', async () => {
    const { today, acme, workbench } = await openToday()
    await today
      .row(INQUIRY, 'Acme')
      .getByRole('button', { name: new RegExp(`^${INQUIRY}`) })
      .click()
    const next = new NextPage(workbench.page)
    const heardBack = next.prompt('Heard back from Acme?')
    // Asked before the inquiry: heard back, the inquiry and its message are moot.
    expect(await next.panel.getByRole('button').first().textContent()).toBe('Next round')
    await heardBack.getByRole('button', { name: 'Offer', exact: true }).click()

    await expect.poll(async () => (await storedInterview(session.dataDir, acme.id))?.stage).toBe('offer')
    // The day it came is recorded as "Result received on": it stayed empty (two walkthroughs).
    expect((await storedInterview(session.dataDir, acme.id))?.outcome.receivedOn).toBe(dayOnTheHostsClock(0))
    // The reply leads, its message shown, ahead of the overdue summary (it came after it until due).
    await expect.poll(async () => (await next.titles())[0]).toBe('Reply to the offer from Acme')
    await next.followUp('Reply to the offer from Acme').locator('[aria-expanded="true"]').waitFor()
    expect(await next.titles()).not.toContain(INQUIRY)
    expect(await heardBack.count()).toBe(0)
    await expect.poll(() => today.titlesIn('Due now')).not.toContain(INQUIRY)

    await workbench.page
      .getByRole('status')
      .filter({ hasText: 'Moved Acme to Offer.' })
      .getByRole('button', { name: 'Undo' })
      .click()
    await expect.poll(async () => (await storedInterview(session.dataDir, acme.id))?.stage).toBe('awaiting-result')
    expect((await storedInterview(session.dataDir, acme.id))?.outcome.receivedOn).toBe('')
    await expect.poll(() => next.titles()).toContain(INQUIRY)
  })

  it('keeps the keyboard in Today after Done on the only reply under “Reply now”', async () => {
    const { today, workbench } = await openToday()
    const { page } = workbench
    await today
      .row(INQUIRY, 'Acme')
      .getByRole('button', { name: new RegExp(`^${INQUIRY}`) })
      .click()
    const next = new NextPage(page)
    await next.prompt('Heard back from Acme?').getByRole('button', { name: 'Offer', exact: true }).click()
    await expect.poll(() => today.titlesIn('Reply now')).toEqual(['Reply to the offer from Acme'])
    // Counted with what is due: the status bar and the badge said nothing of it (a walkthrough).
    await expect.poll(() => today.statusItem.textContent()).toMatch(/^1 reply to send · \d+ follow-ups? due$/)
    expect(await today.activityButton.getAttribute('aria-label')).toMatch(/^Today, 1 reply to send · /)
    const done = today
      .row('Reply to the offer from Acme', 'Acme')
      .getByRole('button', { name: 'Mark “Reply to the offer from Acme” for Acme done' })
    await done.focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => today.titlesIn('Reply now')).toEqual([])
    await expect.poll(() => today.statusItem.textContent()).toMatch(/^\d+ follow-ups? due$/)
    // It went to the interview's tab in the editor (a walkthrough): the row went after the keyboard was put back on it.
    const focusedRow = () =>
      page.evaluate(
        () => document.activeElement?.closest('[data-today-row]')?.querySelector('.today-row-title')?.textContent,
      )
    await expect.poll(focusedRow).toBe(SUMMARY)
  })

  it('records a result that came before the decision date from below the follow-ups, in one click', async () => {
    let hooli = ''
    const workbench = await session.open({
      seed: async (dataDir) => {
        const [created] = await addInterviews(dataDir, [{ company: 'Hooli', day: -2, interviewer: 'Dana Reyes' }])
        hooli = created!.id
      },
    })
    await workbench.board.cardOf('Hooli').click()
    const next = new NextPage(workbench.page)
    const early = next.prompt('Heard back from Hooli early?')
    await early.waitFor()
    // The follow-ups still come first; the question waits below them.
    const below = await early.evaluate((group) => {
      const list = group.parentElement?.querySelector('.next-list')
      return list ? Boolean(list.compareDocumentPosition(group) & Node.DOCUMENT_POSITION_FOLLOWING) : false
    })
    expect(below).toBe(true)
    await early.getByRole('button', { name: 'Not selected', exact: true }).click()

    // A loaded CI machine took more than the polls' default second to carry the click to the disk.
    await expect
      .poll(async () => (await storedInterview(session.dataDir, hooli))?.stage, { timeout: 5_000 })
      .toBe('not-selected')
    await expect.poll(async () => (await next.titles())[0]).toMatch(/^Email Dana Reyes to thank them/)
    // One thanks to Dana, not two: the same-day thank-you gave way to the thanks after the no.
    expect(await next.titles()).not.toContain('Send a thank-you email to Dana Reyes')
    expect(await early.count()).toBe(0)
  })

  it('the check again offers its own message, which recalls the day the result was asked for', async () => {
    const { today, workbench } = await openToday()
    await today
      .row(INQUIRY, 'Acme')
      .getByRole('button', { name: new RegExp(`^${INQUIRY}`) })
      .click()
    const next = new NextPage(workbench.page)
    await next
      .followUp(INQUIRY)
      .getByRole('button', { name: `Mark “${INQUIRY}” done` })
      .click()
    await next.pick(CHECK_AGAIN)
    const body = await next.followUp(CHECK_AGAIN).getByRole('textbox', { name: 'Message text' }).inputValue()
    const askedToday = spokenDay(new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Berlin' }))
    expect(body).toContain(
      `I got in touch on ${askedToday} to ask about the decision, and I understand these things can take time.`,
    )
    expect(body).not.toContain('I wanted to ask whether there is any news')
  })

  it('F8 opens the next follow-up due from anywhere, steps on to the one after, and with nothing due says when the next one comes', async () => {
    const { workbench } = await openToday()
    const { page } = workbench
    const next = new NextPage(page)
    await workbench.showBoard()
    // The card says the same: asking for the result, not the older summary, is its next step.
    await expect.poll(() => new BoardPage(page).cardOf('Acme').textContent()).toContain(INQUIRY)
    await page.keyboard.press('F8')
    // First as Today lists it, asking for the result: the interview opens on it, the keyboard on its first action.
    await expect.poll(() => next.panel.count()).toBe(1)
    await expect.poll(() => next.followUp(INQUIRY).evaluate((item) => item.contains(document.activeElement))).toBe(true)
    expect(await next.toggle(INQUIRY).getAttribute('aria-expanded')).toBe('true')
    // Pressed again, it steps on to the one after, then back to the first, as VS Code's F8 does.
    await page.keyboard.press('F8')
    await expect.poll(() => next.toggle(SUMMARY).getAttribute('aria-expanded')).toBe('true')
    await page.keyboard.press('F8')
    await expect.poll(() => next.toggle(INQUIRY).getAttribute('aria-expanded')).toBe('true')
    await next
      .followUp(INQUIRY)
      .getByRole('button', { name: `Mark “${INQUIRY}” done` })
      .click()
    await next.followUp(INQUIRY).waitFor({ state: 'detached' })

    await page.keyboard.press('F8')
    await expect.poll(() => next.toggle(SUMMARY).getAttribute('aria-expanded')).toBe('true')
    await next
      .followUp(SUMMARY)
      .getByRole('button', { name: `Mark “${SUMMARY}” done` })
      .click()
    // Done once the host says so, as its notice does; a key pressed before may still find it due.
    await page
      .getByRole('status')
      .filter({ hasText: `“${SUMMARY}”` })
      .waitFor()

    await page.keyboard.press('F8')
    await page
      .getByRole('status')
      .filter({
        hasText:
          /^Nothing is due today\. The next one is “Check again with Dana Reyes about the result” for Acme, due /,
      })
      .waitFor()
  })

  it('takes a double click on ✓ as one: the follow-up that moves up under the pointer stays', async () => {
    const { today, acme } = await openToday()
    await expect.poll(() => today.titlesIn('Due now')).toEqual([INQUIRY, SUMMARY])
    await today.doubleClickDone(INQUIRY, 'Acme')
    // The summary's ✓ is where the inquiry's was when the second click came.
    const notice = today.page.getByRole('status').filter({ hasText: `Marked “${INQUIRY}” done for Acme.` })
    await notice.waitFor()
    await expect.poll(() => today.titlesIn('Due now')).toEqual([SUMMARY])
    expect((await taskOf(acme, SUMMARY))?.status).toBe('open')
    // A single click on it still marks it done.
    await today.markDone(SUMMARY, 'Acme')
    await expect.poll(async () => (await taskOf(acme, SUMMARY))?.status).toBe('done')
  })

  it("offers Undo on the last change's notice alone, and undoes that change", async () => {
    const { today, acme } = await openToday()
    await expect.poll(() => today.titlesIn('Due now')).toEqual([INQUIRY, SUMMARY])
    const notice = (title: string) => today.page.getByRole('status').filter({ hasText: `Marked “${title}” done` })
    await today.markDone(SUMMARY, 'Acme')
    await notice(SUMMARY).getByRole('button', { name: 'Undo' }).waitFor()
    await today.markDone(INQUIRY, 'Acme')
    await notice(INQUIRY).getByRole('button', { name: 'Undo' }).waitFor()
    // The summary's Undo would have undone the inquiry (the last change): it is gone from its notice.
    expect(await notice(SUMMARY).getByRole('button', { name: 'Undo' }).count()).toBe(0)
    await today.page.keyboard.press('ControlOrMeta+KeyZ')
    await today.page
      .getByRole('status')
      .filter({ hasText: `Undid “Mark done: ${INQUIRY}”.` })
      .filter({ has: today.page.getByRole('button', { name: 'Close notification' }) })
      .waitFor()
    // Undone with Ctrl+Z, the inquiry's notice goes: it stayed beside "Undid …" (a walkthrough).
    expect(await notice(INQUIRY).count()).toBe(0)
    await expect.poll(async () => (await taskOf(acme, INQUIRY))?.status).toBe('open')
    expect((await taskOf(acme, SUMMARY))?.status).toBe('done')
  })

  it('keeps the Undo notice while the pointer is on it, and lets it go the rest of its time after the pointer leaves', async () => {
    const { today } = await openToday()
    const { page } = today
    await page.clock.install()
    await today.markDone(INQUIRY, 'Acme')
    const notice = page.getByRole('status').filter({ hasText: `Marked “${INQUIRY}” done for Acme.` })
    await notice.hover()
    // Past the ten seconds a notice lives: the user reaching for Undo is not raced by it.
    await page.clock.fastForward(15_000)
    expect(await notice.isVisible()).toBe(true)
    await page.mouse.move(0, 0)
    // The time it was held did not count: it has the rest of its ten seconds.
    await page.clock.fastForward(5_000)
    expect(await notice.isVisible()).toBe(true)
    await page.clock.fastForward(5_000)
    await notice.waitFor({ state: 'detached' })
  })

  it('refuses a snooze to a time that has passed, then snoozes for an hour', async () => {
    const { today, acme } = await openToday()
    await expect.poll(() => today.titlesIn('Due now')).toEqual([INQUIRY, SUMMARY])

    const picker = await today.snoozeUntil(SUMMARY, 'Acme', '2020-01-06T10:00')
    expect(await isShownWhole(picker)).toBe(true)
    await expect
      .poll(() => picker.getByRole('alert').textContent())
      // In the window's words, not the ISO form: "Thu 3 Dec, 07:45".
      .toMatch(/^That time has passed\. Pick a time after [A-Z][a-z]{2} \d{1,2} [A-Z][a-z]{2}, \d{2}:\d{2}\.$/)
    await picker.getByRole('button', { name: 'Cancel' }).click()
    expect(await today.titlesIn('Due now')).toEqual([INQUIRY, SUMMARY])
    expect((await taskOf(acme, SUMMARY))?.snoozedUntil).toBeUndefined()

    await today.snooze(SUMMARY, 'Acme', 'For 1 hour')
    await expect.poll(() => today.titlesIn('Due now')).toEqual([INQUIRY])
    await expect.poll(() => today.statusItem.textContent()).toBe('1 follow-up due')
    await expect
      .poll(async () => (await taskOf(acme, SUMMARY))?.snoozedUntil)
      .toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/)

    // Snoozed to the morning, the row may leave Today: the notice says until when, and Undo brings it back.
    const menu = await today.snoozeMenu(INQUIRY, 'Acme')
    // The menu opens over the board beside the side bar, whole, not cut off at the side bar's edge.
    expect(await isShownWhole(menu)).toBe(true)
    await menu.getByRole('menuitem', { name: /morning/ }).click()
    const notice = today.page
      .getByRole('status')
      .filter({ hasText: new RegExp(`^Snoozed “${INQUIRY}” for Acme until .*09:00`) })
    await notice.getByRole('button', { name: 'Undo' }).click()
    await expect.poll(() => today.titlesIn('Due now')).toEqual([INQUIRY])
  })

  it('shows an interview entered after it happened as one row, which opens "Which of these have you already done?"', async () => {
    const workbench = await session.open({ seed: enteredLate })
    const today = new TodayPage(workbench.page)
    await today.open()

    // Northwind, interviewed yesterday and entered today, has its thank-you, business card and more all due.
    const row = today.askedIfDone('Northwind Analytics')
    await row.waitFor()
    expect(await today.rowsOf('Northwind Analytics').count()).toBe(1)
    const count = Number(/(\d+) follow-ups/.exec((await row.textContent()) ?? '')?.[1])
    expect(count).toBeGreaterThan(1)
    expect(await today.group('Due now').getByRole('heading').textContent()).toMatch(/Due now \d+/)

    await row.click()
    await workbench.page.getByRole('tab', { name: /^Northwind Analytics/, selected: true }).waitFor()
    const next = new NextPage(workbench.page)
    const question = next.prompt('Which of these have you already done?')
    await expect.poll(() => question.getByRole('checkbox').count()).toBe(count)
    // Below the question, the follow-up shown is the one its tab opens on: the next after the question about
    // the decision, listed first, which the thank-you asks as it was not asked at the interview.
    const [decision, second] = await next.titles()
    expect(decision).toBe('Ask when they will decide, who will tell you, and how')
    expect(await next.toggle(second!).getAttribute('aria-expanded')).toBe('true')
    // The question as a whole has the keyboard, not its "All done up to today": Tab leads to its boxes.
    await expect.poll(() => question.evaluate((group) => group === document.activeElement)).toBe(true)
    await workbench.page.keyboard.press('Tab')
    expect(
      await question
        .getByRole('checkbox')
        .first()
        .evaluate((box) => box === document.activeElement),
    ).toBe(true)
    const allDone = question.getByRole('button', { name: 'All done up to today' })

    await allDone.click()
    await expect.poll(() => today.rowsOf('Northwind Analytics').count()).toBe(0)
  })

  it('opens the one follow-up left of an interview entered after it happened on that follow-up, not on the question', async () => {
    const workbench = await session.open({ seed: enteredLate })
    const today = new TodayPage(workbench.page)
    await today.open()
    await today.askedIfDone('Northwind Analytics').click()
    const next = new NextPage(workbench.page)
    const question = next.prompt('Which of these have you already done?')
    const boxes = question.getByRole('checkbox')
    await expect.poll(() => boxes.count()).toBeGreaterThan(1)
    const titles = await boxes.evaluateAll((each) => each.map((box) => box.closest('label')?.textContent?.trim() ?? ''))
    const left = titles.at(-1)!
    for (let index = 0; index < titles.length - 1; index++) await boxes.nth(index).check()
    await question.getByRole('button', { name: 'Mark the ticked ones done' }).click()

    // One left: Today lists it as a row of its own, and opening it goes to that follow-up's own first action,
    // not to "All done up to today" (one Enter there would have marked it done unseen).
    await expect.poll(() => today.rowsOf('Northwind Analytics').count()).toBe(1)
    await workbench.showBoard()
    await today.open()
    await today.rowsOf('Northwind Analytics').getByRole('button').first().click()
    const focusedIn = () => next.followUp(left).evaluate((article) => article.contains(document.activeElement))
    await expect.poll(focusedIn).toBe(true)
  })

  it('says when nothing is due and when the next follow-up is; a row opens its interview', async () => {
    const { today, workbench } = await openToday()
    await today
      .row(INQUIRY, 'Acme')
      .getByRole('button', { name: new RegExp(`^${INQUIRY}`) })
      .click()
    await workbench.page.getByRole('tab', { name: /^Acme/ }).waitFor()

    // The interview's Next panel offers the same snooze menu, by keyboard too.
    const followUp = new NextPage(workbench.page).followUp(INQUIRY)
    const snoozeButton = followUp.getByRole('button', { name: `Snooze “${INQUIRY}”`, exact: true })
    // Said in words beside Done and Skip, not a clock alone.
    expect(await snoozeButton.innerText()).toBe('Snooze')
    await snoozeButton.click()
    const menu = workbench.page.getByRole('menu', { name: `Snooze “${INQUIRY}”`, exact: true })
    // It drops down from its button, beside the Today side bar rather than over it.
    const sideBar = (await today.view.boundingBox())!
    expect((await menu.boundingBox())!.x).toBeGreaterThanOrEqual(sideBar.x + sideBar.width)
    const choices = await menu.getByRole('menuitem').allTextContents()
    // More than an hour before the working day starts (09:00 on the page's clock, Berlin's), the next
    // morning is this one; within the hour, "For 1 hour" goes past it, and the next is tomorrow's. Working
    // days only (the default setting): from Friday's working day to Sunday, Monday's.
    const berlin = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Berlin',
      weekday: 'short',
      hour: '2-digit',
      hourCycle: 'h23',
    }).formatToParts(new Date())
    const hourInBerlin = Number(berlin.find((part) => part.type === 'hour')!.value)
    const weekday = berlin.find((part) => part.type === 'weekday')!.value
    const nextMorning =
      weekday === 'Sat' || weekday === 'Sun' || (weekday === 'Fri' && hourInBerlin >= 8)
        ? 'Monday morning'
        : hourInBerlin < 8
          ? 'This morning'
          : 'Tomorrow morning'
    expect(choices.map((choice) => choice.replace(/(hour|morning).*/, '$1'))).toEqual([
      'For 1 hour',
      nextMorning,
      'Pick a time…',
    ])
    await workbench.page.keyboard.press('Escape')
    await expect.poll(() => menu.count()).toBe(0)
    expect(await snoozeButton.evaluate((button) => button === document.activeElement)).toBe(true)

    await today.markDone(INQUIRY, 'Acme')
    await expect.poll(() => today.titlesIn('Due now')).toEqual([SUMMARY])
    // Focus stays in the list, on the row that took the done one's place.
    await expect
      .poll(() => today.page.evaluate(() => document.activeElement?.querySelector('.today-row-title')?.textContent))
      .toBe(SUMMARY)
    await today.markDone(SUMMARY, 'Acme')
    const empty = today.view.getByRole('status')
    await expect.poll(() => empty.textContent()).toMatch(/^Nothing is due today\./)
    // The inquiry done planned its check again, a week ahead: sooner than anything of Globex's.
    expect(await empty.textContent()).toMatch(
      /The next one is “Check again with Dana Reyes about the result” for Acme, due in \d+ days/,
    )
    await expect.poll(() => today.statusItem.count()).toBe(0)
  })
})
