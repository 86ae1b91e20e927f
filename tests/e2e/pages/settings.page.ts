import { readFile } from 'node:fs/promises'
import type { Locator, Page } from 'playwright-core'
import { fieldError } from './field-error'

/** The Settings editor tab: the preferences form and its Data section, found by role and visible label. */
export class SettingsPage {
  constructor(readonly page: Page) {
    // File choosers are caught for as long as the page lives: caught only while importFile waits, as
    // Playwright does, the catching began after a quick key press had opened the chooser already.
    page.on('filechooser', () => undefined)
  }

  get panel(): Locator {
    return this.page.getByRole('tabpanel', { name: 'Settings', exact: true })
  }

  get heading(): Locator {
    return this.panel.getByRole('heading', { name: 'Settings', level: 1 })
  }

  /** Ctrl+, as in VS Code. */
  async openWithKeyboard(): Promise<void> {
    await this.page.keyboard.press('Control+,')
    await this.heading.waitFor()
  }

  field(label: string): Locator {
    return this.panel.getByLabel(label, { exact: true })
  }

  button(name: string): Locator {
    return this.panel.getByRole('button', { name, exact: true })
  }

  /** Saves, and waits until the form holds nothing unsaved. */
  async save(): Promise<void> {
    await this.button('Save').click()
    await this.panel.getByText('You have unsaved changes.').waitFor({ state: 'detached' })
  }

  /** The inline message a field shows, read through its accessible description. */
  errorOf(field: Locator): Promise<string> {
    return fieldError(field)
  }

  get backups(): Locator {
    return this.panel.getByRole('table', { name: 'Backups' })
  }

  /** The rows of the backups table (the header row left out), newest first. */
  get backupRows(): Locator {
    return this.backups.getByRole('row').filter({ has: this.page.getByRole('cell') })
  }

  get restoreDialog(): Locator {
    return this.page.getByRole('dialog')
  }

  /** Restores the backup of a row of the table, confirmed in the dialog, and waits for the dialog to go. */
  async restore(row: Locator): Promise<void> {
    await row.getByRole('button', { name: /^Restore the backup from / }).click()
    await this.restoreDialog.getByRole('button', { name: 'Restore backup' }).click()
    await this.restoreDialog.waitFor({ state: 'detached' })
  }

  /** A backup's row as the table shows it: when it was taken, and its kind. */
  async backupRow(row: Locator): Promise<{ taken: string; kind: string }> {
    const [taken = '', kind = ''] = await row.getByRole('cell').allInnerTexts()
    return { taken, kind }
  }

  /** Clicks an export button and returns the downloaded file's name and text. */
  async export(format: 'JSON' | 'CSV'): Promise<{ fileName: string; text: string }> {
    const downloading = this.page.waitForEvent('download')
    await this.button(`Export as ${format}`).click()
    const download = await downloading
    const path = await download.path()
    return { fileName: download.suggestedFilename(), text: await readFile(path, 'utf8') }
  }

  get importButton(): Locator {
    return this.button('Import from a JSON export…')
  }

  /** Picks `path` in the file chooser that `open` opens: the import button's click unless told. */
  async importFile(path: string, open: () => Promise<void> = () => this.importButton.click()): Promise<void> {
    const choosing = this.page.waitForEvent('filechooser')
    await open()
    await (await choosing).setFiles(path)
  }

  /** The error an import was refused with. */
  get importError(): Locator {
    return this.panel.getByRole('alert').filter({ hasText: 'Nothing was changed.' })
  }
}
