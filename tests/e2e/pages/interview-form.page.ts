import type { Locator, Page } from 'playwright-core'
import { descriptionText, fieldColours, fieldError } from './field-error'

/** The interview editor's form, found by its visible labels. */
export class InterviewFormPage {
  constructor(readonly page: Page) {}

  get panel(): Locator {
    return this.page.getByRole('tabpanel')
  }

  field(label: string, scope: Locator = this.panel): Locator {
    return scope.getByLabel(label, { exact: true })
  }

  interviewer(index: number): Locator {
    return this.panel.getByRole('group', { name: `Interviewer ${index}`, exact: true })
  }

  async fill(values: Record<string, string>, scope?: Locator): Promise<void> {
    for (const [label, value] of Object.entries(values)) await this.field(label, scope).fill(value)
  }

  async addInterviewer(values: Record<string, string>): Promise<void> {
    const next = (await this.panel.getByRole('group', { name: /^Interviewer \d+$/ }).count()) + 1
    await this.panel.getByRole('button', { name: 'Add interviewer', exact: true }).click()
    await this.fill(values, this.interviewer(next))
  }

  /**
   * The Decision section's "Who will tell you", and which of those entered above: an interviewer with
   * "The interviewer", one who arranged it otherwise.
   */
  async whoWillTell(informer: string, person?: string): Promise<void> {
    await this.field('Who will tell you').selectOption({ label: informer })
    const among = informer === 'The interviewer' ? 'Which interviewer' : 'One who arranged it'
    if (person) await this.field(among).selectOption({ label: person })
  }

  /** Opens a stored interview from the side bar's list, by company. */
  async open(company: string): Promise<void> {
    const list = this.page.getByRole('complementary', { name: 'Interviews' })
    await list.getByRole('button', { name: new RegExp(`^${company}`) }).click()
    await this.field('Company').waitFor()
  }

  async save(): Promise<void> {
    await this.panel.getByRole('button', { name: 'Save interview', exact: true }).click()
  }

  /** What a field's accessible description says now (a caution, or nothing): '' when it has none. */
  descriptionOf(field: Locator): Promise<string> {
    return descriptionText(field)
  }

  /** The inline message a field shows, read through its accessible description. */
  errorOf(field: Locator): Promise<string> {
    return fieldError(field)
  }

  /** A field's border and focus ring colours, beside its message's. */
  coloursOf(field: Locator): Promise<{ border: string; ring: string; message: string }> {
    return fieldColours(field)
  }
}
