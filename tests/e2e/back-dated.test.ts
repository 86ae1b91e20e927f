import type { Locator, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { NextPage } from './pages/next.page'
import { isShownWhole } from './pages/on-screen'
import { TodayPage } from './pages/today.page'
import { useAppSession } from './support/app-session'
import { hasChromium } from './support/browser'
import { openHost } from '../../electron/host/service'
import { interviewFieldsSchema } from '../../shared/domain/interview'
import { daysFromToday } from './support/lead-seed'
import { addInterviews, storedInterview } from './support/seed-board'

const QUESTION = 'Which of these have you already done?'

/**
 * A zone where it is now between 03:00 and 16:00, and its date: an interview there at 00:30 today is
 * over, whenever the test runs (the zones' offsets are at most 5.5 hours apart, the window 13 hours).
 */
function zoneInTheDay(): { timeZone: string; today: string } {
  const zones = ['Pacific/Honolulu', 'America/Los_Angeles', 'America/New_York', 'UTC', 'Europe/Berlin']
  zones.push('Asia/Kolkata', 'Asia/Tokyo', 'Pacific/Kiritimati')
  for (const timeZone of zones) {
    const hour = Number(new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', hourCycle: 'h23' }).format())
    if (hour >= 3 && hour < 16) return { timeZone, today: new Intl.DateTimeFormat('en-CA', { timeZone }).format() }
  }
  throw new Error('No zone is between 03:00 and 16:00 now')
}

/** An interview added after it took place, days later or that same day, asks once what was already done. */
describe.skipIf(!hasChromium)('an interview entered after it happened', () => {
  const session = useAppSession()

  /**
   * Brightline, `day` days ago with Kevin Park, entered after it happened: the offer comes in (moved from the
   * palette) before anything is said of what was done, and its tab opens on "Which of these…?".
   */
  async function offerBeforeAnswer(
    day: number,
  ): Promise<{ page: Page; next: NextPage; question: Locator; id: string }> {
    let id = ''
    const workbench = await session.open({
      seed: async (dataDir) => {
        const [brightline] = await addInterviews(dataDir, [{ company: 'Brightline', day, interviewer: 'Kevin Park' }])
        id = brightline!.id
      },
    })
    const { board, page } = workbench
    const next = new NextPage(page)
    const question = next.prompt(QUESTION)
    await board.cardOf('Brightline').focus()
    await board.runCommand('move card to…', 'Board: Move card to…')
    await page.keyboard.type('offer')
    await page.keyboard.press('Enter')
    await expect.poll(async () => (await storedInterview(session.dataDir, id))?.stillSend).toBe('ask')
    await board.cardOf('Brightline', 'Offer').click()
    await question.waitFor()
    return { page, next, question, id }
  }

  /** Acme, with Dana Reyes, at the given time, entered now (the host's own clock). */
  const openAcmeEnteredNow = (when: { date: string; time: string; timeZone: string; format?: string }) =>
    session.open({
      seed: async (dataDir) => {
        const settings = { get: () => undefined, set: () => undefined }
        const host = await openHost({ dataDir, settings, version: 'e2e' })
        const interviewers = [{ id: crypto.randomUUID(), name: 'Dana Reyes' }]
        const fields = { company: 'Acme', role: 'Engineer', ...when, interviewers }
        await host.api.createInterview({ fields: interviewFieldsSchema.parse(fields), stage: 'interviewed' })
        await host.close()
      },
    })

  it('"None yet" stays answered when the tab is reopened, in another window and on disk', async () => {
    let acmeId = ''
    const workbench = await session.open({
      seed: async (dataDir) => {
        const [acme] = await addInterviews(dataDir, [{ company: 'Acme', day: -5, interviewer: 'Dana Reyes' }])
        acmeId = acme!.id
      },
    })
    const { board, page } = workbench
    const next = new NextPage(page)
    // The card leads with the question, as Today does, not with the first of the follow-ups it asks about.
    const card = board.cardOf('Acme')
    expect(await card.textContent()).toMatch(/Added after it happened: \d+ follow-ups — which have you done\?/)
    // F8 in the palette names what it opens on, the question: it named the first follow-up the question gathers.
    await board.openPalette()
    await page.keyboard.type('next follow-up')
    const f8 = board.palette.getByRole('option', { name: /^Follow-ups: Open the next follow-up due/ })
    await expect
      .poll(() => f8.textContent())
      .toMatch(/due Added after it happened: \d+ follow-ups — which have you done\?, Acme/)
    await page.keyboard.press('Escape')
    await card.click()
    const question = next.prompt(QUESTION)
    await question.waitFor()
    await question.getByRole('button', { name: 'None yet' }).click()
    await question.waitFor({ state: 'detached' })

    await workbench.closeTab(/^Acme/)
    expect(await card.textContent()).not.toContain('Added after it happened')
    await card.click()
    await next.panel.waitFor()
    expect(await next.prompt(QUESTION).count()).toBe(0)

    const other = await session.newWorkbench()
    await other.board.cardOf('Acme').click()
    const otherNext = new NextPage(other.page)
    await otherNext.panel.waitFor()
    expect(await otherNext.prompt(QUESTION).count()).toBe(0)
    expect((await storedInterview(session.dataDir, acmeId))?.noneDoneYet).toBe(true)
  })

  it('entered the same day once it is over, asks about the card and the decision rather than show them overdue', async () => {
    const { timeZone, today } = zoneInTheDay()
    const workbench = await openAcmeEnteredNow({ date: today, time: '00:30', timeZone })
    const card = workbench.board.cardOf('Acme')
    expect(await card.textContent()).toMatch(/Added after it happened: \d+ follow-ups — which have you done\?/)
    await card.click()
    const question = new NextPage(workbench.page).prompt(QUESTION)
    await question.getByRole('checkbox', { name: "Get Dana Reyes's business card" }).waitFor()
    expect(await question.getByRole('checkbox', { name: /^Ask (when|how|who)/ }).count()).toBe(1)
    await question.getByRole('button', { name: 'None yet' }).click()
    await workbench.page.getByRole('status').filter({ hasText: 'Kept both to do: listed under Next.' }).waitFor()
  })

  it('entered 20 minutes after it began, asks about the email address rather than list it overdue', async () => {
    // On UTC's clock, so the wall time is plain arithmetic; 20 minutes ago may be yesterday, which is as good.
    const began = new Date(Date.now() - 20 * 60_000).toISOString()
    const workbench = await openAcmeEnteredNow({
      date: began.slice(0, 10),
      time: began.slice(11, 16),
      timeZone: 'UTC',
      format: 'phone',
    })
    const card = workbench.board.cardOf('Acme')
    // On the old rule (asked only an hour after its start) it read "Ask Dana Reyes for their email address … (overdue)".
    expect(await card.textContent()).toMatch(/Added after it happened: \d+ follow-ups — which have you done\?/)
    await card.click()
    const question = new NextPage(workbench.page).prompt(QUESTION)
    await question.getByRole('checkbox', { name: 'Ask Dana Reyes for their email address' }).waitFor()
  })

  it('entered after the decision date passed, it leads with asking for the result, which "All done up to today" leaves to do', async () => {
    const INQUIRY = 'Email Mara Lind to ask about the result'
    let kestrelId = ''
    const workbench = await session.open({
      seed: async (dataDir) => {
        const settings = { get: () => undefined, set: () => undefined }
        const host = await openHost({ dataDir, settings, version: 'e2e' })
        const fields = interviewFieldsSchema.parse({
          company: 'Kestrel Bank',
          role: 'UI engineer',
          date: daysFromToday(-14),
          time: '10:00',
          timeZone: 'Europe/Berlin',
          interviewers: [{ id: crypto.randomUUID(), name: 'Jonas Berg', email: 'jonas@kestrel.example' }],
          decision: { expectedDate: daysFromToday(-7), informer: 'hr', informerName: 'Mara Lind', channel: 'email' },
        })
        kestrelId = (await host.api.createInterview({ fields, stage: 'interviewed' })).id
        await host.close()
      },
    })
    const { board, page } = workbench
    const card = board.cardOf('Kestrel Bank')
    expect(await card.textContent()).toContain(INQUIRY)
    await card.click()
    const next = new NextPage(page)
    const question = next.prompt(QUESTION)
    await question.getByRole('checkbox', { name: 'Send a thank-you email to Jonas Berg' }).waitFor()
    // Asking is the next thing to do, not a chore from the past to tick off.
    expect(await question.getByRole('checkbox', { name: INQUIRY }).count()).toBe(0)
    expect((await next.titles())[0]).toBe(INQUIRY)

    await question.getByRole('button', { name: 'All done up to today' }).click()
    await question.waitFor({ state: 'detached' })
    // Before, one click closed it with the thank-yous and the panel said the result had been asked for.
    await expect.poll(() => next.titles()).toEqual([INQUIRY])
    const stored = await storedInterview(session.dataDir, kestrelId)
    expect(stored?.tasks.find((task) => task.title === INQUIRY)?.status).toBe('open')
    expect(stored?.tasks.find((task) => task.title === 'Send a thank-you email to Jonas Berg')?.status).toBe('done')
  })

  it('saved through the form after its decision date, its tab opens with the keyboard on the question, in view', async () => {
    const workbench = await session.open()
    const form = await workbench.newInterview()
    await form.fill({ Company: 'Kestrel Bank', Role: 'UI engineer', Date: daysFromToday(-5), Time: '10:00' })
    await form.field('Expected decision date').fill(daysFromToday(-1))
    await form.addInterviewer({ Name: 'Jonas Berg', Email: 'jonas@kestrel.example' })
    await form.save()

    const next = new NextPage(workbench.page)
    const question = next.prompt(QUESTION)
    // Asking for the result leads Next, below the question; the keyboard went to its "Copy text", 1,000 px down.
    await expect.poll(() => question.evaluate((group) => group === document.activeElement)).toBe(true)
    expect(await isShownWhole(question.getByRole('heading', { name: QUESTION }))).toBe(true)
  })

  it('after another tab is deleted, the question has the keyboard as a whole: one Enter marks nothing done', async () => {
    const workbench = await session.open({
      seed: (dataDir) =>
        addInterviews(dataDir, [
          { company: 'Acme', day: -5, interviewer: 'Dana Reyes' },
          { company: 'Globex', day: 3 },
        ]),
    })
    const { board, page } = workbench
    const question = new NextPage(page).prompt(QUESTION)
    await board.cardOf('Acme').click()
    // Kept open (its tab double-clicked), so Globex opens in a tab of its own rather than in Acme's preview.
    await page.getByRole('tab', { name: /^Acme/ }).dblclick()
    const boxes = question.getByRole('checkbox')
    // The question comes with the tab, which a loaded CI machine took over a second to show.
    await question.waitFor()
    await expect.poll(() => boxes.count()).toBeGreaterThan(2)
    const asked = await boxes.count()
    await workbench.showBoard()
    await board.cardOf('Globex').click()
    await page.getByRole('button', { name: 'Delete interview', exact: true }).click()

    await page.getByRole('tab', { name: /^Acme/, selected: true }).waitFor()
    await expect.poll(() => question.evaluate((group) => group === document.activeElement)).toBe(true)
    await page.keyboard.press('Enter')
    await page.waitForTimeout(300)
    expect(await boxes.count()).toBe(asked)
  })

  it("Today's question row puts the keyboard on the question, even with the tab open on another follow-up", async () => {
    const workbench = await session.open({
      seed: (dataDir) => addInterviews(dataDir, [{ company: 'Acme', day: -1, interviewer: 'Dana Reyes' }]),
    })
    const { board, page } = workbench
    const next = new NextPage(page)
    const question = next.prompt(QUESTION)
    await board.cardOf('Acme').click()
    await question.waitFor()
    // The letter is not due yet, so not asked about: picked, its message shows below the question.
    const LETTER = 'Send a formal thank-you letter to Dana Reyes'
    await next.pick(LETTER)
    const today = new TodayPage(page)
    await today.open()
    await today.askedIfDone('Acme').click()
    // It went to the letter's "Copy text", the question scrolled out of sight above it.
    await expect.poll(() => question.evaluate((group) => group === document.activeElement)).toBe(true)
    expect(await question.isVisible()).toBe(true)
  })

  it('with an outcome already in, asks what was done first, and only then whether to still send the rest', async () => {
    const { page, next, question, id } = await offerBeforeAnswer(-2)
    const stillSend = next.prompt('Still send the thank-you email, the LinkedIn note and the letter?')
    // Both were stacked, asking about the same thank-yous.
    expect(await stillSend.count()).toBe(0)
    await question.getByRole('button', { name: 'None yet' }).click()
    await question.waitFor({ state: 'detached' })
    // Now the other question, naming what is left (it said "the letter" whatever was).
    await stillSend.getByRole('button', { name: 'No, skip them' }).click()
    await stillSend.waitFor({ state: 'detached' })
    await expect.poll(async () => (await storedInterview(session.dataDir, id))?.stillSend).toBe('no')
    // Said with Undo, and the keyboard stays in Next (it fell to the page).
    await page
      .getByRole('status')
      .filter({
        hasText: /^Skipped 3 follow-ups still to send: “Send a thank-you email to Kevin Park”, “.+” and 1 more\./,
      })
      .waitFor()
    await expect.poll(() => next.panel.evaluate((panel) => panel.contains(document.activeElement))).toBe(true)
  })

  it('asks of the one letter left as of one, and names it once skipped', async () => {
    const { page, next, question } = await offerBeforeAnswer(-2)
    // The thank-you and the LinkedIn note were due; the letter is not yet.
    await question.getByRole('button', { name: 'All done up to today' }).click()
    await question.waitFor({ state: 'detached' })
    // It asked "Still send the letter?" and offered "No, skip them" (a walkthrough).
    const stillSend = next.prompt('Still send the letter?')
    await stillSend.getByRole('button', { name: 'No, skip it', exact: true }).click()
    // It said "Skipped 1 follow-up still to send.", leaving the user to guess which.
    await page
      .getByRole('status')
      .filter({ hasText: /^Skipped “Send a formal thank-you letter to Kevin Park”\./ })
      .waitFor()
  })

  it('with an outcome already in and everything marked done, does not ask whether to still send what is left', async () => {
    // Ten days on, the letter is due too: "All done up to today" leaves nothing to send.
    const { page, next, question } = await offerBeforeAnswer(-10)
    await question.getByRole('button', { name: 'All done up to today' }).click()
    await question.waitFor({ state: 'detached' })
    await page
      .getByRole('status')
      .filter({ hasText: /^Marked \d+ follow-ups done/ })
      .waitFor()
    // It asked "Still send the rest?" with nothing left, and "No" said "Skipped 0 follow-ups still to send." (a walkthrough).
    await next.followUp('Reply to the offer from Brightline').waitFor()
    expect(await next.panel.getByRole('group', { name: /^Still send/ }).count()).toBe(0)
  })

  it('"All done up to today" says how many it marked, offers Undo, and keeps the keyboard in Next', async () => {
    const workbench = await session.open({
      seed: (dataDir) => addInterviews(dataDir, [{ company: 'Acme', day: -5, interviewer: 'Dana Reyes' }]),
    })
    const { board, page } = workbench
    await board.cardOf('Acme').click()
    const next = new NextPage(page)
    const question = next.prompt(QUESTION)
    // The question comes with the tab, which a loaded CI machine took over a second to show.
    await question.waitFor()
    await expect.poll(() => question.getByRole('checkbox').count()).toBeGreaterThan(2)
    const asked = await question.getByRole('checkbox').count()
    await question.getByRole('button', { name: 'All done up to today' }).focus()
    await page.keyboard.press('Enter')
    const notice = page
      .getByRole('status')
      .filter({ hasText: new RegExp(`^Marked ${asked} follow-ups done: “.+” and ${asked - 2} more\\.`) })
      .filter({ has: page.getByRole('button', { name: 'Undo' }) })
    await notice.waitFor()
    await question.waitFor({ state: 'detached' })
    // The buttons went with the question: the keyboard goes on to what is next, not to the page.
    await expect.poll(() => next.panel.evaluate((panel) => panel.contains(document.activeElement))).toBe(true)

    await notice.getByRole('button', { name: 'Undo' }).click()
    await expect.poll(() => question.getByRole('checkbox').count()).toBe(asked)
  })

  it('"Mark the ticked ones done" answers the question, keeping the rest to do; one Ctrl+Z brings it all back, unticked', async () => {
    const workbench = await session.open({
      seed: (dataDir) => addInterviews(dataDir, [{ company: 'Acme', day: -5, interviewer: 'Dana Reyes' }]),
    })
    const { board, page } = workbench
    await board.cardOf('Acme').click()
    const question = new NextPage(page).prompt(QUESTION)
    const boxes = question.getByRole('checkbox')
    // The question comes with the tab, which a loaded CI machine took over a second to show.
    await question.waitFor()
    await expect.poll(() => boxes.count()).toBeGreaterThan(2)
    const asked = await boxes.count()
    await boxes.nth(0).check()
    await boxes.nth(1).check()
    // The ticked ones lead: "All done up to today" was the blue button (a walkthrough).
    const ticked = question.getByRole('button', { name: 'Mark the ticked ones done' })
    expect(await ticked.getAttribute('class')).toContain('button-primary')
    await ticked.click()
    // The question stayed with the rest, and took a "None yet" more (a walkthrough).
    await question.waitFor({ state: 'detached' })
    await page
      .getByRole('status')
      // By name: "Marked 2 follow-ups done." left the user to guess which (a walkthrough).
      .filter({
        hasText: new RegExp(`^Marked “[^”]+” and “[^”]+” done\\. Kept ${asked - 2} to do: listed under Next\\.`),
      })
      .waitFor()

    await page.keyboard.press('Control+KeyZ')
    await expect.poll(() => boxes.count()).toBe(asked)
    expect(await question.getByRole('checkbox', { checked: true }).count()).toBe(0)
  })
})
