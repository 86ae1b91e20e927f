import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { interviewFieldsSchema, type Interview } from '../../shared/domain/interview'
import { nodeFileSystem } from '../../electron/host/storage/durable-file'
import { recoverInterviews } from '../../electron/host/storage/recovery'
import { openHost } from '../../electron/host/service'
import { storePaths } from '../../electron/host/storage/store-files'
import { InterviewFormPage } from './pages/interview-form.page'
import { NextPage } from './pages/next.page'
import { descriptionText } from './pages/field-error'
import { isShownWhole } from './pages/on-screen'
import { SettingsPage } from './pages/settings.page'
import type { WorkbenchPage } from './pages/workbench.page'
import { useAppSession, type AppSession, type OpenOptions } from './support/app-session'
import { hasChromium } from './support/browser'
import { addInterviews } from './support/seed-board'

const DAY_MS = 86_400_000

function isoDay(daysFromToday: number): string {
  return new Date(Date.now() + daysFromToday * DAY_MS).toISOString().slice(0, 10)
}

/** An interview two weeks ahead whose decision comes by phone the day after: its call is planned in a call window. */
async function addInterviewAwaitingACall(dataDir: string, company: string): Promise<Interview> {
  const host = await openHost({ dataDir, settings: { get: () => undefined, set: () => undefined }, version: 'e2e' })
  try {
    const fields = interviewFieldsSchema.parse({
      company,
      role: 'Engineer',
      date: isoDay(14),
      time: '10:00',
      timeZone: 'Europe/Berlin',
      decision: { expectedDate: isoDay(15), channel: 'phone' },
    })
    return await host.api.createInterview({ fields, stage: 'interviewed' })
  } finally {
    await host.close()
  }
}

/** The interviews as a restart would read them from the data folder, read while the app runs. */
async function storedInterviews(dataDir: string): Promise<Interview[]> {
  const recovered = await recoverInterviews({
    paths: storePaths(dataDir),
    fs: nodeFileSystem,
    context: { timeZone: 'Europe/Berlin' },
    now: () => new Date(),
  })
  return [...recovered.state.interviews.values()]
}

