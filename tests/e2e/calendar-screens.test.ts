import { afterEach, describe, expect, it } from 'vitest'
import { openHost } from '../../electron/host/service'
import { interviewFieldsSchema, type Interview } from '../../shared/domain/interview'
import { startFeedServer, type FeedServer } from '../support/feed-server'
import { calendar, vevent } from '../support/ics-builder'
import { CalendarPage } from './pages/calendar.page'
import { TodayPage } from './pages/today.page'
import { useAppSession } from './support/app-session'
import { hasChromium } from './support/browser'
import { storedInterview } from './support/seed-board'

const DAY_MS = 86_400_000

/** A day from today, as the date field holds it. */
function dayFromNow(days: number): string {
  return new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10)
}

/** Adds interviews (and notes) through the host itself, before the app opens the folder. */
async function seed(
  dataDir: string,
  drafts: Array<{ company: string; role: string; round: number; day: number; notes?: string }>,
): Promise<Interview[]> {
  const host = await openHost({ dataDir, settings: { get: () => undefined, set: () => undefined }, version: 'e2e' })
  try {
    const created: Interview[] = []
    for (const draft of drafts) {
      const fields = interviewFieldsSchema.parse({
        company: draft.company,
        role: draft.role,
        round: draft.round,
        date: dayFromNow(draft.day),
        time: '10:00',
        timeZone: 'UTC',
        interviewers: [{ id: crypto.randomUUID(), name: 'Dana Smith', title: 'Head of Data' }],
      })
      const interview = await host.api.createInterview({ fields, stage: 'interviewed' })
      if (draft.notes) await host.api.writeNotes({ id: interview.id, markdown: draft.notes })
      created.push(interview)
    }
    return created
  } finally {
    await host.close()
  }
}

