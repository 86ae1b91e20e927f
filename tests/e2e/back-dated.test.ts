import { describe, expect, it } from 'vitest'
import { NextPage } from './pages/next.page'
import { useAppSession } from './support/app-session'
import { hasChromium } from './support/browser'
import { addInterviews, storedInterview } from './support/seed-board'

const QUESTION = 'Which of these have you already done?'

/** An interview added days after it took place asks once what was already done. */
describe.skipIf(!hasChromium)('an interview entered after it happened', () => {
  const session = useAppSession()

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

  it('"All done up to today" says how many it marked, offers Undo, and keeps the keyboard in Next', async () => {
    const workbench = await session.open({
      seed: (dataDir) => addInterviews(dataDir, [{ company: 'Acme', day: -5, interviewer: 'Dana Reyes' }]),
    })
    const { board, page } = workbench
    await board.cardOf('Acme').click()
    const next = new NextPage(page)
    const question = next.prompt(QUESTION)
    await expect.poll(() => question.getByRole('checkbox').count()).toBeGreaterThan(2)
    const asked = await question.getByRole('checkbox').count()
    await question.getByRole('button', { name: 'All done up to today' }).focus()
    await page.keyboard.press('Enter')
    const notice = page
      .getByRole('status')
      .filter({ hasText: `Marked ${asked} follow-ups done.` })
      .filter({ has: page.getByRole('button', { name: 'Undo' }) })
    await notice.waitFor()
    await question.waitFor({ state: 'detached' })
    // The buttons went with the question: the keyboard goes on to what is next, not to the page.
    await expect.poll(() => next.panel.evaluate((panel) => panel.contains(document.activeElement))).toBe(true)

    await notice.getByRole('button', { name: 'Undo' }).click()
    await expect.poll(() => question.getByRole('checkbox').count()).toBe(asked)
  })

  it('"Mark the ticked ones done" is one change: one Ctrl+Z brings them all back, unticked', async () => {
    const workbench = await session.open({
      seed: (dataDir) => addInterviews(dataDir, [{ company: 'Acme', day: -5, interviewer: 'Dana Reyes' }]),
    })
    const { board, page } = workbench
    await board.cardOf('Acme').click()
    const question = new NextPage(page).prompt(QUESTION)
    const boxes = question.getByRole('checkbox')
    await expect.poll(() => boxes.count()).toBeGreaterThan(2)
    const asked = await boxes.count()
    await boxes.nth(0).check()
    await boxes.nth(1).check()
    await question.getByRole('button', { name: 'Mark the ticked ones done' }).click()
    await expect.poll(() => boxes.count()).toBe(asked - 2)
    expect(await question.getByRole('checkbox', { checked: true }).count()).toBe(0)

    await page.keyboard.press('Control+KeyZ')
    await expect.poll(() => boxes.count()).toBe(asked)
    expect(await question.getByRole('checkbox', { checked: true }).count()).toBe(0)
  })
})
