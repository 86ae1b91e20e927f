import type { Locator, Page } from 'playwright-core'

/** The side bar's Calendar view and Settings › Calendars, found by role and accessible name. */
export class CalendarPage {
  constructor(readonly page: Page) {}

  get view(): Locator {
    return this.page.getByRole('complementary', { name: 'Calendar', exact: true })
  }

  /** The activity bar's button toggles the view: pressed means it already shows. */
  async showView(): Promise<void> {
    const button = this.page.getByRole('button', { name: 'Calendar', exact: true })
    if ((await button.getAttribute('aria-pressed')) !== 'true') await button.click()
    await this.view.waitFor()
  }

  get suggestions(): Locator {
    return this.view.getByRole('list', { name: 'Suggested interviews' }).getByRole('listitem')
  }

  suggestion(title: string): Locator {
    return this.view.getByRole('listitem', { name: title, exact: true })
  }

  get settings(): Locator {
    return this.page.getByRole('region', { name: 'Calendars', exact: true })
  }

  /** Opens Settings at its Calendars section, from the Calendar view's gear. */
  async openSettings(): Promise<void> {
    await this.view.getByRole('button', { name: 'Calendar settings', exact: true }).click()
    await this.settings.waitFor()
  }

  async addSubscription(address: string): Promise<void> {
    await this.settings.getByLabel('Calendar address', { exact: true }).fill(address)
    await this.settings.getByRole('button', { name: 'Add calendar', exact: true }).click()
  }

  get sources(): Locator {
    return this.settings.getByRole('table', { name: 'Your calendars' })
  }

  get alert(): Locator {
    return this.settings.getByRole('alert')
  }
}
