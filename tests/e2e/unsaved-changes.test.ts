import { describe, expect, it } from 'vitest'
import type { Interview } from '../../shared/domain/interview'
import { InterviewFormPage } from './pages/interview-form.page'
import { NotesPage } from './pages/notes.page'
import { useAppSessionOver } from './support/app-session'
import { hasChromium } from './support/browser'
import { startFaultyWebApp } from './support/faulty-web-app'
import { addInterviews, storedInterview } from './support/seed-board'

/** A disk that fills up while the app runs: the user is told, and nothing they see or did is lost. */
describe.skipIf(!hasChromium)('a full disk', () => {
  const session = useAppSessionOver(startFaultyWebApp)

  it('shows a notice that cannot be dismissed, keeps every card on the board, and saves once there is room', async () => {
    let acme: Interview | undefined
    const workbench = await session.open({
      seed: async (dataDir) => ([acme] = await addInterviews(dataDir, [{ company: 'Acme' }, { company: 'Globex' }])),
    })
    const { app, dataDir } = session
    const { board, page } = workbench
    await expect.poll(() => board.companiesIn('Interviewed')).toEqual(['Acme', 'Globex'])
    const statusBar = page.getByRole('contentinfo', { name: 'Status bar' })
    const noticesItem = statusBar.getByRole('button', { name: /\d+ notices?$/ })
    expect(await noticesItem.count()).toBe(0)

    await app.setDiskFull(true)
    await board.cardOf('Acme').focus()
    await page.keyboard.press('Alt+ArrowRight')
    await board.cardOf('Acme', 'Thanked').waitFor()

    const notice = page.getByRole('alert').filter({ hasText: "Debrief can't save to" })
    await notice.waitFor()
    expect(await notice.textContent()).toContain('the disk is full (ENOSPC)')
    expect(await notice.textContent()).toContain('Your last change is kept in memory and will be written as soon')
    expect(await notice.getByRole('button', { name: 'Dismiss' }).count()).toBe(0)
    expect((await storedInterview(dataDir, acme!.id))?.stage).toBe('interviewed')
    // The status bar says there is a notice, and takes the keyboard to it.
    await noticesItem.click()
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Notices')

    // A reload asks the host again: the board shows what it holds, never an empty board.
    await workbench.reload()
    await board.cardOf('Acme', 'Thanked').waitFor()
    expect(await board.companiesIn('Interviewed')).toEqual(['Globex'])
    await notice.waitFor()

    await app.setDiskFull(false)
    await page.getByRole('alert').filter({ hasText: 'every change is on disk' }).waitFor()
    expect(await notice.count()).toBe(0)
    expect((await storedInterview(dataDir, acme!.id))?.stage).toBe('thanked')
  })

  it('never says the notes are saved while the disk refuses them, and says so once they are written', async () => {
    const workbench = await session.open({ seed: (dataDir) => addInterviews(dataDir, [{ company: 'Acme' }]) })
    const { app } = session
    await new InterviewFormPage(workbench.page).open('Acme')
    const notes = new NotesPage(workbench.page)
    await notes.append('Asked about on-call.')
    await notes.paneStatus('Saved').waitFor()
    await notes.saveState('All changes saved').waitFor()

    await app.setDiskFull(true)
    await notes.append(' They liked the migration story.')
    await notes.paneStatus('Not on disk yet: kept in memory').waitFor()
    await notes.status('Notes not on disk yet').waitFor()
    await notes.saveState('1 change not on disk yet').waitFor()
    expect(await notes.paneStatus('Saved').count()).toBe(0)
    expect(await notes.saveState('All changes saved').count()).toBe(0)

    await app.setDiskFull(false)
    await notes.paneStatus('Saved').waitFor()
    await notes.saveState('All changes saved').waitFor()
    expect(await notes.status('Notes not on disk yet').count()).toBe(0)
  })
})
