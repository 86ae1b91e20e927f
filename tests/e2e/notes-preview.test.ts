import { describe, expect, it } from 'vitest'
import { NotesPage } from './pages/notes.page'
import { useAppSession } from './support/app-session'
import { hasChromium } from './support/browser'
import { addInterviews } from './support/seed-board'

describe.skipIf(!hasChromium)('the notes preview', () => {
  const session = useAppSession()

  it('shows a task list as real checkboxes, ticked where done, named by their item, that a click does not change', async () => {
    const workbench = await session.open({ seed: (dataDir) => addInterviews(dataDir, [{ company: 'Acme' }]) })
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

  it('shows the summary template’s empty to-do as a checkbox, not as "[ ]"', async () => {
    const workbench = await session.open({ seed: (dataDir) => addInterviews(dataDir, [{ company: 'Acme' }]) })
    await workbench.board.cardOf('Acme').click()
    const notes = new NotesPage(workbench.page)
    await notes.editor.waitFor()
    await workbench.board.runCommand('summary template', 'Notes: Insert summary template')
    await expect.poll(() => notes.editorText()).toContain('- [ ] ')
    await notes.setLayout('Editor and preview')
    // "- [ ] " with no text yet showed as "• [ ]" (a walkthrough).
    await notes.preview.getByRole('checkbox', { name: 'To do', exact: true }).waitFor()
    expect(await notes.preview.textContent()).not.toContain('[ ]')
  })

  it('puts the preview beside the editor where each half has room, and under it in a narrower pane', async () => {
    const workbench = await session.open({ seed: (dataDir) => addInterviews(dataDir, [{ company: 'Acme' }]) })
    const { page } = workbench
    await workbench.board.cardOf('Acme').click()
    const notes = new NotesPage(page)
    await notes.editor.waitFor()
    await notes.setLayout('Editor and preview')
    await notes.preview.waitFor()
    const boxes = async () => {
      const [editor, preview] = await Promise.all([notes.editor.boundingBox(), notes.preview.boundingBox()])
      return { editor: editor!, preview: preview! }
    }

    // At 1,280 × 800 each half was 240 px wide.
    await page.setViewportSize({ width: 1280, height: 800 })
    await expect
      .poll(async () => {
        const { editor, preview } = await boxes()
        return preview.y >= editor.y + editor.height - 1 && Math.abs(preview.width - editor.width) < 40
      })
      .toBe(true)

    await page.setViewportSize({ width: 1900, height: 1000 })
    await expect
      .poll(async () => {
        const { editor, preview } = await boxes()
        return preview.x >= editor.x + editor.width - 1 && Math.abs(preview.y - editor.y) < 40
      })
      .toBe(true)
  })

  it('keeps the keyboard in the notes as Ctrl+Shift+V goes from editor to side by side to preview and back', async () => {
    const workbench = await session.open({ seed: (dataDir) => addInterviews(dataDir, [{ company: 'Acme' }]) })
    const { page } = workbench
    await workbench.board.cardOf('Acme').click()
    const notes = new NotesPage(page)
    await notes.editor.waitFor()
    await notes.setLayout('Editor only')
    await notes.append('A')
    const inEditor = () => notes.editor.evaluate((editor) => editor.contains(document.activeElement))

    await page.keyboard.press('Control+Shift+KeyV')
    await expect.poll(inEditor).toBe(true)
    await page.keyboard.insertText('B')
    await page.keyboard.press('Control+Shift+KeyV')
    await expect.poll(() => notes.preview.evaluate((preview) => preview === document.activeElement)).toBe(true)
    await page.keyboard.press('Control+Shift+KeyV')
    await expect.poll(inEditor).toBe(true)
    // Typing goes on where it stopped.
    await page.keyboard.insertText('C')
    await expect.poll(() => notes.editorText()).toMatch(/ABC$/)
  })
})
