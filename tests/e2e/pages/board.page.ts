import type { Locator, Page } from 'playwright-core'

/** The kanban board, in its editor tab: one region per follow-up stage, named by its label. */
export class BoardPage {
  constructor(readonly page: Page) {}

  get region(): Locator {
    return this.page.getByRole('tabpanel', { name: 'Board', exact: true })
  }

  column(stageLabel: string): Locator {
    return this.region.getByRole('region', { name: stageLabel, exact: true })
  }

  /** A card, found by the start of its accessible name: "<Company>, <Role>". */
  card(company: string, role: string, stageLabel?: string): Locator {
    const scope = stageLabel ? this.column(stageLabel) : this.region
    return scope.getByRole('button', { name: new RegExp(`^${escape(company)}, ${escape(role)}`) })
  }

  /** A card by company alone, in a column or anywhere on the board. */
  cardOf(company: string, stageLabel?: string): Locator {
    const scope = stageLabel ? this.column(stageLabel) : this.region
    return scope.getByRole('listitem').getByRole('button', { name: new RegExp(`^${escape(company)}, `) })
  }

  /** The companies of the cards a column has in the page, top to bottom. */
  async companiesIn(stageLabel: string): Promise<string[]> {
    const names = await this.column(stageLabel)
      .getByRole('listitem')
      .getByRole('button')
      .evaluateAll((cards) => cards.map((card) => card.getAttribute('aria-label') ?? ''))
    return names.map((name) => name.split(', ')[0]!)
  }

  /** Every card element in the page, whichever column it is in. */
  get allCards(): Locator {
    return this.region.getByRole('listitem').getByRole('button')
  }

  get filterBox(): Locator {
    return this.region.getByRole('searchbox', { name: /^Filter cards/ })
  }

  toolbarButton(name: string): Locator {
    return this.region.getByRole('button', { name, exact: true })
  }

  /** The toolbar's "More actions" menu, open or not. */
  get moreMenu(): Locator {
    return this.page.getByRole('menu', { name: 'More board actions' })
  }

  async openMoreMenu(): Promise<Locator> {
    await this.region.getByRole('button', { name: 'More actions', exact: true }).click()
    await this.moreMenu.waitFor()
    return this.moreMenu
  }

  /** Runs an item of the toolbar's "More actions" menu (density, samples; the switches too in a narrow window). */
  async moreAction(name: string): Promise<void> {
    const menu = await this.openMoreMenu()
    await menu.getByRole(/…$/.test(name) ? 'menuitem' : 'menuitemcheckbox', { name, exact: true }).click()
  }

  /** How the board is laid out: 'compact' or 'comfortable' (what its cards' sizes follow). */
  density(): Promise<string | null> {
    return this.page.locator('.board').getAttribute('data-density')
  }

  /** The in-app confirmation (renderer/ui/ConfirmDialog), open or not. */
  get confirmDialog(): Locator {
    return this.page.getByRole('alertdialog')
  }

  get announcements(): Locator {
    return this.page.getByRole('status', { name: 'Board announcements' })
  }

  /** Opens the command palette and waits for its input to take the keys, as a user waits to see it. */
  async openPalette(): Promise<void> {
    await this.page.keyboard.press('Control+Shift+KeyP')
    // The palette loads after the board's first paint; keys typed before its input has focus would go astray.
    await this.palette.locator('input:focus').waitFor()
  }

  /** Types `query` in the palette, waits for it to say "No matching commands", and closes it with Escape. */
  async findsNoCommand(query: string): Promise<void> {
    await this.openPalette()
    await this.page.keyboard.type(query)
    await this.palette.getByText('No matching commands').waitFor()
    await this.page.keyboard.press('Escape')
    await this.palette.waitFor({ state: 'hidden' })
  }

  /** The command palette, open or not. */
  get palette(): Locator {
    return this.page.getByRole('dialog', { name: 'Command palette' })
  }

  /**
   * Runs a command from the palette, as a keyboard user does: Ctrl+Shift+P, type, Enter. For a command
   * that asks for a choice, `pick` names its second step ("Move Acme to…") and the choice to type there.
   */
  async runCommand(query: string, title: string, pick?: { step: string; choice: string }): Promise<void> {
    await this.openPalette()
    await this.page.keyboard.type(query)
    await this.palette.getByRole('option', { name: title, selected: true }).waitFor()
    await this.page.keyboard.press('Enter')
    if (!pick) return
    await this.palette.getByRole('combobox', { name: pick.step, exact: true }).waitFor()
    await this.page.keyboard.type(pick.choice)
    await this.palette.getByRole('option', { name: pick.choice, exact: true, selected: true }).waitFor()
    await this.page.keyboard.press('Enter')
  }

  /** The open context menu of a card. */
  menu(company: string): Locator {
    return this.page.getByRole('menu', { name: `Actions for ${company}` })
  }

  /**
   * Drags a card with the mouse (native drag and drop, as a user does) onto the top or bottom half of
   * another card, or into the empty part of a column.
   */
  async drag(card: Locator, onto: Locator, where: 'top' | 'bottom' | 'empty space' = 'top'): Promise<void> {
    const box = await onto.boundingBox()
    if (!box) throw new Error('The drop target is not on screen')
    const y = where === 'top' ? 6 : where === 'bottom' ? box.height - 6 : box.height - 20
    await card.dragTo(onto, { targetPosition: { x: box.width / 2, y } })
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
