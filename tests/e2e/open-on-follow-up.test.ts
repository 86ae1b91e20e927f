import { describe, expect, it } from 'vitest'
import { openHost } from '../../electron/host/service'
import { NextPage } from './pages/next.page'
import { NotesPage } from './pages/notes.page'
import { isShownWhole } from './pages/on-screen'
import { TodayPage } from './pages/today.page'
import { useAppSession } from './support/app-session'
import { hasChromium } from './support/browser'
import { ramanFields, seedInterviews, seedYou } from './support/lead-seed'

const REPLY = 'Reply to the offer from Spreewald Software'
const SUMMARY = 'Write your summary of the interview'

/** Raman Analytics with every follow-up skipped but the summary: the one F8 opens. */
async function seedSummaryDue(dataDir: string): Promise<void> {
  await seedYou(dataDir)
  const [raman] = await seedInterviews(dataDir, [{ fields: ramanFields() }])
  const settings = { get: () => undefined, set: () => undefined }
  const host = await openHost({ dataDir, settings, version: 'e2e' })
  try {
    for (const task of raman!.tasks.filter((each) => each.kind !== 'write-summary')) {
      await host.api.updateTask({ interviewId: raman!.id, taskId: task.id, action: 'dismiss' })
    }
  } finally {
    await host.close()
  }
}

/** Where a follow-up asked for by name (a Today row, F8) puts the keyboard, and what it keeps in view. */
describe.skipIf(!hasChromium)('opening an interview on one follow-up', () => {
  const session = useAppSession()

  it('a Today row opens on the draft’s first placeholder, selected to type over, its title and due time in view', async () => {
    const seed = async (dataDir: string) => {
      await seedYou(dataDir)
      await seedInterviews(dataDir, [{ fields: ramanFields({ company: 'Spreewald Software' }), stage: 'offer' }])
    }
    await session.launch({ seed })
    const { page } = await session.newWorkbench({ width: 1024, height: 700 })
    const today = new TodayPage(page)
    await today.open()
    await today
      .row(REPLY, 'Spreewald Software')
      .getByRole('button', { name: new RegExp(`^${REPLY}`) })
      .click()

    // It scrolled the title and due time above the panel's top to show "Copy text", under a draft that
    // still said "[Accept here, …]" (a walkthrough): the user types there first, as Keep editing has it.
    const next = new NextPage(page)
    const body = next.followUp(REPLY).getByRole('textbox', { name: 'Message text' }).first()
    const selectedInBody = () =>
      body.evaluate((field: HTMLTextAreaElement) =>
        field === document.activeElement ? field.value.slice(field.selectionStart, field.selectionEnd) : null,
      )
    await expect.poll(selectedInBody).toBe('[Accept here, or say by when you will give your answer]')
    expect(await isShownWhole(next.toggle(REPLY))).toBe(true)
    await page.keyboard.type('I am happy to accept.')
    expect(await body.inputValue()).toContain(
      'I am delighted, and grateful for the confidence you have shown in me.\n\nI am happy to accept.\n\n',
    )
  })

  it('F8 on a step that is not a message puts the keyboard on what it offers, not on its fold button: Enter, and the user writes', async () => {
    await session.launch({ seed: seedSummaryDue })
    const { page } = await session.newWorkbench({ width: 1024, height: 700 })
    await page.keyboard.press('F8')
    const next = new NextPage(page)
    await expect.poll(() => next.toggle(SUMMARY).getAttribute('aria-expanded')).toBe('true')
    // It went to "Write your summary of the interview overdue…", which only folds the follow-up (a walkthrough).
    const focused = () => page.evaluate(() => document.activeElement?.closest('article')?.ariaLabel ?? null)
    await expect.poll(focused).toBe(SUMMARY)
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Write it in this interview’s notes')
    expect(await isShownWhole(next.toggle(SUMMARY))).toBe(true)
    await page.keyboard.press('Enter')
    const notes = new NotesPage(page)
    await expect.poll(() => notes.editor.evaluate((editor) => editor.contains(document.activeElement))).toBe(true)
  })
})
