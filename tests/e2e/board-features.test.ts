import type { Locator } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { InterviewFormPage } from './pages/interview-form.page'
import { SearchPage } from './pages/search.page'
import { isShownWhole } from './pages/on-screen'
import type { WorkbenchPage } from './pages/workbench.page'
import { useAppSession } from './support/app-session'
import { hasChromium } from './support/browser'
import { addInterviews, storedInterview, type InterviewDraft } from './support/seed-board'

/** What the board offers beyond moving cards: the empty board, samples, filters, the archive. */
describe.skipIf(!hasChromium)('the board', () => {
  const session = useAppSession()

  async function openBoard(drafts: InterviewDraft[] = []): Promise<{ workbench: WorkbenchPage; ids: string[] }> {
    let ids: string[] = []
    const seed = async (dataDir: string) => {
      if (drafts.length) ids = (await addInterviews(dataDir, drafts)).map((interview) => interview.id)
    }
    return { workbench: await session.open({ seed }), ids }
  }

  it('tags a card whose interview is still to come "Upcoming", in its name too; one that took place has no tag', async () => {
    const { workbench } = await openBoard([
      { company: 'Hooli', day: 3, interviewer: 'Dana Reyes' },
      { company: 'Acme', day: -1, interviewer: 'Lee Park' },
    ])
    const { board } = workbench
    // Next week's interview sat in Interviewed looking done (a walkthrough).
    expect(await board.cardOf('Hooli').getByText('Upcoming', { exact: true }).isVisible()).toBe(true)
    expect(await board.cardOf('Hooli').getAttribute('aria-label')).toMatch(/, Upcoming, /)
    expect(await board.cardOf('Acme').getByText('Upcoming', { exact: true }).count()).toBe(0)
    // Its first step read as one due before it: "Ask when they will decide, who will tell you, and how · in 3 days".
    expect(
      await board
        .cardOf('Hooli')
        .getByText(/^At the interview: Ask when they will decide/)
        .count(),
    ).toBe(1)
    expect(
      await board
        .cardOf('Acme')
        .getByText(/^(At|After) it:/)
        .count(),
    ).toBe(0)
  })

  it('a card opened by a double click opens its interview for good, and the second click does nothing there', async () => {
    const { workbench, ids } = await openBoard([{ company: 'Acme', day: -2, interviewer: 'Lee Park' }])
    const { board, page } = workbench
    const before = (await storedInterview(session.dataDir, ids[0]!))!.tasks.map((task) => task.status)
    // As desktop habit opens things: the second click landed on Next, in the board's place, and selected
    // its text across the panel (a screenshot), where a button under the pointer would have been pressed.
    await board.cardOf('Acme').dblclick()
    await page.getByRole('tab', { name: /^Acme/ }).waitFor()
    await page.getByRole('region', { name: /^Next/ }).first().waitFor()
    expect(await page.evaluate(() => window.getSelection()?.toString() ?? '')).toBe('')
    expect((await storedInterview(session.dataDir, ids[0]!))!.tasks.map((task) => task.status)).toEqual(before)
    // Kept, not a preview, as a double click on a side bar row or a tab keeps it.
    await expect
      .poll(() => page.getByRole('tab', { name: /^Acme/ }).getAttribute('aria-description'))
      .not.toMatch(/takes its place/)
  })

  it('Ctrl+Shift+B puts the keyboard on the board’s picked card, so Alt+→ moves it', async () => {
    const { workbench } = await openBoard([
      { company: 'Acme', day: -2, interviewer: 'Lee Park' },
      { company: 'Globex', day: -1, interviewer: 'Dana Reyes' },
    ])
    const { board, page } = workbench
    await board.cardOf('Globex').focus()
    await page.keyboard.press('Enter')
    await page.getByRole('tab', { name: /^Globex/ }).waitFor()
    const focusedCard = () => page.evaluate(() => document.activeElement?.getAttribute('data-card-id') ?? null)
    await expect.poll(focusedCard).toBe(null)

    // It left the keyboard on the interview's tab, where Alt+→ went to the next tab (a walkthrough).
    await page.keyboard.press('Control+Shift+KeyB')
    await expect.poll(() => board.cardOf('Globex').evaluate((card) => card === document.activeElement)).toBe(true)
    await page.keyboard.press('Alt+ArrowRight')
    await expect.poll(() => board.companiesIn('Thanked')).toEqual(['Globex'])

    // From the palette too, once it has closed.
    await page.getByRole('tab', { name: /^Globex/ }).click()
    await board.runCommand('show board', 'View: Show board')
    await expect.poll(() => board.cardOf('Globex').evaluate((card) => card === document.activeElement)).toBe(true)
  })

  it('Ctrl+Shift+B after every tab is closed puts the keyboard on the picked card, as the palette does', async () => {
    const { workbench } = await openBoard([
      { company: 'Acme', day: -2, interviewer: 'Lee Park' },
      { company: 'Globex', day: -1, interviewer: 'Dana Reyes' },
    ])
    const { board, page } = workbench
    await board.cardOf('Globex').focus()
    await page.keyboard.press('Enter')
    await page.getByRole('tab', { name: /^Globex/ }).waitFor()
    const tabs = page.getByRole('tab')
    while ((await tabs.count()) > 0) {
      const left = await tabs.count()
      await page.keyboard.press('Control+KeyW')
      await expect.poll(() => tabs.count()).toBe(left - 1)
    }
    // The keyboard fell to the page's body, where Ctrl+Shift+B showed the board with arrows and Enter
    // doing nothing until Tab (a walkthrough); it waits on the watermark's way back instead.
    const showBoardButton = page.getByRole('button', { name: 'Show board', exact: true })
    await expect.poll(() => showBoardButton.evaluate((button) => button === document.activeElement)).toBe(true)
    await page.keyboard.press('Control+Shift+KeyB')
    await expect.poll(() => board.cardOf('Globex').evaluate((card) => card === document.activeElement)).toBe(true)
    await page.keyboard.press('ArrowUp')
    await expect.poll(() => board.cardOf('Acme').evaluate((card) => card === document.activeElement)).toBe(true)
  })

  it('Ctrl+Shift+B with the keyboard left on the page’s body puts it on the picked card', async () => {
    const { workbench } = await openBoard([
      { company: 'Acme', day: -2, interviewer: 'Lee Park' },
      { company: 'Globex', day: -1, interviewer: 'Dana Reyes' },
    ])
    const { board, page } = workbench
    await board.cardOf('Globex').click()
    await page.getByRole('tab', { name: /^Globex/, selected: true }).waitFor()
    // The keyboard falls to the body when what held it goes without a focusout (a button removed under
    // it) or on a click on empty space; blur() puts it there as either does.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true)
    // It showed the board with the keyboard on nothing, where the arrows did nothing (a walkthrough).
    await page.keyboard.press('Control+Shift+KeyB')
    await expect.poll(() => board.cardOf('Globex').evaluate((card) => card === document.activeElement)).toBe(true)
  })

  it('keeps an interview of a later day out of Thanked, says why, and leads to its date', async () => {
    const { workbench, ids } = await openBoard([{ company: 'Hooli', day: 3, interviewer: 'Dana Reyes' }])
    const { board, page } = workbench
    // Alt+→ moved next week's interview to Thanked and closed its thank-you as skipped (a walkthrough).
    await board.cardOf('Hooli').focus()
    await page.keyboard.press('Alt+ArrowRight')
    const notice = page.getByRole('status').filter({ hasText: /^Hooli’s interview is on / })
    await notice.waitFor()
    expect(await notice.textContent()).toMatch(/still to come: it can move to Thanked once it has taken place\./)
    // Closed, so that it does not lie over the column the card is dropped into.
    await notice.getByRole('button', { name: 'Close notification' }).click()
    await board.drag(board.cardOf('Hooli'), board.column('Awaiting result'), 'empty space')
    await notice.filter({ hasText: /it can move to Awaiting result once/ }).waitFor()
    expect(await board.companiesIn('Interviewed')).toEqual(['Hooli'])
    expect((await storedInterview(session.dataDir, ids[0]!))?.stage).toBe('interviewed')
    await notice.getByRole('button', { name: 'Change its date' }).click()
    const date = page.getByLabel('Date', { exact: true })
    await expect.poll(() => date.evaluate((field) => field === document.activeElement), { timeout: 5000 }).toBe(true)
    // The record's Stage field keeps the same rule: it moved the card where Alt+→ and a drop were refused.
    await page.getByLabel('Stage', { exact: true }).selectOption({ label: 'Thanked' })
    await page.getByRole('button', { name: 'Save interview', exact: true }).click()
    await page
      .getByRole('alert')
      .filter({ hasText: /still to come: it can move to Thanked once it has taken place/ })
      .waitFor()
    expect((await storedInterview(session.dataDir, ids[0]!))?.stage).toBe('interviewed')
  })

  it('teaches when empty, loads sample interviews, and one click removes them again, for good', async () => {
    const { workbench } = await openBoard()
    const { board } = workbench
    await board.region.getByText('Debrief keeps track of what to do after each job interview').waitFor()
    await board.toolbarButton('Load sample interviews').click()
    await board.cardOf('Northwind Analytics', 'Interviewed').waitFor()
    expect(await board.allCards.count()).toBeGreaterThanOrEqual(5)
    // Loaded again, nothing is added, and nothing says it was.
    const cards = await board.allCards.count()
    await board.runCommand('load sample', 'Board: Load sample interviews')
    await workbench.page
      .getByRole('status')
      .filter({ hasText: /^The sample interviews are already on the board/ })
      .first()
      .waitFor()
    expect(await board.allCards.count()).toBe(cards)

    await workbench.reload()
    await board.moreAction('Remove sample interviews…')
    await board.confirmDialog.getByRole('button', { name: /^Remove \d+ samples$/ }).click()
    await board.region.getByText('Debrief keeps track of what to do after each job interview').waitFor()
    await workbench.reload()
    await board.toolbarButton('Load sample interviews').waitFor()
    expect(await board.allCards.count()).toBe(0)
  })

  it('says at its edge which columns out of view hold cards, and one click brings them into view', async () => {
    const { workbench } = await openBoard([
      { company: 'Cobalt', stage: 'next-round' },
      { company: 'Brightline', stage: 'offer' },
      { company: 'Hafenblick', stage: 'not-selected' },
    ])
    const { board, page } = workbench
    await page.setViewportSize({ width: 1200, height: 800 })
    // Every column in view said "Nothing here yet", and nothing told of the three cards to the right.
    const edge = page.getByRole('button', { name: 'Scroll right to Next round 1, Offer 1, Not selected 1' })
    await edge.waitFor()
    expect(await page.getByRole('button', { name: /^Scroll left/ }).count()).toBe(0)
    await edge.click()
    await expect.poll(() => isShownWhole(board.cardOf('Hafenblick'))).toBe(true)
    await expect.poll(() => page.getByRole('button', { name: /^Scroll right/ }).count()).toBe(0)
  })

  it('keeps the edge’s pointer to columns out of view clear of the notices in the corner', async () => {
    const { workbench } = await openBoard([
      { company: 'Acme', stage: 'thanked', day: -3 },
      { company: 'Brightline', stage: 'offer' },
    ])
    const { board, page } = workbench
    await page.setViewportSize({ width: 1000, height: 700 })
    const edge = page.getByRole('button', { name: /^Scroll right to .*Offer 1/ })
    await edge.waitFor()
    await board.cardOf('Acme').focus()
    await page.keyboard.press('Alt+ArrowLeft')
    const notice = page.getByRole('status').filter({ hasText: /^Moved Acme to Interviewed\./ })
    await notice.waitFor()
    // It sat under the notices for their ten seconds, the Offer card out of view (two walkthroughs).
    await expect
      .poll(async () => {
        const [pill, toast] = await Promise.all([edge.boundingBox(), notice.boundingBox()])
        return pill!.y + pill!.height <= toast!.y || pill!.x >= toast!.x + toast!.width
      })
      .toBe(true)
    await edge.click()
    await expect.poll(() => isShownWhole(board.cardOf('Brightline'))).toBe(true)
  })

  it('filters by company, role or interviewer name, and by "needs action"', async () => {
    const { workbench } = await openBoard([
      { company: 'Acme', role: 'Backend engineer', interviewer: 'Dana Reyes', day: -5 },
      { company: 'Globex', role: 'Data analyst', day: 20 },
      { company: 'Initech', role: 'Product manager', interviewer: 'Sam Lee', day: 30 },
    ])
    const { board } = workbench
    await board.filterBox.fill('dana')
    await expect.poll(() => board.companiesIn('Interviewed')).toEqual(['Acme'])
    await board.filterBox.fill('analyst')
    await expect.poll(() => board.companiesIn('Interviewed')).toEqual(['Globex'])
    await board.filterBox.fill('')
    await expect.poll(() => board.companiesIn('Interviewed')).toEqual(['Acme', 'Globex', 'Initech'])

    // Acme's thank-you was due days ago; the others are interviews still to come.
    await board.toolbarButton('Needs action').click()
    await expect.poll(() => board.companiesIn('Interviewed')).toEqual(['Acme'])
    // Said once, on the follow-up it is about, and not again beside the round.
    const acme = (await board.cardOf('Acme').textContent()) ?? ''
    // Set apart from the follow-up's title, which can end in a word that "in 4 days" would run on from.
    expect(acme).toMatch(/ · \d+ days? overdue/)
    expect(acme.match(/overdue/gi)).toHaveLength(1)
    expect((await board.cardOf('Acme').getAttribute('aria-label'))?.match(/overdue/gi)).toHaveLength(1)
    expect(await board.cardOf('Acme').getAttribute('aria-label')).toMatch(/ · \d+ days? overdue, /)
  })

  it('says a failure as an alert that names it, and a success as a done notice', async () => {
    const { workbench } = await openBoard([{ company: 'Acme' }, { company: 'Globex' }])
    const { board, page } = workbench
    await page.route('**/api/setArchived', (route) => route.fulfill({ status: 500, body: 'broken' }))
    await board.cardOf('Acme').click({ button: 'right' })
    await board.menu('Acme').getByRole('menuitem', { name: 'Archive' }).click()
    const failure = page.getByRole('alert').filter({ hasText: /^Could not archive Acme: / })
    await failure.waitFor()
    await expect.poll(() => board.companiesIn('Interviewed')).toEqual(['Acme', 'Globex'])
    expect(await failure.getAttribute('data-kind')).toBe('error')
    expect(await page.getByRole('status').filter({ hasText: 'Could not archive' }).count()).toBe(0)

    await page.unroute('**/api/setArchived')
    await board.cardOf('Acme').click({ button: 'right' })
    await board.menu('Acme').getByRole('menuitem', { name: 'Archive' }).click()
    const done = page
      .getByRole('status')
      .filter({ hasText: 'Archived Acme.' })
      .filter({ has: page.getByRole('button', { name: 'Undo' }) })
    await done.waitFor()
    expect(await done.getAttribute('data-kind')).toBe('done')
    // The failure stays until it is closed, beside the success that came after it.
    await failure.getByRole('button', { name: 'Close notification' }).click()
    await failure.waitFor({ state: 'detached' })
  })

  it('archives a card from its menu, shows it in the archive on request, and restores it', async () => {
    const { workbench, ids } = await openBoard([{ company: 'Acme' }, { company: 'Globex' }])
    const { board, page } = workbench
    // Nothing to restore: the palette does not offer it (it did, and said why not when chosen).
    await board.cardOf('Acme').focus()
    await board.openPalette()
    await page.keyboard.type('card')
    await board.palette.getByRole('option', { name: /Archive card/ }).waitFor()
    expect(await board.palette.getByRole('option', { name: /Restore card/ }).count()).toBe(0)
    await page.keyboard.press('Escape')
    await board.cardOf('Acme').click({ button: 'right' })
    // The top card cannot move up: the item is there, greyed, and says so; the card below it can.
    const item = (name: string) => board.menu('Acme').getByRole('menuitem', { name, exact: true })
    expect(await item('Move up').getAttribute('aria-disabled')).toBe('true')
    expect(await item('Move down').getAttribute('aria-disabled')).toBeNull()
    await board.menu('Acme').getByRole('menuitem', { name: 'Archive' }).click()
    await expect.poll(() => board.companiesIn('Interviewed')).toEqual(['Globex'])
    await expect.poll(async () => (await storedInterview(session.dataDir, ids[0]!))?.archived).toBe(true)
    // The notice offers it back; taken, the card returns, and it is archived again for what follows.
    await page.getByRole('status').filter({ hasText: 'Archived Acme.' }).getByRole('button', { name: 'Undo' }).click()
    await expect.poll(() => board.companiesIn('Interviewed')).toEqual(['Acme', 'Globex'])
    await expect.poll(async () => (await storedInterview(session.dataDir, ids[0]!))?.archived).toBe(false)
    await board.cardOf('Acme').click({ button: 'right' })
    await board.menu('Acme').getByRole('menuitem', { name: 'Archive' }).click()
    await expect.poll(() => board.companiesIn('Interviewed')).toEqual(['Globex'])

    await board.toolbarButton('Show archived').click()
    await board.cardOf('Acme', 'Archived').focus()
    await board.openPalette()
    await page.keyboard.type('card')
    await board.palette.getByRole('option', { name: /Restore card/ }).waitFor()
    await page.keyboard.press('Escape')
    // Its follow-ups wait while it is archived: its card no longer names the next one, nor counts them.
    expect(await board.cardOf('Globex').textContent()).toMatch(/\d+ to do/)
    expect(await board.cardOf('Acme', 'Archived').textContent()).not.toMatch(/to do|overdue|today|tomorrow/)
    await board.cardOf('Acme', 'Archived').focus()
    await page.keyboard.press('Shift+F10')
    await board.menu('Acme').getByRole('menuitem', { name: 'Restore to the board' }).click()
    await expect.poll(() => board.companiesIn('Interviewed')).toEqual(['Acme', 'Globex'])
    expect(await board.companiesIn('Archived')).toEqual([])
  })

  it('moves the focused card, or the interview whose tab shows, with the palette’s two-step "Move card to…"', async () => {
    const { workbench, ids } = await openBoard([{ company: 'Acme' }, { company: 'Globex' }])
    const { board, page } = workbench
    await board.cardOf('Acme').focus()
    await board.runCommand('move card to…', 'Board: Move card to…')
    // The second step lists the stages the card can go to, in the same palette.
    await board.palette.getByRole('combobox', { name: 'Move Acme to…', exact: true }).waitFor()
    const choices = await board.palette.getByRole('option').allTextContents()
    expect(choices).toEqual([
      'Thanked',
      'Letter sent',
      'Awaiting result',
      'Result inquired',
      'Next round',
      'Offer',
      'Not selected',
    ])
    await page.keyboard.type('offer')
    await page.keyboard.press('Enter')
    await board.cardOf('Acme', 'Offer').waitFor()
    expect(await board.cardOf('Acme', 'Offer').evaluate((card) => card === document.activeElement)).toBe(true)
    await expect.poll(async () => (await storedInterview(session.dataDir, ids[0]!))?.stage).toBe('offer')

    // From an interview's own tab, the command moves that interview.
    await board.cardOf('Globex').click()
    await page.getByRole('tab', { name: /^Globex/, selected: true }).waitFor()
    await board.runCommand('move card to…', 'Board: Move card to…', { step: 'Move Globex to…', choice: 'Letter sent' })
    await page.getByRole('status').filter({ hasText: 'Moved Globex to Letter sent.' }).waitFor()
    await expect.poll(async () => (await storedInterview(session.dataDir, ids[1]!))?.stage).toBe('letter-sent')
    await workbench.showBoard()
    await board.cardOf('Globex', 'Letter sent').waitFor()
  })

  it('"Move card to…" with no card picked closes the palette and says how to pick one, with the keyboard free', async () => {
    const { workbench } = await openBoard([{ company: 'Acme' }])
    const { board, page } = workbench
    await board.runCommand('move card to…', 'Board: Move card to…')
    // Said inside the palette, it left the keyboard on nothing, where Tab did nothing (a walkthrough).
    await page
      .getByRole('status')
      .filter({
        hasText: 'Select a card on the board first: click it, or Tab to the board and move to it with the arrow keys.',
      })
      .waitFor()
    await board.palette.waitFor({ state: 'hidden' })
    await page.keyboard.press('Tab')
    await expect.poll(() => page.evaluate(() => document.activeElement !== document.body)).toBe(true)
  })

  it('with no interviews at all, the card commands and Go to interview say how to add one', async () => {
    const { workbench } = await openBoard()
    const { board, page } = workbench
    const noInterviews = 'No interviews yet: add one with New interview (Alt+N).'
    // They said to select a card on the board, which held none (a walkthrough).
    await board.runCommand('delete interview', 'Board: Delete interview')
    await page.getByRole('status').filter({ hasText: noInterviews }).waitFor()
    await board.runCommand('move card to…', 'Board: Move card to…')
    await page.getByRole('status').filter({ hasText: noInterviews }).first().waitFor()
    expect(await page.getByText('Select a card on the board first', { exact: false }).count()).toBe(0)
    // Go to interview said "No interview matches “”".
    await page.keyboard.press('ControlOrMeta+KeyP')
    await new SearchPage(page).quickOpen.getByText(noInterviews, { exact: true }).waitFor()
  })

  it('an interview archived while its record is open says so there, keeps its tab title, and restores in one click', async () => {
    const { workbench, ids } = await openBoard([{ company: 'Acme', role: 'Engineer' }])
    const { board, page } = workbench
    await new InterviewFormPage(page).open('Acme')
    await board.runCommand('archive card', 'Board: Archive card')
    await page.getByRole('status').filter({ hasText: 'Archived Acme.' }).waitFor()
    const note = page.getByRole('tabpanel').getByRole('note')
    await note
      .filter({ hasText: 'Archived: its follow-ups wait and no reminder comes until you restore it.' })
      .waitFor()
    // The tab read "Interview" once its interview left the board's data.
    expect(await page.getByRole('tab', { selected: true }).textContent()).toContain('Acme · Engineer')

    await note.getByRole('button', { name: 'Restore' }).click()
    await page.getByRole('status').filter({ hasText: 'Restored Acme.' }).waitFor()
    await note.waitFor({ state: 'detached' })
    await expect.poll(async () => (await storedInterview(session.dataDir, ids[0]!))?.archived).toBe(false)
    await workbench.showBoard()
    await board.cardOf('Acme', 'Interviewed').waitFor()
  })

  it('says which follow-ups a move skipped, and its Undo brings them back', async () => {
    const { workbench, ids } = await openBoard([{ company: 'Acme', day: -1 }])
    const { board, page } = workbench
    const skippedTitles = async () =>
      (await storedInterview(session.dataDir, ids[0]!))!.tasks
        .filter((task) => task.status === 'skipped')
        .map((task) => task.title)
    const skipped = async () => (await skippedTitles()).length
    expect(await skipped()).toBe(0)
    await board.cardOf('Acme').focus()
    await page.keyboard.press('Alt+ArrowRight')
    await board.cardOf('Acme', 'Thanked').waitFor()

    const notice = page.getByRole('status').filter({ hasText: /^Moved Acme to Thanked\. Skipped / })
    await notice.waitFor()
    // By name, as many as the host skipped (it said only how many).
    await expect.poll(skipped).toBeGreaterThan(0)
    const titles = await skippedTitles()
    const text = (await notice.textContent()) ?? ''
    if (titles.length <= 2) for (const title of titles) expect(text).toContain(`“${title}”`)
    else expect(text).toContain(`Skipped ${titles.length} earlier follow-ups: “${titles[0]}”`)

    await notice.getByRole('button', { name: 'Undo' }).click()
    await board.cardOf('Acme', 'Interviewed').waitFor()
    await expect.poll(skipped).toBe(0)
  })

  it('names in the palette the card its card commands act on, and keeps that card marked on the board', async () => {
    const { workbench } = await openBoard([{ company: 'Acme' }, { company: 'Globex' }])
    const { board, page } = workbench
    const archive = board.palette.getByRole('option', { name: /^Board: Archive card/ })
    // Nothing chosen yet: the command names no card (run, it says how to pick one).
    await board.openPalette()
    await page.keyboard.type('archive card')
    expect(await archive.textContent()).toBe('Board: Archive card')
    await page.keyboard.press('Escape')

    await board.cardOf('Globex').focus()
    await board.openPalette()
    await page.keyboard.type('archive card')
    expect(await archive.textContent()).toBe('Board: Archive card Globex')
    // With the keyboard in the palette, the card it would act on still stands out from the others.
    const background = (company: string) =>
      board.cardOf(company).evaluate((card) => getComputedStyle(card).backgroundColor)
    expect(await background('Globex')).not.toBe(await background('Acme'))
    await page.keyboard.press('Enter')
    await expect.poll(() => board.companiesIn('Interviewed')).toEqual(['Acme'])

    // An archived card: a move says why it cannot, and the palette offers to restore it, by name.
    await board.toolbarButton('Show archived').click()
    await board.cardOf('Globex', 'Archived').focus()
    await page.keyboard.press('Alt+ArrowLeft')
    await page
      .getByRole('status')
      .filter({ hasText: 'Globex is archived: restore it to the board first.' })
      .first()
      .waitFor()
    await board.openPalette()
    await page.keyboard.type('card')
    expect(await archive.textContent()).toBe('Board: Archive card')
    const restore = board.palette.getByRole('option', { name: /^Board: Restore card/ })
    expect(await restore.textContent()).toBe('Board: Restore card Globex')
    await restore.click()
    await expect.poll(() => board.companiesIn('Interviewed')).toEqual(['Acme', 'Globex'])
  })

  it('offers in "More actions" only what the toolbar does not show; the switches join it in a narrow window', async () => {
    const { workbench } = await openBoard([{ company: 'Acme' }])
    const { board, page } = workbench
    const switches = (menu: Locator) =>
      menu.getByRole('menuitemcheckbox').evaluateAll((items) => items.map((item) => item.textContent))
    const focused = () => page.evaluate(() => document.activeElement?.textContent)
    expect(await switches(await board.openMoreMenu())).toEqual(['Compact cards'])
    // The keyboard starts on the first item shown, so Escape closes the menu.
    await expect.poll(focused).toBe('Compact cards')
    await page.keyboard.press('Escape')
    await board.moreMenu.waitFor({ state: 'detached' })

    await page.setViewportSize({ width: 700, height: 800 })
    expect(await switches(await board.openMoreMenu())).toEqual(['Needs action', 'Show archived', 'Compact cards'])
    await expect.poll(focused).toBe('Needs action')
    await page.keyboard.press('ArrowDown')
    expect(await focused()).toBe('Show archived')

    // A switch folded away and on is not on unseen: the button is marked, and says which.
    const more = board.toolbarButton('More actions')
    const dot = () => more.evaluate((button) => getComputedStyle(button, '::after').content)
    expect(await dot()).toBe('none')
    await page.keyboard.press('ArrowUp')
    await page.keyboard.press('Enter')
    await expect.poll(dot).toBe('""')
    expect(await more.getAttribute('title')).toBe('More actions (on: Needs action)')
  })

  it('keeps the keyboard on the board when a card leaves it from its menu', async () => {
    const { workbench } = await openBoard([{ company: 'Acme' }, { company: 'Globex' }, { company: 'Initech' }])
    const { board, page } = workbench
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label')?.split(', ')[0])
    await board.cardOf('Acme').focus()
    await page.keyboard.press('Shift+F10')
    await board.menu('Acme').getByRole('menuitem', { name: 'Archive' }).click()
    await expect.poll(() => board.companiesIn('Interviewed')).toEqual(['Globex', 'Initech'])
    // The card below takes the keyboard, so the next key still acts on the board.
    await expect.poll(focused).toBe('Globex')

    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Shift+F10')
    await board.menu('Initech').getByRole('menuitem', { name: 'Delete' }).click()
    await expect.poll(() => board.companiesIn('Interviewed')).toEqual(['Globex'])
    await expect.poll(focused).toBe('Globex')
  })
})
