import type { Page } from 'playwright-core'
import { BoardPage } from './board.page'
import { InterviewFormPage } from './interview-form.page'

/** The whole window: activity bar, side bar, editor tabs, status bar. */
export class WorkbenchPage {
  readonly board: BoardPage

  constructor(readonly page: Page) {
    this.board = new BoardPage(page)
  }

  async open(url: string): Promise<this> {
    await this.page.goto(url)
    await this.board.region.waitFor()
    return this
  }

  async reload(): Promise<void> {
    await this.page.reload()
    await this.board.region.waitFor()
  }

  /** Starts a new interview from the board's button and returns its form. */
  async newInterview(): Promise<InterviewFormPage> {
    await this.board.region.getByRole('button', { name: 'New interview', exact: true }).first().click()
    const form = new InterviewFormPage(this.page)
    await form.field('Company').waitFor()
    return form
  }

  async showBoard(): Promise<void> {
    await this.page.getByRole('tab', { name: /^Board/ }).click()
  }
}
