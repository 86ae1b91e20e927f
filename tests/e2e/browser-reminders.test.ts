import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BrowserNotificationsPage } from './pages/browser-notifications.page'
import { NextPage } from './pages/next.page'
import { useAppSessionOver } from './support/app-session'
import { hasChromium } from './support/browser'
import { addInterviews } from './support/seed-board'
import { startWebApp } from './support/web-app'

/** The browser app shows its reminders in the page that may notify, so that a click opens the interview. */
describe.skipIf(!hasChromium)('a reminder in the browser app', () => {
  // No desktop session for notify-send, as on a server: the reminder waits for the page, whatever machine runs this.
  const session = useAppSessionOver((dataDir) =>
    startWebApp(dataDir, { DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent' }),
  )

  const seed = async (dataDir: string) => {
    await addInterviews(dataDir, [{ company: 'Acme', day: -5, interviewer: 'Dana Reyes' }])
    await writeFile(join(dataDir, 'settings.json'), JSON.stringify({ preferences: { quietHours: null } }))
  }

  it('comes as the browser’s notification, and a click on it opens its interview', async () => {
    await session.launch({ seed })
    await BrowserNotificationsPage.install(session.browser.context, session.app.origin)
    const workbench = await session.newWorkbench()
    const notifications = new BrowserNotificationsPage(workbench.page)

    const shown = await notifications.first()
    expect(shown.body).toContain('Acme')
    await notifications.click(shown.title)

    await workbench.page.getByRole('tab', { name: /^Acme/, selected: true }).waitFor()
    await new NextPage(workbench.page).panel.waitFor()
  })

  it('waiting for a desktop there is none of, the notice offers to show them in this browser: one click, the waiting reminder comes and the notice goes', async () => {
    await session.launch({ seed })
    await BrowserNotificationsPage.install(session.browser.context, session.app.origin, { chosen: false })
    const workbench = await session.newWorkbench()
    const notice = workbench.page
      .getByRole('region', { name: 'Notices' })
      .getByRole('alert')
      .filter({ hasText: 'Desktop notifications are not working' })
    // One line of what happens; the system's own words wait under Details (they were four lines of D-Bus).
    const details = notice.getByText('Details', { exact: true })
    const said = notice.getByText(/^The system said: /)
    expect(await said.isVisible()).toBe(false)
    await details.click()
    expect(await said.isVisible()).toBe(true)
    await notice.getByRole('button', { name: 'Show them in this browser' }).click()

    const shown = await new BrowserNotificationsPage(workbench.page).first()
    expect(shown.body).toContain('Acme')
    await notice.waitFor({ state: 'detached' })
    // Where they come now, and while what: a browser shows them only while a tab is open.
    await workbench.page
      .getByRole('status')
      .filter({ hasText: 'Reminders will show in this browser, while Debrief is open in one of its tabs.' })
      .waitFor()
  })

  it('refused by the browser, says where to allow them, as a hint that goes, not an error kept on screen', async () => {
    await session.launch({ seed })
    await BrowserNotificationsPage.install(session.browser.context, session.app.origin, {
      chosen: false,
      answer: 'denied',
    })
    const workbench = await session.newWorkbench()
    const { page } = workbench
    const notice = page.getByRole('region', { name: 'Notices' }).getByRole('alert')
    await notice.getByRole('button', { name: 'Show them in this browser' }).click()
    const blocked = /^This browser blocks Debrief’s notifications\. Allow them in the site settings/
    await page.getByRole('status').filter({ hasText: blocked }).waitFor()
    // It stayed, red, for minutes after they were allowed (a walkthrough).
    expect(await page.getByRole('alert').filter({ hasText: blocked }).count()).toBe(0)
  })
})