describe.skipIf(!hasChromium)('the calendar’s screens in the browser app', () => {
  const session = useAppSession()
  let server: FeedServer | undefined

  afterEach(async () => {
    await server?.close()
    server = undefined
  })

  it('opens the quick debrief from the address a reminder names, and Today’s Upcoming opens the earlier rounds’ summaries', async () => {
    let initech: Interview | undefined
    let next: Interview | undefined
    const seeding = async (dataDir: string) => {
      ;[, initech, next] = await seed(dataDir, [
        {
          company: 'Acme',
          role: 'Data Analyst',
          round: 1,
          day: -9,
          notes:
            '# Acme: Data Analyst, round 1\n\n## What they look for\n\nSQL they can trust, dashboards for sales.\n\n' +
            '## Questions they asked, and how I answered\n\n- **They asked:** \n  - **I answered:** \n',
        },
        { company: 'Initech', role: 'QA Lead', round: 1, day: 0 },
        { company: 'Acme', role: 'Data Analyst', round: 2, day: 1 },
      ])
    }
    await session.launch({ seed: seeding })
    // Opened at the address a reminder names, not on the board.
    const page = await session.browser.context.newPage()
    await page.goto(`${session.app.url}&debrief=${initech!.id}`)

    const debrief = page.getByRole('dialog', { name: 'How did it go at Initech?' })
    await debrief.getByLabel('When will they decide?').waitFor()
    // Opened before the Calendar view ever was, it still has its layout: the answers beside the notes.
    const answers = await debrief.getByRole('region', { name: 'What you were told' }).boundingBox()
    const notes = await debrief.getByRole('region', { name: 'Your notes' }).boundingBox()
    expect(notes!.x).toBeGreaterThanOrEqual(answers!.x + answers!.width - 1)
    await debrief.getByLabel('Dana Smith: card collected').check()
    // Who will tell, with the address the inquiry about the result goes to; a wrong one is refused, with why.
    await debrief.getByLabel('Their name').fill('Monica Hall')
    await debrief.getByLabel('Their email').fill('monica at initech')
    await debrief.getByRole('button', { name: 'Save answers' }).click()
    const refused = debrief.getByRole('alert')
    await refused.filter({ hasText: 'Must be an email address like name@example.com' }).waitFor()
    // Said by the field's name (it read "fields.decision.informerEmail: …"), with the keyboard back in it.
    expect(await refused.textContent()).toBe('Their email: Must be an email address like name@example.com')
    await expect
      .poll(() => debrief.getByLabel('Their email').evaluate((field) => field === document.activeElement))
      .toBe(true)
    await debrief.getByLabel('Their email').fill('monica@initech.example')
    // And the number a call about the result rings, checked as the people's phones are.
    await debrief.getByLabel('Their phone').fill('ask reception')
    await debrief.getByRole('button', { name: 'Save answers' }).click()
    await refused.filter({ hasText: 'Their phone' }).waitFor()
    expect(await refused.textContent()).toBe('Their phone: Must be a phone number: digits, spaces and + ( ) - . /')
    await expect
      .poll(() => debrief.getByLabel('Their phone').evaluate((field) => field === document.activeElement))
      .toBe(true)
    await debrief.getByLabel('Their phone').fill('+1 415 555 0100')
    await debrief.getByRole('button', { name: 'Save answers' }).click()
    await debrief.waitFor({ state: 'detached' })
    expect((await storedInterview(session.dataDir, initech!.id))?.decision).toMatchObject({
      informerName: 'Monica Hall',
      informerEmail: 'monica@initech.example',
      informerPhone: '+1 415 555 0100',
    })
    // Under the debrief, the interview itself; the address no longer asks, so a reload does not reopen it.
    await page.getByRole('tab', { name: /Initech · QA Lead/ }).waitFor()
    expect(new URL(page.url()).search).toBe('')

    const today = new TodayPage(page)
    await today.open()
    const upcoming = today.view.getByRole('region', { name: 'Upcoming interviews' })
    await upcoming.getByText('Round 2 · Data Analyst').waitFor()
    expect(await upcoming.innerText()).toMatch(/tomorrow \d\d:\d\d|in \d+ h/)
    await upcoming.getByRole('button', { name: 'Prepare for round 2 at Acme' }).click()

    const prepare = page.getByRole('dialog', { name: 'Prepare for round 2 at Acme' })
    const ahead = prepare.getByRole('region', { name: 'The interview ahead' })
    await ahead.getByText('Dana Smith').waitFor()
    const summaries = prepare.getByRole('region', { name: 'Your summaries of the earlier rounds' })
    await summaries.getByRole('article', { name: /^Round 1 · / }).waitFor()
    await summaries.getByText('SQL they can trust, dashboards for sales.').waitFor()
    // The template's bullets left empty showed as "They asked: / I answered:" with nothing after (a walkthrough).
    expect(await summaries.locator('strong', { hasText: /^(They asked|I answered):$/ }).count()).toBe(0)
    await summaries.getByRole('button', { name: 'Open round 1' }).waitFor()
    await prepare.getByRole('button', { name: 'Open this interview' }).click()
    await prepare.waitFor({ state: 'detached' })
    await page.getByRole('tab', { name: /Acme, round 2 · Data Analyst/, selected: true }).waitFor()

    // The preparation view has an address too: what the tray's line opens in the desktop app.
    await page.goto(`${session.app.origin}/?prepare=${next!.id}`)
    await page.getByRole('dialog', { name: 'Prepare for round 2 at Acme' }).waitFor()
  })

  it('flags the card of an interview whose event was cancelled in the calendar, keeping what the user wrote', async () => {
    server = await startFeedServer()
    const start = new Date(Date.now() + 2 * DAY_MS).toISOString().replace(/[-:]|\.\d+/g, '')
    const event = (status: string[]) =>
      calendar(
        vevent({
          uid: 'umbrella@test',
          summary: 'Interview with Umbrella for Analyst',
          lines: [`DTSTART:${start}`, 'DURATION:PT1H', ...status],
        }),
      )
    server.serve('/work.ics', event([]))
    const workbench = await session.open()
    const calendarPage = new CalendarPage(workbench.page)
    await calendarPage.showView()
    await calendarPage.view.getByRole('button', { name: 'Connect a calendar…' }).click()
    await calendarPage.addSubscription(`${server.base}/work.ics`)
    await calendarPage.showView()
    await calendarPage
      .suggestion('Interview with Umbrella for Analyst')
      .getByRole('button', { name: 'Add as interview' })
      .click()
    await workbench.page.getByRole('tab', { name: /Umbrella · Analyst/ }).waitFor()
    const card = workbench.board.card('Umbrella', 'Analyst')
    await workbench.showBoard()
    await card.waitFor()
    expect(await card.getAttribute('aria-label')).not.toContain('Cancelled')

    server.serve('/work.ics', event(['STATUS:CANCELLED']))
    await calendarPage.view.getByRole('button', { name: 'Read the calendars again' }).click()
    await expect.poll(() => card.getAttribute('aria-label')).toContain('Cancelled in your calendar')
    await card.getByText('Cancelled in your calendar').waitFor()
    // The interview stays, with its follow-ups.
    expect(await card.getAttribute('aria-label')).toMatch(/to do/)
  })
})
