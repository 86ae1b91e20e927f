import type { Locator, Page } from 'playwright-core'

/** An interview tab's "Next" panel: its open follow-ups, the picked one's messages, and the prompts. */
export class NextPage {
  constructor(readonly page: Page) {}

  get panel(): Locator {
    return this.page.getByRole('tabpanel').getByRole('region', { name: /^Next/ })
  }

  /** The open follow-ups' titles, in the order Next lists them. */
  titles(): Promise<string[]> {
    return this.panel
      .getByRole('article')
      .evaluateAll((each) => each.map((item) => item.getAttribute('aria-label') ?? ''))
  }

  /** One open follow-up, by its title. */
  followUp(title: string): Locator {
    return this.panel.getByRole('article', { name: title, exact: true })
  }

  /** The button that shows a follow-up's message; `aria-expanded` says whether it is the one shown. */
  toggle(title: string): Locator {
    return this.followUp(title).getByRole('button', { name: new RegExp(`^${escape(title)}`) })
  }

  async pick(title: string): Promise<void> {
    await this.toggle(title).click()
    await this.followUp(title).locator('[aria-expanded="true"]').waitFor()
  }

  /** One person's message ("Message to Priya Raman"), in whichever follow-up shows it. */
  message(person: string): Locator {
    return this.panel.getByRole('group', { name: `Message to ${person}`, exact: true })
  }

  recipient(name: string): Locator {
    return this.panel.getByRole('group', { name: 'Send to', exact: true }).getByRole('checkbox', { name, exact: true })
  }

  body(message: Locator): Locator {
    return message.getByRole('textbox', { name: /^(Message text|Call script)$/ })
  }

  /** A message's buttons and links, by their text, in the order the keyboard reaches them. */
  actions(message: Locator): Promise<string[]> {
    return message.locator('button, a[href]').evaluateAll((each) => each.map((action) => action.textContent.trim()))
  }

  /** Those of a message's actions drawn as the primary button, in the accent colour: the one the user is led to. */
  primaryActions(message: Locator): Promise<string[]> {
    return message.locator('button, a[href]').evaluateAll((each) => {
      const probe = document.createElement('span')
      probe.style.background = 'var(--accent)'
      document.body.append(probe)
      const accent = getComputedStyle(probe).backgroundColor
      probe.remove()
      return each
        .filter((action) => getComputedStyle(action).backgroundColor === accent)
        .map((action) => action.textContent.trim())
    })
  }

  /** A prompt such as "Which of these have you already done?" or "Still send the letter?". */
  prompt(question: string): Locator {
    return this.panel.getByRole('group', { name: question, exact: true })
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
