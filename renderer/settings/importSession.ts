import { messageOf } from '../services/dataStore'
import type { Services } from '../services/services'
import { Store } from '../services/store'
import { importFile } from './dataActions'
import { perWorkbench } from '../services/perWorkbench'

export interface ImportOutcome {
  ok: boolean
  message: string
}

interface ImportState {
  busy: boolean
  /** How the last import went, until the next one starts. */
  outcome: ImportOutcome | null
  /** Whether Settings has yet to bring the outcome into view: it may come while the tab is hidden or still loading. */
  unseen: boolean
}

/**
 * An import under way and how the last one went, per window: Settings › Data shows it whether its
 * button or the palette picked the file, and still after its tab was hidden meanwhile.
 */
export class ImportSession extends Store<ImportState> {
  constructor() {
    super({ busy: false, outcome: null, unseen: false })
  }

  async importFrom(services: Services, file: File): Promise<void> {
    this.update({ busy: true, outcome: null, unseen: false })
    try {
      // The palette offers the picker on an empty board; archived interviews count too, as the panel says.
      const stored = await services.client.listInterviews({ includeArchived: true })
      if (stored.length > 0)
        throw new Error('This data folder already has interviews, so nothing can be imported into it.')
      const message = await importFile(services, file)
      this.update({ outcome: { ok: true, message }, unseen: true })
      services.notifications.done(message)
    } catch (caught) {
      this.update({ outcome: { ok: false, message: messageOf(caught) }, unseen: true })
    } finally {
      this.update({ busy: false })
    }
  }

  seen(): void {
    this.update({ unseen: false })
  }
}

/** The window's import: one per workbench. */
export const importSession = perWorkbench(() => new ImportSession())

/**
 * Opens the file picker for a JSON export and imports the file picked. A browser opens a picker only in
 * answer to a click or a key press, so this runs within its handler: the import button's, or the
 * palette's Enter, whose "Import from a JSON export…" only scrolled Settings to Import (a walkthrough).
 */
export function pickExportToImport(services: Services): void {
  const input = document.createElement('input')
  input.type = 'file'
  input.accept = '.json,application/json'
  input.addEventListener('change', () => {
    const file = input.files?.[0]
    if (file) void importSession(services.workbench).importFrom(services, file)
  })
  input.click()
}
