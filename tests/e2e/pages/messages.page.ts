import type { Locator, Page } from 'playwright-core'
import { describers } from './field-error'
import { NextPage } from './next.page'

/** The message of the follow-up picked in an interview's Next panel: recipients, the text and its actions. */
export class MessagesPage {
  readonly next: NextPage

  constructor(readonly page: Page) {
    this.next = new NextPage(page)
  }

  /** The picked follow-up: the one whose message shows. */
  get pane(): Locator {
    return this.next.panel.getByRole('article').filter({ has: this.page.locator('[aria-expanded="true"]') })
  }

  async choose(followUp: string): Promise<void> {
    await this.next.pick(followUp)
  }

  /** The title of the picked follow-up. */
  async chosen(): Promise<string> {
    return (await this.pane.getAttribute('aria-label')) ?? ''
  }

  recipient(name: string): Locator {
    return this.pane.getByRole('group', { name: 'Send to', exact: true }).getByRole('checkbox', { name, exact: true })
  }

  /** One person's message, or with `undefined` the picked follow-up as a whole (where there is one message). */
  message(person?: string): Locator {
    return person ? this.pane.getByRole('group', { name: `Message to ${person}`, exact: true }) : this.pane
  }

  subject(person?: string): Locator {
    return this.message(person).getByRole('textbox', { name: 'Subject', exact: true })
  }

  /** The message text; a phone script's box is named "Call script". */
  body(person?: string): Locator {
    return this.message(person).getByRole('textbox', { name: /^(Message text|Call script)$/ })
  }

  get pointToMention(): Locator {
    return this.pane.getByRole('textbox', { name: 'Point to mention', exact: true })
  }

  /** The LinkedIn note's character count, read through the text box's description. */
  async characterCount(person?: string): Promise<string> {
    for (const describer of await describers(this.body(person))) {
      const text = await describer.innerText()
      if (/characters/.test(text)) return text
    }
    throw new Error('The message text has no character count')
  }

  mailLink(person: string): Locator {
    return this.message(person).getByRole('link', { name: `Email ${person}`, exact: true })
  }

  button(name: string, person?: string): Locator {
    return this.message(person).getByRole('button', { name, exact: true })
  }

  /** What confirms an action (copied, marked sent): a notice at the window's corner. */
  get status(): Locator {
    return this.page.getByRole('status')
  }

  get alert(): Locator {
    return this.next.panel.getByRole('alert')
  }
}
