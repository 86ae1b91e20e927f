import type { Locator, Page } from 'playwright-core'

/** An interview's Messages pane: the message chooser, recipients, the editable text and its actions. */
export class MessagesPage {
  constructor(readonly page: Page) {}

  get pane(): Locator {
    return this.page.getByRole('tabpanel').getByRole('region', { name: 'Messages', exact: true })
  }

  get chooser(): Locator {
    return this.pane.getByRole('combobox', { name: 'Message', exact: true })
  }

  /** Picks a message in the group of the follow-up it serves (or "Any message"). */
  async choose(followUp: string, message: string): Promise<void> {
    const value = await this.chooser.evaluate(
      (select, [group, label]) => {
        const options = [...select.querySelectorAll('optgroup')].find((each) => each.label === group)?.children ?? []
        return ([...options] as HTMLOptionElement[]).find((option) => option.text === label)?.value ?? null
      },
      [followUp, message] as const,
    )
    if (value === null) throw new Error(`No message "${message}" for the follow-up "${followUp}"`)
    await this.chooser.selectOption(value)
  }

  /** The chosen message's label and the follow-up group it is in. */
  async chosen(): Promise<{ followUp: string; message: string }> {
    return this.chooser.evaluate((select: HTMLSelectElement) => {
      const option = select.selectedOptions[0]
      return {
        followUp: (option?.parentElement as HTMLOptGroupElement | null)?.label ?? '',
        message: option?.text ?? '',
      }
    })
  }

  recipient(name: string): Locator {
    return this.pane.getByRole('group', { name: 'Send to', exact: true }).getByRole('checkbox', { name, exact: true })
  }

  get subject(): Locator {
    return this.pane.getByRole('textbox', { name: 'Subject', exact: true })
  }

  /** The message text; a phone script's box is named "Call script". */
  get body(): Locator {
    return this.pane.getByRole('textbox', { name: /^(Message text|Call script)$/ })
  }

  get pointToMention(): Locator {
    return this.pane.getByRole('textbox', { name: 'Point to mention', exact: true })
  }

  /** The LinkedIn note's character count, read through the text box's description. */
  async characterCount(): Promise<string> {
    const ids = ((await this.body.getAttribute('aria-describedby')) ?? '').split(/\s+/).filter(Boolean)
    for (const id of ids) {
      const text = await this.page.locator(`[id="${id}"]`).innerText()
      if (/characters/.test(text)) return text
    }
    throw new Error('The message text has no character count')
  }

  get mailLinks(): Locator {
    return this.pane.getByRole('list', { name: 'Open in mail app', exact: true }).getByRole('link')
  }

  button(name: string): Locator {
    return this.pane.getByRole('button', { name, exact: true })
  }

  get status(): Locator {
    return this.pane.getByRole('status')
  }

  get alert(): Locator {
    return this.pane.getByRole('alert')
  }
}
