import { Store } from './store'

/** The notes editor's layout: the editor alone, editor and preview side by side, or the preview alone. */
export const NOTES_LAYOUTS = ['edit', 'split', 'preview'] as const
export type NotesLayout = (typeof NOTES_LAYOUTS)[number]

const STORAGE_KEY = 'debrief.notes.layout'

function storedLayout(): NotesLayout {
  const stored = localStorage.getItem(STORAGE_KEY)
  return NOTES_LAYOUTS.find((layout) => layout === stored) ?? 'split'
}

/** The layout every notes editor shares, remembered across starts. */
export class NotesView extends Store<{ layout: NotesLayout }> {
  constructor() {
    super({ layout: storedLayout() })
  }

  setLayout(layout: NotesLayout): void {
    localStorage.setItem(STORAGE_KEY, layout)
    this.update({ layout })
  }

  /** Editor → side by side → preview → editor, for the keyboard. */
  cycle(): void {
    const next = NOTES_LAYOUTS[(NOTES_LAYOUTS.indexOf(this.state.layout) + 1) % NOTES_LAYOUTS.length]!
    this.setLayout(next)
  }
}
