import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { startFeedServer, type FeedServer } from '../support/feed-server'
import { HOSTILE, PWNED_FLAG } from '../support/hostile-text'
import { calendar, vevent } from '../support/ics-builder'
import { CalendarPage } from './pages/calendar.page'
import { storedInterview } from './support/seed-board'
import { useAppSession } from './support/app-session'
import { hasChromium } from './support/browser'
import { notesFilesIn } from './support/data-folder'

/** What would show that calendar text became part of the page. */
const INJECTED = 'img, script:not(head script), svg, iframe, [onerror], [onload], a[href^="javascript" i]'

/** iCalendar TEXT escaping, so each payload reaches the parser whole. */
function icsText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/;/g, '\\;')
}

/** Days from now at a time of day in UTC, as an iCalendar UTC time. */
function utcIn(days: number, hour: number): string {
  const date = new Date(Date.now() + days * 86_400_000)
  date.setUTCHours(hour, 0, 0, 0)
  return date.toISOString().replace(/[-:]|\.\d+/g, '')
}

function feed(): string {
  return calendar(
    vevent({
      uid: 'acme@test',
      summary: 'Interview with Acme for Data Analyst',
      lines: [
        'DTSTART;TZID=Asia/Tokyo:' + utcIn(2, 0).replace(/T\d+Z$/, 'T170000'),
        'DURATION:PT1H',
        'DESCRIPTION:Join: https://acme.zoom.us/j/42',
        'ORGANIZER;CN=Rita Recruiter:mailto:rita@acme.example',
        'ATTENDEE;CN=Ivan Petrov:mailto:ivan@acme.example',
        'ATTENDEE;CN=Me:mailto:me@home.example',
      ],
    }),
    vevent({
      uid: 'hostile@test',
      summary: icsText(`Entretien ${HOSTILE.script}`),
      lines: [
        `DTSTART:${utcIn(3, 9)}`,
        'DURATION:PT1H',
        `LOCATION:${icsText(HOSTILE.image)}`,
        `DESCRIPTION:${icsText(HOSTILE.svg)}`,
        `ATTENDEE;CN="${HOSTILE.javascriptUrl.replace(/"/g, "'")}":mailto:x@globex.example`,
      ],
    }),
    vevent({ uid: 'dentist@test', summary: 'Dentist', lines: [`DTSTART:${utcIn(1, 8)}`] }),
  )
}

