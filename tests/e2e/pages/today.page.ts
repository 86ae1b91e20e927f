import type { Locator, Page } from 'playwright-core'
import { doubleClickAsRowGoes } from './double-click'

/** The side bar's Today view, its activity-bar button and the status bar's due count. */
export class TodayPage {
  constructor(readonly page: Page) {}

  get activityButton(): Locator {
    return this.page.getByRole('navigation', { name: 'Activity bar' }).getByRole('button', { name: /^Today/ })
  }

  get view(): Locator {
    return this.page.getByRole('complementary', { name: 'Today' })
  }

  /** "N follow-ups due" in the status bar: a button that opens this view, absent when nothing is due. */
  get statusItem(): Locator {
    return this.page.getByRole('contentinfo', { name: 'Status bar' }).getByRole('button', { name: /follow-ups? due/ })
  }

  async open(): Promise<void> {
    if (await this.view.isVisible()) return
    await this.activityButton.click()
    await this.view.waitFor()
  }

  /** "Due now" or "Later today". */
  group(name: string): Locator {
    return this.view.getByRole('region', { name, exact: true })
  }

  /** The task titles in a group, in the order shown. */
  async titlesIn(name: string): Promise<string[]> {
    if (!(await this.group(name).isVisible())) return []
    return this.group(name).getByRole('listitem').locator('.today-row-title').allTextContents()
  }

  /** Every row of an interview, by its company. */
  rowsOf(company: string): Locator {
    return this.view.getByRole('listitem').filter({ hasText: company })
  }

  /** The one row of an interview entered after it happened: "Added after it happened: 7 follow-ups — which have you done?". */
  askedIfDone(company: string): Locator {
    return this.rowsOf(company).getByRole('button', {
      name: /^Added after it happened: \d+ follow-ups — which have you done\?/,
    })
  }

  row(title: string, company: string): Locator {
    return this.view.getByRole('listitem').filter({ hasText: title }).filter({ hasText: company })
  }

  async markDone(title: string, company: string): Promise<void> {
    await this.row(title, company)
      .getByRole('button', { name: `Mark “${title}” for ${company} done` })
      .click()
  }

  /**
   * A double click on a row's ✓ by a hand quicker to click twice than to see the row go: the second
   * click lands, as the platform counts it (the second of two), where the first one was, after the
   * host has answered the first.
   */
  async doubleClickDone(title: string, company: string): Promise<void> {
    const row = this.row(title, company)
    await doubleClickAsRowGoes(this.page, row.getByRole('button', { name: `Mark “${title}” for ${company} done` }), row)
  }

  /** Opens a row's snooze menu and returns it. */
  async snoozeMenu(title: string, company: string): Promise<Locator> {
    await this.row(title, company)
      .getByRole('button', { name: `Snooze “${title}” for ${company}` })
      .click()
    const menu = this.page.getByRole('menu', { name: `Snooze “${title}” for ${company}` })
    await menu.waitFor()
    return menu
  }

  async snooze(
    title: string,
    company: string,
    choice: 'For 1 hour' | 'This morning' | 'Tomorrow morning',
  ): Promise<void> {
    const menu = await this.snoozeMenu(title, company)
    await menu.getByRole('menuitem', { name: new RegExp(`^${choice}`) }).click()
  }

  /** Snoozes until a time typed in "Pick a time…"; returns the picker, which stays open on an error. */
  async snoozeUntil(title: string, company: string, dateTime: string): Promise<Locator> {
    const menu = await this.snoozeMenu(title, company)
    await menu.getByRole('menuitem', { name: 'Pick a time…' }).click()
    const picker = this.page.getByRole('dialog', { name: `Snooze “${title}” for ${company} until` })
    await picker.getByLabel(/^Snooze until/).fill(dateTime)
    await picker.getByRole('button', { name: 'Snooze', exact: true }).click()
    return picker
  }
}
