import type { Locator, Page } from 'playwright-core'

/** The side bar's notes search and the quick open box (Ctrl/Cmd+P). */
export class SearchPage {
  constructor(readonly page: Page) {}

  get view(): Locator {
    return this.page.getByRole('complementary', { name: 'Search' })
  }

  get box(): Locator {
    return this.view.getByRole('searchbox', { name: 'Search notes' })
  }

  get results(): Locator {
    return this.view.getByRole('list', { name: 'Search results' }).getByRole('button')
  }

  async open(): Promise<void> {
    if (await this.view.isVisible()) return
    await this.page
      .getByRole('navigation', { name: 'Activity bar' })
      .getByRole('button', { name: 'Search notes' })
      .click()
    await this.box.waitFor()
  }

  async search(query: string): Promise<void> {
    await this.open()
    await this.box.fill(query)
  }

  get quickOpen(): Locator {
    return this.page.getByRole('dialog', { name: 'Go to interview' })
  }

  async goTo(query: string): Promise<Locator> {
    await this.page.keyboard.press('ControlOrMeta+KeyP')
    await this.quickOpen.getByRole('combobox').fill(query)
    return this.quickOpen.getByRole('option')
  }
}