describe.skipIf(!hasChromium)('calendars in the browser app', () => {
  const session = useAppSession()
  let server: FeedServer | undefined

  afterEach(async () => {
    await server?.close()
    server = undefined
  })

  it('connects a subscription, suggests its interviews as text, adds one and sets another aside', async () => {
    server = await startFeedServer()
    server.serve('/secret-0042/basic.ics', feed())
    const workbench = await session.open()
    const calendarPage = new CalendarPage(workbench.page)

    // With no calendar yet, the empty board offers to connect one.
    await workbench.page.getByRole('button', { name: 'Connect it', exact: true }).waitFor()
    await calendarPage.showView()
    await calendarPage.view.getByText('Connect your calendar').waitFor()
    await calendarPage.view.getByRole('button', { name: 'Connect a calendar…' }).click()
    await calendarPage.settings.waitFor()
    await expect.poll(() => calendarPage.settings.getByRole('note').innerText()).toMatch(/readable only by your user/)

    await calendarPage.settings.getByLabel('Your own email addresses (one per line)').fill('me@home.example')
    await calendarPage.settings.getByRole('button', { name: 'Save calendar settings' }).click()
    await workbench.page.getByText('Calendar settings saved.').waitFor()

    await calendarPage.addSubscription('http://calendar.example.com/basic.ics')
    await expect.poll(() => calendarPage.alert.innerText()).toMatch(/only over https/)

    // The same form asks a CalDAV account for its server, user name and app password, with the same rule.
    await calendarPage.settings.getByRole('radio', { name: /^CalDAV account/ }).check()
    await calendarPage.settings.getByLabel('Server', { exact: true }).fill('http://caldav.example.com')
    await calendarPage.settings.getByLabel('User name', { exact: true }).fill('sam@example.com')
    await calendarPage.settings.getByLabel('App password', { exact: true }).fill('app-secret-1234')
    await calendarPage.settings.getByRole('button', { name: 'Add calendar', exact: true }).click()
    await expect.poll(() => calendarPage.alert.innerText()).toMatch(/https/)
    await calendarPage.settings.getByRole('radio', { name: /^Subscription address/ }).check()

    await calendarPage.addSubscription(`${server.base}/secret-0042/basic.ics`)
    await calendarPage.sources.getByRole('cell', { name: '3', exact: true }).waitFor()
    // Once the host has it, the secret address is out of the window: not in the field, not in the page.
    expect(await calendarPage.settings.getByLabel('Calendar address', { exact: true }).inputValue()).toBe('')
    expect(await workbench.page.content()).not.toContain('secret-0042')

    // The empty board leads to them first: one click to the interviews found.
    await workbench.page.getByRole('tab', { name: /^Board/ }).click()
    await workbench.page.getByRole('button', { name: 'Review 2 interviews found in your calendar' }).click()
    await calendarPage.view.waitFor()
    await calendarPage.showView()
    await expect.poll(() => calendarPage.suggestions.count()).toBe(2)
    const acme = calendarPage.suggestion('Interview with Acme for Data Analyst')
    expect(await acme.getByLabel('Company').inputValue()).toBe('Acme')
    expect(await acme.getByLabel('Role').inputValue()).toBe('Data Analyst')
    expect(await acme.innerText()).toMatch(/With Ivan Petrov · arranged by Rita Recruiter/)
    expect(await acme.innerText()).toMatch(/17:00 in Tokyo/)

    const hostile = calendarPage.suggestion(`Entretien ${HOSTILE.script}`)
    expect(await hostile.innerText()).toContain(HOSTILE.image)
    expect(await hostile.innerText()).toContain(HOSTILE.javascriptUrl.replace(/"/g, "'"))
    expect(await calendarPage.view.locator(INJECTED).count()).toBe(0)
    expect(await workbench.page.evaluate((flag) => (window as never)[flag], PWNED_FLAG)).toBeUndefined()

    await acme.getByRole('button', { name: 'Add as interview' }).click()
    await workbench.page.getByRole('tab', { name: /Acme · Data Analyst/ }).waitFor()
    await expect.poll(() => calendarPage.suggestions.count()).toBe(1)

    // An empty role cannot be added: the user says what it is first.
    await hostile.getByLabel('Role').fill('')
    expect(await hostile.getByRole('button', { name: 'Add as interview' }).isDisabled()).toBe(true)
    await hostile.getByRole('button', { name: 'Not an interview' }).click()
    await calendarPage.view.getByText('No interviews to add').waitFor()
  })

  it('asks how an interview that just ended went, and keeps the answers, the cards and the summary template', async () => {
    server = await startFeedServer()
    const ended = new Date(Date.now() - 90 * 60_000).toISOString().replace(/[-:]|\.\d+/g, '')
    server.serve(
      '/work.ics',
      calendar(
        vevent({
          uid: 'initech@test',
          summary: 'Interview with Initech for QA Lead',
          lines: [`DTSTART:${ended}`, 'DURATION:PT1H', 'ATTENDEE;CN=Bill Lumbergh:mailto:bill@initech.example'],
        }),
      ),
    )
    const workbench = await session.open()
    const calendarPage = new CalendarPage(workbench.page)
    await calendarPage.showView()
    await calendarPage.view.getByRole('button', { name: 'Connect a calendar…' }).click()
    await calendarPage.addSubscription(`${server.base}/work.ics`)
    await calendarPage.showView()
    await calendarPage
      .suggestion('Interview with Initech for QA Lead')
      .getByRole('button', { name: 'Add as interview' })
      .click()

    await calendarPage.view
      .getByRole('region', { name: 'Just ended' })
      .getByRole('button', { name: 'How did it go?' })
      .click()
    const debrief = workbench.page.getByRole('dialog', { name: 'How did it go at Initech?' })
    await debrief.getByText('## What we talked about').waitFor()
    await debrief.getByLabel('When will they decide?').fill('2030-01-15')
    await debrief.getByLabel('Who will tell you?').selectOption({ label: 'HR' })
    await debrief.getByLabel('How?').selectOption({ label: 'Email' })
    await debrief.getByLabel('Bill Lumbergh: card collected').check()
    await debrief.getByRole('button', { name: 'Save answers' }).click()
    await debrief.waitFor({ state: 'detached' })

    // The notes (one file per interview, named by its id) hold the summary template, saved on their own.
    const notesFolder = join(session.dataDir, 'notes')
    // Listed by the name the host gives it: the temporary file it is first written as has another.
    await expect.poll(() => notesFilesIn(session.dataDir)).toHaveLength(1)
    const [file] = await notesFilesIn(session.dataDir)
    await expect.poll(() => readFile(join(notesFolder, file!), 'utf8')).toMatch(/^# Initech: QA Lead, round 1/)
    // Saved once the host has the answers: allow a loaded machine more than the poll's default second.
    await expect
      .poll(() => storedInterview(session.dataDir, file!.replace(/\.md$/, '')), { timeout: 10_000 })
      .toMatchObject({
        company: 'Initech',
        decision: { expectedDate: '2030-01-15', informer: 'hr', channel: 'email' },
        interviewers: [{ name: 'Bill Lumbergh', cardCollected: true }],
      })
  })
})
