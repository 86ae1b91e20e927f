import type { Locator, Page } from 'playwright-core'

/** An interview's notes: the Markdown editor, its preview, the save state and a conflict when there is one. */
export class NotesPage {
  constructor(readonly page: Page) {}

  get pane(): Locator {
    return this.page.getByRole('tabpanel').getByRole('region', { name: 'Notes', exact: true })
  }

  get editor(): Locator {
    return this.pane.getByRole('textbox', { name: /^Notes for / })
  }

  get preview(): Locator {
    return this.pane.getByRole('document', { name: 'Preview' })
  }

  /** The status bar's notes item, there only while the notes are not saved: "Notes not saved", "Notes conflict". */
  status(name: string): Locator {
    return this.page.getByRole('contentinfo', { name: 'Status bar' }).getByRole('status', { name })
  }

  /** The pane's own save state, by what it says: "Saved", "Saving…", "Not on disk yet: kept in memory". */
  paneStatus(name: string): Locator {
    return this.pane.getByRole('status', { name, exact: true })
  }

  /** The status bar's overall save state ("All changes saved", "1 change not on disk yet"). */
  saveState(name: string): Locator {
    return this.page.getByRole('contentinfo', { name: 'Status bar' }).getByRole('status', { name, exact: true })
  }

  get conflict(): Locator {
    return this.pane.getByRole('alert').filter({ hasText: 'changed outside Debrief' })
  }

  conflictVersion(name: 'Your version' | 'Version on disk'): Locator {
    return this.conflict.getByRole('region', { name, exact: true })
  }

  async editorText(): Promise<string> {
    return this.editor.evaluate((element) =>
      [...element.querySelectorAll('.cm-line')].map((line) => line.textContent ?? '').join('\n'),
    )
  }

  /** Puts the cursor at the end of the notes and types there, as a paste would. */
  async append(text: string): Promise<void> {
    await this.editor.click()
    await this.page.keyboard.press('ControlOrMeta+End')
    await this.page.keyboard.insertText(text)
  }

  async setLayout(name: 'Editor only' | 'Editor and preview' | 'Preview only'): Promise<void> {
    await this.pane.getByRole('group', { name: 'Layout' }).getByRole('button', { name, exact: true }).click()
  }

  async insertSummaryTemplate(): Promise<void> {
    await this.pane.getByRole('button', { name: 'Insert summary template', exact: true }).click()
  }
}
