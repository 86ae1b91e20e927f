import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Dialog } from 'playwright-core'
import { beforeEach, describe, expect, it } from 'vitest'
import type { InterviewFormPage } from './pages/interview-form.page'
import { NextPage } from './pages/next.page'
import { isShownWhole } from './pages/on-screen'
import { NotesPage } from './pages/notes.page'
import { SearchPage } from './pages/search.page'
import { WorkbenchPage } from './pages/workbench.page'
import { useAppSession } from './support/app-session'
import { hasChromium } from './support/browser'
import { notesFilesIn, readDataFolder } from './support/data-folder'

if (!hasChromium) console.log('e2e: skipped, no Chromium at /usr/bin/chromium (apt-get install chromium)')

/** Polls until `read` returns something `accept` takes, or fails after `timeoutMs`. */
async function eventually<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  let value = await read()
  while (!accept(value)) {
    if (Date.now() > deadline) throw new Error(`gave up after ${timeoutMs} ms; last value: ${JSON.stringify(value)}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
    value = await read()
  }
  return value
}

describe.skipIf(!hasChromium)('the interview record and its notes, in the browser app', () => {
  const session = useAppSession()
  let workbench: WorkbenchPage
  let notes: NotesPage
  let dialogs: Dialog[]

  const notesFiles = () => notesFilesIn(session.dataDir)

  /** The notes file that holds `text`, once one does: what a user would find by grepping the data folder. */
  async function fileHolding(text: string, timeoutMs = 5000) {
    const holding = async () => {
      for (const name of await notesFiles()) {
        const path = join(session.dataDir, 'notes', name)
        if ((await readFile(path, 'utf8')).includes(text)) return path
      }
      return null
    }
    const path = (await eventually(holding, (found) => found !== null, timeoutMs))!
    return { path, read: () => readFile(path, 'utf8') }
  }

  /** Creates an interview through the form and opens it. */
  async function createInterview(company: string, role: string, people: string[] = []): Promise<InterviewFormPage> {
    await workbench.showBoard()
    const form = await workbench.newInterview()
    await form.fill({ Company: company, Role: role, Date: '2026-11-20', Time: '10:00' })
    for (const name of people) await form.addInterviewer({ Name: name })
    await form.save()
    await workbench.page.getByRole('tab', { name: new RegExp(`^${company}`), selected: true }).waitFor()
    await form.field('Company').waitFor()
    return form
  }

  beforeEach(async () => {
    await session.launch()
    const page = await session.browser.context.newPage()
    dialogs = []
    page.on('dialog', (dialog) => {
      dialogs.push(dialog)
      void dialog.dismiss()
    })
    workbench = await new WorkbenchPage(page).open(session.app.url)
    notes = new NotesPage(page)
  })

  it('keeps an interview with two interviewers and its notes, on disk within two seconds and after a reload', async () => {
    const form = await workbench.newInterview()
    await form.fill({ Company: 'Acme Robotics', Role: 'Backend Engineer', Date: '2026-11-20', Time: '10:00' })
    await form.field('Location or link').fill('https://meet.example.com/acme')
    await form.addInterviewer({
      Name: 'Dana Smith',
      Title: 'Engineering manager',
      Email: 'dana@acme.example',
      LinkedIn: 'https://www.linkedin.com/in/dana-smith',
    })
    await form.field('Card collected', form.interviewer(1)).check()
    await form.addInterviewer({ Name: 'Lee Park', Phone: '+49 30 1234' })
    await form.field('Expected decision date').fill('2026-11-27')
    await form.save()
    await form.open('Acme Robotics')

    const next = new NextPage(workbench.page)
    const thankDana = 'Send a thank-you email to Dana Smith'
    await next
      .followUp(thankDana)
      .getByRole('button', { name: `Mark “${thankDana}” done` })
      .click()
    await next.page
      .getByRole('status')
      .filter({ hasText: `Marked “${thankDana}” done.` })
      .waitFor()
    expect(await readDataFolder(session.dataDir)).toContain('"status":"done"')

    await notes.append('# Acme\n\nThey asked about the Kubernetes migration.')
    const typedAt = Date.now()
    await fileHolding('They asked about the Kubernetes migration.', 2000)
    expect(Date.now() - typedAt).toBeLessThan(2000)
    await notes.paneStatus('Saved').waitFor()

    await workbench.reload()
    await form.open('Acme Robotics')
    expect(await form.field('Company').inputValue()).toBe('Acme Robotics')
    expect(await form.field('Name', form.interviewer(1)).inputValue()).toBe('Dana Smith')
    expect(await form.field('LinkedIn', form.interviewer(1)).inputValue()).toBe(
      'https://www.linkedin.com/in/dana-smith',
    )
    expect(await form.field('Card collected', form.interviewer(1)).isChecked()).toBe(true)
    expect(await form.field('Name', form.interviewer(2)).inputValue()).toBe('Lee Park')
    expect(await form.field('Expected decision date').inputValue()).toBe('2026-11-27')
    await eventually(
      () => notes.editorText(),
      (text) => text === '# Acme\n\nThey asked about the Kubernetes migration.',
    )
    expect(await notes.preview.getByRole('heading', { name: 'Acme' }).count()).toBe(1)
    // Opened and read, not changed: nothing says "Saved" (a walkthrough asked what had been saved).
    expect(await notes.pane.locator('.notes-save').textContent()).toBe('')
    await notes.append(' And about on-call.')
    await notes.paneStatus('Saved').waitFor()
    // Saved, the status bar says it once: "Notes saved" stood beside "All changes saved" (a walkthrough).
    await notes.saveState('All changes saved').waitFor()
    expect(await notes.status('Notes saved').count()).toBe(0)
  })

  it('asks to prepare in the notes of an interview still to come, and to remember in those of one that took place', async () => {
    await createInterview('Acme', 'Engineer')
    await notes.pane.getByText('Write what you remember while it is fresh, or insert the summary template.').waitFor()
    // Next week's interview said "Write what you remember while it is fresh" (a walkthrough).
    await workbench.showBoard()
    const form = await workbench.newInterview()
    const inTenDays = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(
      new Date(Date.now() + 10 * 86_400_000),
    )
    await form.fill({ Company: 'Hooli', Role: 'Engineer', Date: inTenDays, Time: '10:00' })
    await form.save()
    await workbench.page.getByRole('tab', { name: /^Hooli/, selected: true }).waitFor()
    await notes.pane.getByText(/^Prepare here: what you want to ask and to tell them\. Afterwards, /).waitFor()
    // Next opens no draft by itself: the first one thanked the interviewer days before the interview.
    const next = workbench.page.getByRole('region', { name: /^Next/ })
    await next
      .getByText(/^Still to come: .*\. Prepare in the notes; these follow-ups start with the interview\.$/)
      .waitFor()
    expect(await next.getByRole('button', { expanded: true }).count()).toBe(0)
    // The first in the panel: an opened follow-up's, before the folded "Write any other message".
    expect(await next.getByLabel('Message text').first().isVisible()).toBe(false)
    // The keyboard is on the panel, where that is read, and the title and date stay in view: the first
    // follow-up's Done took it, and the tab scrolled them away (a walkthrough).
    await expect.poll(() => next.evaluate((panel) => panel === document.activeElement)).toBe(true)
    expect(await isShownWhole(workbench.page.getByRole('tabpanel').getByRole('heading', { name: 'Hooli' }))).toBe(true)
  })

  it('with "Preview only" kept, empty notes offer the editor: one click and the user writes', async () => {
    await createInterview('Acme', 'Engineer')
    await notes.setLayout('Preview only')
    // Kept for every interview, it left notes not yet written with no editor and no way to one (a walkthrough).
    expect(await notes.editor.count()).toBe(0)
    await notes.preview.getByText('No notes yet.').waitFor()
    await notes.preview.getByRole('button', { name: 'Write notes' }).click()
    await notes.editor.waitFor()
    await notes.append('Asked about on-call.')
    await expect.poll(() => notes.preview.textContent()).toContain('Asked about on-call.')
  })

  it('Ctrl+Alt+N in a short window brings the notes into view with the cursor after what they hold', async () => {
    await createInterview('Acme Robotics', 'Backend Engineer')
    await notes.append('First impressions.')
    await notes.paneStatus('Saved').waitFor()
    const { page } = workbench
    await page.setViewportSize({ width: 1024, height: 700 })
    await page.reload()
    await notes.editor.waitFor()
    await page.keyboard.press('Control+Alt+KeyN')
    await expect.poll(() => notes.editor.evaluate((element) => element === document.activeElement)).toBe(true)
    const caret = await notes.editor.evaluate(() => {
      const box = window.getSelection()!.getRangeAt(0).getBoundingClientRect()
      return { top: box.top, bottom: box.bottom }
    })
    expect(caret.top).toBeGreaterThanOrEqual(0)
    expect(caret.bottom).toBeLessThanOrEqual(700)
    await page.keyboard.insertText(' Then the team.')
    expect(await notes.editorText()).toContain('First impressions. Then the team.')
  })

  it('keeps one bullet when Enter continues a list and the bullet is typed again, and Ctrl+B turns bold off, as in other editors', async () => {
    await createInterview('Acme Robotics', 'Backend Engineer')
    await notes.editor.click()
    const { page } = workbench
    await page.keyboard.type('- They asked about on-call')
    await page.keyboard.press('Enter')
    await page.keyboard.type('- and about the migration')
    await page.keyboard.press('Enter')
    await page.keyboard.type('* still a dash')
    expect(await notes.editorText()).toBe('- They asked about on-call\n- and about the migration\n- * still a dash')
    // Enter twice ends the list, as in any editor, and what follows is a paragraph of its own, not part
    // of the last item (the line right under an item belongs to it in Markdown).
    await page.keyboard.press('ControlOrMeta+KeyA')
    await page.keyboard.type('- They asked about on-call')
    await page.keyboard.press('Enter')
    await page.keyboard.type('and about the migration')
    await page.keyboard.press('Enter')
    await page.keyboard.press('Enter')
    await page.keyboard.type('Sofia said the team is growing.')
    expect(await notes.editorText()).toBe(
      '- They asked about on-call\n- and about the migration\n\nSofia said the team is growing.',
    )
    await notes.preview
      .getByRole('paragraph')
      .filter({ hasText: /^Sofia said the team is growing\.$/ })
      .waitFor()
    expect(await notes.preview.getByRole('listitem').filter({ hasText: 'Sofia' }).count()).toBe(0)
    // Bold on, typed, bold off: the cursor steps out of the marks, and what follows is plain.
    await page.keyboard.press('ControlOrMeta+KeyA')
    await page.keyboard.type('Decision by ')
    await page.keyboard.press('ControlOrMeta+KeyB')
    await page.keyboard.type('next Friday')
    await page.keyboard.press('ControlOrMeta+KeyB')
    await page.keyboard.type(', said Sofia')
    expect(await notes.editorText()).toBe('Decision by **next Friday**, said Sofia')
    // The toolbar names its keys as the palette does: "Ctrl+Enter", not "Ctrl+ENTER".
    const checklist = notes.pane.getByRole('button', { name: /^Checklist item/ })
    expect(await checklist.getAttribute('title')).toBe('Checklist item (Ctrl+Enter)')
  })

  it('shows an error for an invalid LinkedIn address or email, and saves nothing', async () => {
    const form = await workbench.newInterview()
    await form.fill({ Company: 'Globex', Role: 'Data Analyst', Date: '2026-11-21', Time: '14:30' })
    await form.addInterviewer({ Name: 'Sam Lee', LinkedIn: 'http://linkedin.example.com/sam' })
    await form.save()
    expect(await form.errorOf(form.field('LinkedIn', form.interviewer(1)))).toMatch(/LinkedIn/)
    expect(await readDataFolder(session.dataDir)).not.toContain('Globex')

    await form.fill({ LinkedIn: 'https://www.linkedin.com/in/sam-lee' }, form.interviewer(1))
    await form.save()
    await workbench.page.getByRole('tab', { name: /^Globex/, selected: true }).waitFor()
    await form.fill({ Email: 'sam at globex' }, form.interviewer(1))
    await form.save()
    expect(await form.errorOf(form.field('Email', form.interviewer(1)))).toMatch(/email/i)
    expect(await readDataFolder(session.dataDir)).not.toContain('sam at globex')
  })

  it('renders script, event handlers and javascript: links in notes inert', async () => {
    await createInterview('Initech', 'Tester')
    await notes.append(
      [
        '<script>window.__debriefPwned = "script"; alert("script")</script>',
        '',
        "<img src=x onerror=\"window.__debriefPwned = 'img'; alert('img')\">",
        '',
        '[x](javascript:window.__debriefPwned=%22link%22;alert(1))',
        '',
        '<javascript:alert(2)> and [y][ref]',
        '',
        '[ref]: JAVASCRIPT:alert(3)',
        '',
        '[careers](https://example.com/careers)',
      ].join('\n'),
    )
    await notes.setLayout('Preview only')
    const preview = notes.preview
    await preview.getByText('<script>', { exact: false }).waitFor()
    expect(await preview.locator('script, img, iframe, [onerror], [onclick]').count()).toBe(0)
    expect(await preview.locator('a[href^="javascript" i]').count()).toBe(0)
    // The javascript: link is refused: it shows as the text the user wrote, and clicking it does nothing.
    await preview.getByText('[x](javascript:', { exact: false }).click()
    expect(await preview.getByRole('link').count()).toBe(1)
    const careers = preview.getByRole('link', { name: 'careers' })
    expect(await careers.getAttribute('href')).toBe('https://example.com/careers')
    expect(await careers.getAttribute('rel')).toBe('noopener noreferrer')

    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(dialogs.map((dialog) => dialog.message())).toEqual([])
    expect(
      await workbench.page.evaluate(() => (globalThis as { __debriefPwned?: string }).__debriefPwned),
    ).toBeUndefined()
  })

  it('keeps notes typed just before the page is reloaded', async () => {
    const form = await createInterview('Wayne', 'Engineer')
    await notes.append('Typed a moment before leaving.')
    await workbench.reload()
    await form.open('Wayne')
    await eventually(
      () => notes.editorText(),
      (text) => text === 'Typed a moment before leaving.',
    )
    await fileHolding('Typed a moment before leaving.')
  })

  it('picks up a notes file edited outside the app while it is open', async () => {
    await createInterview('Hooli', 'Engineer')
    await notes.append('Written in Debrief.')
    const file = await fileHolding('Written in Debrief.')
    await notes.paneStatus('Saved').waitFor()

    await writeFile(file.path, 'Rewritten in another editor.')
    await eventually(
      () => notes.editorText(),
      (text) => text === 'Rewritten in another editor.',
    )
    expect(await notes.conflict.count()).toBe(0)
  })

  it('shows both versions when the file and the editor both changed, and overwrites neither', async () => {
    await createInterview('Umbrella', 'Analyst')
    await notes.append('Shared start.')
    const file = await fileHolding('Shared start.')
    await notes.paneStatus('Saved').waitFor()

    await notes.append(' My unsaved line.')
    await writeFile(file.path, 'Shared start. Their line from a sync tool.')

    await notes.conflict.waitFor()
    expect(await notes.conflictVersion('Your version').innerText()).toContain('My unsaved line.')
    expect(await notes.conflictVersion('Version on disk').innerText()).toContain('Their line from a sync tool.')
    await notes.status('Notes conflict').waitFor()
    // Long past the autosave delay, the file still holds the other version.
    await new Promise((resolve) => setTimeout(resolve, 1500))
    expect(await file.read()).toBe('Shared start. Their line from a sync tool.')

    await notes.conflict.getByRole('button', { name: 'Keep both', exact: true }).click()
    const merged = await eventually(file.read, (text) => text.includes('My unsaved line.'))
    expect(merged).toContain('Their line from a sync tool.')
    expect(await notesFiles()).toHaveLength(1)
  })

  it('finds a word only one interview’s notes contain, and opens that interview', async () => {
    await createInterview('Acme', 'Backend Engineer', ['Dana Reyes'])
    await notes.append('Talked about on-call and deployments.')
    await notes.paneStatus('Saved').waitFor()
    const form = await createInterview('Globex', 'Data Analyst')
    await notes.append('They still run a zeppelin of cron jobs.')
    await notes.paneStatus('Saved').waitFor()
    await workbench.showBoard()

    const search = new SearchPage(workbench.page)
    await search.search('zeppelin')
    await eventually(
      () => search.results.count(),
      (count) => count === 1,
    )
    const result = search.results.first()
    expect(await result.innerText()).toContain('Globex')
    expect(await result.locator('mark').allInnerTexts()).toEqual(['zeppelin'])
    await result.click()
    expect(await form.field('Company').inputValue()).toBe('Globex')

    // From the side bar's search box, as a user goes on from one search to the next.
    await search.box.focus()
    const options = await search.goTo('dana')
    await eventually(
      () => options.allInnerTexts(),
      (texts) => texts.length === 1 && texts[0]!.includes('Acme'),
    )
    await workbench.page.keyboard.press('Enter')
    await eventually(
      () => form.field('Company').inputValue(),
      (value) => value === 'Acme',
    )
    // The keyboard goes with it into the interview; it went back to the search box, whose text the next keys changed.
    await expect
      .poll(() => workbench.page.getByRole('tabpanel').evaluate((panel) => panel.contains(document.activeElement)))
      .toBe(true)
    expect(await search.box.inputValue()).toBe('zeppelin')
  })

  it('says what counts as the summary and how far the notes are, until saving them closes "Write your summary"', async () => {
    const SUMMARY = 'Write your summary of the interview'
    await createInterview('Umbra', 'Data Engineer')
    const next = new NextPage(workbench.page)
    await next.pick(SUMMARY)
    const item = next.followUp(SUMMARY)
    expect(await item.textContent()).toContain("20 words, not counting the template's headings")
    // 13 words: not yet a summary, and the item says how far it is (it said nothing, and stayed open).
    await notes.append('They asked about the migration to Postgres and how I would test it')
    await expect.poll(() => item.textContent()).toContain('So far: 13 words.')
    // Where the notes are, whatever the layout: in a narrow window they sit under the record, not beside it.
    expect(await item.textContent()).toContain('Write it in this interview’s notes')
    // On its own line too, folded or not, beside when it is due (only the opened hint said it).
    expect(await item.getByRole('button', { name: new RegExp(`^${SUMMARY}`) }).textContent()).toMatch(
      / · 13 of 20 words$/,
    )
    await notes.append(' and we talked about on-call, team size, the roadmap for next year and more')
    await item.waitFor({ state: 'detached' })
    // It went with no click, so the app says so, as a click on Done does.
    await workbench.page
      .getByRole('status')
      .filter({ hasText: `Marked “${SUMMARY}” done for Umbra: your notes hold a summary.` })
      .waitFor()
  })

  it('an empty Insights leads, in one click, to the notes of the interview to summarise', async () => {
    await createInterview('Stark', 'Platform Engineer')
    await workbench.page
      .getByRole('navigation', { name: 'Activity bar' })
      .getByRole('button', { name: 'Insights' })
      .click()
    // It said only "Insert the summary template in an interview’s notes", leaving the user to find which (a walkthrough).
    await workbench.page.getByRole('button', { name: 'Write in Stark’s notes', exact: true }).click()
    await workbench.page.getByRole('tab', { name: /^Stark/, selected: true }).waitFor()
    await expect.poll(() => notes.editor.evaluate((editor) => editor.contains(document.activeElement))).toBe(true)
  })

  it('inserts the summary template and gathers “where I can improve” in Insights', async () => {
    const form = await createInterview('Stark', 'Platform Engineer')
    await notes.insertSummaryTemplate()
    for (const heading of ['What we talked about', 'What they are looking for', 'Where I can improve']) {
      await notes.preview.getByRole('heading', { name: heading }).waitFor()
    }
    // The cursor waits in the first bullet, where the summary starts: typing goes there.
    await expect.poll(() => notes.editor.evaluate((editor) => editor.contains(document.activeElement))).toBe(true)
    await workbench.page.keyboard.insertText('They asked about the Kubernetes migration')
    expect(await notes.editorText()).toContain(
      '## What we talked about\n\n- They asked about the Kubernetes migration\n',
    )
    // Asked for again, it is not put in twice (a walkthrough's notes held two): the cursor goes back to it.
    await notes.insertSummaryTemplate()
    await workbench.page
      .getByRole('status')
      .filter({ hasText: 'Your notes already hold the summary template: the cursor is in its first section.' })
      .waitFor()
    await expect.poll(() => notes.editor.evaluate((editor) => editor.contains(document.activeElement))).toBe(true)
    await workbench.page.keyboard.insertText(' and on-call')
    const text = await notes.editorText()
    expect(text).toContain('- They asked about the Kubernetes migration and on-call\n')
    expect(text.split('## What we talked about').length).toBe(2)
    const template = await notes.editorText()
    expect(template).toContain('## Where I can improve\n\n- \n')
    await notes.editor.click()
    await workbench.page.keyboard.press('ControlOrMeta+KeyA')
    await workbench.page.keyboard.insertText(
      template.replace(
        '## Where I can improve\n\n- ',
        '## Where I can improve\n\n- Give shorter answers about past projects',
      ),
    )
    await notes.paneStatus('Saved').waitFor()

    await workbench.page
      .getByRole('navigation', { name: 'Activity bar' })
      .getByRole('button', { name: 'Insights' })
      .click()
    const entry = workbench.page.getByRole('article', { name: 'Stark, Platform Engineer' })
    await entry.getByText('Give shorter answers about past projects').waitFor()
    await entry.getByRole('button', { name: /Stark/ }).click()
    expect(await form.field('Company').inputValue()).toBe('Stark')
  })
})