describe.skipIf(!hasChromium)('settings', () => {
  const session = useAppSession()
  // A second data folder, for an export imported into a fresh one.
  const fresh = useAppSession()

  async function openApp(
    over: AppSession = session,
    options: OpenOptions = {},
  ): Promise<{ workbench: WorkbenchPage; settings: SettingsPage; dataDir: string }> {
    const workbench = await over.open(options)
    return { workbench, settings: new SettingsPage(workbench.page), dataDir: over.dataDir }
  }

  it('opens with Ctrl+, and a new start of the working day moves a follow-up, on disk and in the interview', async () => {
    let acme: Interview | undefined
    const { workbench, settings, dataDir } = await openApp(session, {
      seed: async (folder) => (acme = await addInterviewAwaitingACall(folder, 'Acme')),
    })
    const interviewForm = new InterviewFormPage(workbench.page)
    await interviewForm.open('Acme')
    const call = new NextPage(workbench.page).toggle('Call Acme to ask about the result')
    await expect.poll(() => call.innerText()).toMatch(/\b10:00$/)

    await settings.openWithKeyboard()
    await settings.field('Working day starts').fill('08:00')
    await settings.save()

    await expect
      .poll(async () => (await storedInterviews(dataDir))[0]?.tasks.find((task) => task.kind === 'inquire-result')?.due)
      .toBe(`${acme!.tasks.find((task) => task.kind === 'inquire-result')!.due.slice(0, 10)}T09:00`)
    await workbench.page.getByRole('tab', { name: /^Acme/ }).click()
    await expect.poll(() => call.innerText()).toMatch(/\b0?9:00$/)
    expect(JSON.parse(await readFile(join(dataDir, 'settings.json'), 'utf8')).preferences.workingHours).toEqual({
      start: '08:00',
      end: '17:30',
    })
  })

  it('sets the theme and the board’s cards under Appearance, at once, and back to the system’s theme', async () => {
    const { workbench, settings } = await openApp(session, {
      seed: (dataDir) => addInterviews(dataDir, [{ company: 'Acme' }]),
    })
    const { page } = workbench
    await settings.openWithKeyboard()
    // Settings had no theme: once the activity bar's switch was used, only a palette command followed the
    // system again (a walkthrough).
    const theme = settings.panel.getByLabel('Theme', { exact: true })
    await theme.selectOption('Dark')
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark')
    await page.emulateMedia({ colorScheme: 'dark' })
    await theme.selectOption('As the system')
    await page.emulateMedia({ colorScheme: 'light' })
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('light')
    await settings.panel.getByLabel('Board cards', { exact: true }).selectOption('Compact')
    await workbench.showBoard()
    await expect.poll(() => workbench.board.density()).toBe('compact')
  })

  it('shows an inline error for a working day that ends before it starts, and saves nothing', async () => {
    const { settings, dataDir } = await openApp()
    await settings.openWithKeyboard()

    const end = settings.field('Working day ends')
    await end.fill('08:00')
    expect(await settings.errorOf(end)).toBe('The working day must end after it starts')
    await end.fill('17:00')
    await expect.poll(() => end.getAttribute('aria-invalid')).toBeNull()
    const lunchEnd = settings.field('Lunch ends')
    await lunchEnd.fill('18:00')
    expect(await settings.errorOf(lunchEnd)).toBe('Lunch must end within the working day, by 17:00')

    await settings.button('Save').click()
    await expect.poll(() => settings.page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('time')
    expect(await settings.panel.getByText('You have unsaved changes.').isVisible()).toBe(true)
    const saved = await readFile(join(dataDir, 'settings.json'), 'utf8').catch(() => '')
    expect(saved).not.toContain('17:00')
  })

  it('flags every error at once on Save: quiet hours with no length beside an empty number', async () => {
    const { settings, dataDir } = await openApp()
    await settings.openWithKeyboard()

    const limit = settings.field('LinkedIn note limit (characters)')
    await limit.fill('')
    const quietUntil = settings.field('Quiet until')
    await quietUntil.fill('06:00')
    await settings.field('Quiet from').fill('06:00')
    await settings.button('Save').click()

    // The quiet hours' error came only a Save later, once the number was fixed (a walkthrough).
    expect(await settings.errorOf(limit)).toContain('Enter a number of characters')
    expect(await settings.errorOf(quietUntil)).toBe('Quiet hours need an end different from their start')
    const saved = await readFile(join(dataDir, 'settings.json'), 'utf8').catch(() => '')
    expect(saved).not.toContain('06:00')
  })

  it('follows a change saved in another window, keeping the edits not saved here', async () => {
    const { settings, dataDir } = await openApp()
    const other = new SettingsPage((await session.newWorkbench()).page)
    await settings.openWithKeyboard()
    await other.openWithKeyboard()

    await settings.field('Days until the formal letter').fill('5')
    await other.field('Working day starts').fill('08:30')
    await other.save()

    await expect.poll(() => settings.field('Working day starts').inputValue()).toBe('08:30')
    expect(await settings.field('Days until the formal letter').inputValue()).toBe('5')
    await settings.save()
    const saved = JSON.parse(await readFile(join(dataDir, 'settings.json'), 'utf8')).preferences
    expect(saved).toMatchObject({ fewDays: 5, workingHours: { start: '08:30', end: '17:30' } })
  })

  it('exports JSON that a fresh data folder imports, showing the same interviews on the board', async () => {
    const seed = (dataDir: string) =>
      addInterviews(dataDir, [
        { company: 'Acme', interviewer: 'Dana Reyes' },
        { company: 'Globex', day: 2 },
      ])
    const first = await openApp(session, { seed })
    await first.settings.openWithKeyboard()
    // This folder has interviews: the section says import needs an empty one before a file is picked.
    await first.settings.panel.getByText('This data folder already has interviews').waitFor()
    expect(await first.settings.importButton.isDisabled()).toBe(true)
    const exported = await first.settings.export('JSON')
    expect(exported.fileName).toMatch(/^debrief-export-\d{4}-\d{2}-\d{2}\.json$/)
    const second = await openApp(fresh)
    // The file as the user saved it, beside the data (in the first folder, removed with it).
    const file = join(first.dataDir, exported.fileName)
    await writeFile(file, exported.text)
    await second.settings.openWithKeyboard()
    await second.settings.importFile(file)
    const imported = second.settings.panel.getByRole('status').filter({ hasText: 'Imported 2 interviews' })
    await imported.waitFor()
    // The settings are not in the file: the drafts signed off with no name, and nothing said why (a walkthrough).
    expect(await imported.textContent()).toContain(
      'Your name, signature and working hours are not in an export: set them here, under You and Working day.',
    )
    await second.workbench.showBoard()
    await expect.poll(() => second.workbench.board.companiesIn('Interviewed')).toEqual(['Acme', 'Globex'])
  })

  it('the palette’s “Import from a JSON export…” shows the Import section, with the keyboard on it', async () => {
    const seed = (dataDir: string) => addInterviews(dataDir, [{ company: 'Acme', interviewer: 'Dana Reyes' }])
    const { workbench, settings } = await openApp(session, { seed })
    await workbench.board.runCommand('import from', 'Data: Import from a JSON export…')
    // It showed Calendars: the sections above loaded after the scroll, and pushed Import 1,580 px down (a walkthrough).
    const heading = settings.panel.getByRole('heading', { name: 'Import', exact: true })
    await expect.poll(() => heading.evaluate((element) => element === document.activeElement)).toBe(true)
    await settings.panel.getByText('This data folder already has interviews').waitFor()
    await workbench.page.waitForTimeout(500)
    expect(await isShownWhole(heading)).toBe(true)
  })

  it('refuses a malformed file with its line and column, and changes nothing', async () => {
    const { settings, workbench, dataDir } = await openApp()
    const file = join(dataDir, 'broken.json')
    await writeFile(file, '{\n  "schemaVersion": 1,\n  "interviews": [\n    { "company": "Acme" \n')

    await settings.openWithKeyboard()
    await settings.importFile(file)
    const alert = settings.panel.getByRole('alert')
    await expect.poll(() => alert.innerText()).toMatch(/not valid JSON at line \d+, column \d+ .*Nothing was changed/)
    await workbench.showBoard()
    await workbench.board.region.getByText('Debrief keeps track of what to do after each job interview').waitFor()
    expect(await storedInterviews(dataDir)).toEqual([])
  })

  it('shows an import’s error in view, with the keyboard still on the import button, in a small window', async () => {
    const { workbench, settings, dataDir } = await openApp()
    const file = join(dataDir, 'newer.json')
    await writeFile(file, JSON.stringify({ schemaVersion: 2, interviews: [], notes: {} }))
    for (const size of [
      { width: 900, height: 650 },
      { width: 1366, height: 768 },
    ]) {
      await workbench.page.setViewportSize(size)
      await settings.openWithKeyboard()
      await settings.importButton.focus()
      await settings.importFile(file, () => settings.page.keyboard.press('Enter'))
      // The error sat below the window (its top at 636 px of 650), the keyboard on the page's body (a walkthrough).
      await expect
        .poll(() => settings.importError.innerText())
        .toBe(
          'This export was made by a newer version of Debrief (data version 2; this one reads 1). ' +
            'Update Debrief to import it. Nothing was changed.',
        )
      await expect.poll(() => isShownWhole(settings.importError)).toBe(true)
      expect(await settings.importButton.evaluate((button) => button === document.activeElement)).toBe(true)
    }
  })

  it('the palette’s “Import from a JSON export…” opens the file picker on an empty data folder', async () => {
    const { workbench, settings, dataDir } = await openApp()
    const file = join(dataDir, 'interviews.csv.json')
    await writeFile(file, 'Company,Role,Round\nAcme,Engineer,1\n')
    await workbench.page.setViewportSize({ width: 900, height: 650 })
    // It only scrolled Settings to Import, opening no picker (a walkthrough).
    await settings.importFile(file, () => workbench.board.runCommand('import from', 'Data: Import from a JSON export…'))
    await expect
      .poll(() => settings.importError.innerText())
      .toMatch(/^This is not a Debrief JSON export \(it looks like a CSV/)
    await expect.poll(() => isShownWhole(settings.importError)).toBe(true)
    await expect.poll(() => settings.importButton.evaluate((button) => button === document.activeElement)).toBe(true)
  })

  it('the empty board offers to import an export, for someone moving from another computer', async () => {
    const { workbench, settings, dataDir } = await openApp()
    const file = join(dataDir, 'interviews.csv.json')
    await writeFile(file, 'Company,Role,Round\nAcme,Engineer,1\n')
    // It offered only "New interview" and "Load sample interviews" (a walkthrough).
    const link = workbench.board.region.getByRole('button', { name: 'Import a JSON export' })
    await settings.importFile(file, () => link.click())
    await expect.poll(() => settings.importError.innerText()).toMatch(/^This is not a Debrief JSON export/)
  })

  it('restores the day’s backup, bringing back what was archived since, and keeps what it replaced', async () => {
    // Opening a folder with interviews takes the day's backup.
    const { workbench, settings } = await openApp(session, {
      seed: (dataDir) => addInterviews(dataDir, [{ company: 'Acme' }, { company: 'Globex' }]),
    })
    const { board } = workbench
    await board.cardOf('Acme').click({ button: 'right' })
    await board.menu('Acme').getByRole('menuitem', { name: 'Archive' }).click()
    await expect.poll(() => board.companiesIn('Interviewed')).toEqual(['Globex'])

    await settings.openWithKeyboard()
    await expect.poll(() => settings.backupRows.count()).toBe(1)
    await expect.poll(() => settings.backupRows.first().innerText()).toMatch(/Daily backup\s+2 interviews/)
    await settings.backupRows
      .first()
      .getByRole('button', { name: /^Restore the backup from / })
      .click()
    const dialog = settings.restoreDialog
    expect(await dialog.innerText()).toContain('first sets what you have now aside as a new backup')
    await dialog.getByRole('button', { name: 'Restore backup' }).click()
    await dialog.waitFor({ state: 'detached' })
    // The keyboard fell to the page's body (a walkthrough): it is on the backups, where the undo is listed.
    const backupsHeading = settings.panel.getByRole('heading', { name: 'Backups', exact: true })
    await expect.poll(() => backupsHeading.evaluate((element) => element === document.activeElement)).toBe(true)

    await expect.poll(() => settings.backupRows.count()).toBe(2)
    expect(await settings.backups.innerText()).toContain('Set aside before a restore')
    await workbench.showBoard()
    await expect.poll(() => board.companiesIn('Interviewed')).toEqual(['Acme', 'Globex'])
  })

  it('says which of Data’s settings waits for Save: the number of daily backups, no button', async () => {
    const { settings } = await openApp()
    await settings.openWithKeyboard()
    // The section said "These act at once; they do not wait for Save.", the field "saved with Save" (a walkthrough).
    expect(
      await settings.panel.getByText(/^Your interviews, notes and settings live in one data folder/).innerText(),
    ).toBe(
      'Your interviews, notes and settings live in one data folder. Back up, restore, export and import act at ' +
        'once; they do not wait for Save.',
    )
    expect(await descriptionText(settings.field('Daily backups to keep'))).toBe(
      '1 to 365. Saved with Save; daily backups beyond it go when the next day’s backup is taken.',
    )
  })

  it('names the backups of a restore’s notice as the table does, and a newer restore’s notice replaces it', async () => {
    const { workbench, settings } = await openApp(session, {
      seed: (dataDir) => addInterviews(dataDir, [{ company: 'Acme' }]),
    })
    await settings.openWithKeyboard()
    await expect.poll(() => settings.backupRows.count()).toBe(1)
    await settings.restore(settings.backupRows.first())
    await expect.poll(() => settings.backupRows.count()).toBe(2)
    const [setAside, daily] = await Promise.all(
      [0, 1].map((index) => settings.backupRow(settings.backupRows.nth(index))),
    )
    expect([setAside?.kind, daily?.kind]).toEqual(['Set aside before a restore', 'Daily backup'])

    // It named the folders ("the backup manual-20261205-082050") and each restore stacked a banner (a walkthrough).
    const restoreNotices = workbench.notices.filter({ hasText: 'Restored the backup' })
    await expect
      .poll(() => restoreNotices.innerText())
      .toContain(
        `Restored the backup from ${daily!.taken} (daily backup). What it replaced is kept as the backup from ` +
          `${setAside!.taken} (set aside before a restore): restore that one in Settings › Data to undo.`,
      )
    await settings.restore(settings.backupRows.first())
    await expect.poll(() => settings.backupRows.count()).toBe(3)
    await expect
      .poll(() => restoreNotices.innerText())
      .toContain(`Restored the backup from ${setAside!.taken} (set aside`)
    expect(await restoreNotices.count()).toBe(1)
    await workbench.reload()
    await expect.poll(() => restoreNotices.count()).toBe(1)
  })
})
