import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { NotesPage } from './pages/notes.page'
import { WorkbenchPage } from './pages/workbench.page'
import { hasChromium, launchBrowser, type Browser } from './support/browser'
import { addInterviews } from './support/seed-board'
import { startWebApp, type WebApp } from './support/web-app'

describe.skipIf(!hasChromium)('the notes preview', () => {
  let dataDir: string
  let app: WebApp | undefined
  let browser: Browser | undefined

  afterEach(async () => {
    await browser?.close()
    await app?.stop()
    await rm(dataDir, { recursive: true, force: true })
  })

  it('shows a task list as real checkboxes, ticked where done, named by their item, that a click does not change', async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'debrief-preview-'))
    await addInterviews(dataDir, [{ company: 'Acme' }])
    app = await startWebApp(dataDir)
    browser = await launchBrowser()
    const workbench = await new WorkbenchPage(await browser.context.newPage()).open(app.url)
    await workbench.board.cardOf('Acme').click()
    const notes = new NotesPage(workbench.page)
    await notes.editor.waitFor()
    await notes.append('\n- [x] Sent the thank-you email\n- [ ] Call HR on Friday\n- plain point\n')
    await notes.setLayout('Editor and preview')

    const done = notes.preview.getByRole('checkbox', { name: 'Done: Sent the thank-you email' })
    const open = notes.preview.getByRole('checkbox', { name: 'To do: Call HR on Friday' })
    await done.waitFor()
    expect(await done.isChecked()).toBe(true)
    expect(await open.isChecked()).toBe(false)
    expect(await open.isDisabled()).toBe(true)
    expect(await notes.preview.getByRole('checkbox').count()).toBe(2)
    await open.click({ force: true })
    expect(await open.isChecked()).toBe(false)
    expect(await notes.editorText()).toContain('- [ ] Call HR on Friday')
  })
})
