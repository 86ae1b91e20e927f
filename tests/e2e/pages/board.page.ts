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
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
