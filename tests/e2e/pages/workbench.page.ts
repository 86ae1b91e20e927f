import type { Locator, Page } from 'playwright-core'
import { BoardPage } from './board.page'
import { InterviewFormPage } from './interview-form.page'

/** The whole window: activity bar, side bar, editor tabs, status bar. */
export class WorkbenchPage {
  readonly board: BoardPage

  constructor(readonly page: Page) {
    this.board = new BoardPage(page)
  }

  /** Opens the app on the board. The tabs of the last session come back on their own; the board is brought forward. */
  async open(url: string): Promise<this> {
    const restoring = this.windowStateRead()
    await this.page.goto(url)
    await this.bringBoardForward(restoring)
    return this
  }

  async reload(): Promise<void> {
    const restoring = this.windowStateRead()
    await this.page.reload()
    await this.bringBoardForward(restoring)
  }

  private windowStateRead(): Promise<unknown> {
    return this.page.waitForResponse((response) => response.url().endsWith('/api/getWindowState'))
  }

  /**
   * Once the app has read the last session's tabs (its keys are bound by then), Ctrl/Cmd+Shift+B
   * shows the board: asked for by the user, it wins over a restore still on its way.
   */
  private async bringBoardForward(restoring: Promise<unknown>): Promise<void> {
    await restoring
    await this.page.keyboard.press('ControlOrMeta+Shift+KeyB')
    await this.board.region.waitFor()
  }

  /** Starts a new interview from the board's button and returns its form. */
  async newInterview(): Promise<InterviewFormPage> {
    await this.board.region.getByRole('button', { name: 'New interview', exact: true }).first().click()
    const form = new InterviewFormPage(this.page)
    await form.field('Company').waitFor()
    return form
  }

  /** The host's notices above the editor (a restore, a file set aside…), one alert each. */
  get notices(): Locator {
    return this.page.getByRole('region', { name: 'Notices' }).getByRole('alert')
  }

  async showBoard(): Promise<void> {
    await this.page.getByRole('tab', { name: /^Board/ }).click()
  }

  /** Closes a tab from the keyboard (Delete on the focused tab), as a keyboard user does. */
  async closeTab(name: RegExp): Promise<void> {
    const tab = this.page.getByRole('tab', { name })
    await tab.focus()
    await this.page.keyboard.press('Delete')
    await tab.waitFor({ state: 'detached' })
  }
}
