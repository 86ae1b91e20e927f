import { Store } from '../services/store'
import { focusWhenShown } from '../ui/focusWhenShown'
import { SETTINGS_TAB, type WorkbenchModel } from '../services/workbenchModel'
import type { SettingsFormValues } from './settingsForm'
import { perWorkbench } from '../services/perWorkbench'

/** The Settings form's id: Ctrl+, puts the keyboard there. */
export const SETTINGS_FORM_ID = 'settings'

/** Places in the Settings editor a command or its table of contents can take the user to. */
export const SETTINGS_TARGETS = {
  you: 'settings-you',
  workingDay: 'settings-working-day',
  appearance: 'settings-appearance',
  followUps: 'settings-follow-ups',
  reminders: 'settings-reminders',
  desktop: 'settings-desktop',
  calendars: 'settings-calendars',
  data: 'settings-data',
  backups: 'settings-backups',
  import: 'settings-import',
} as const
export type SettingsTarget = keyof typeof SETTINGS_TARGETS

/** Unsaved edits of a hidden Settings tab, with the host's values they were made against. */
export interface SettingsDraft {
  values: SettingsFormValues
  baseline: SettingsFormValues
}

interface SessionState {
  /** Where to move focus once the editor shows it; null when there is nowhere to go. */
  reveal: SettingsTarget | null
}

/** What outlives the Settings editor while its tab is hidden: the unsaved draft, and a pending "go to". */
export class SettingsSession extends Store<SessionState> {
  #draft: SettingsDraft | null = null

  constructor() {
    super({ reveal: null })
  }

  /** Keeps the edits of a Settings tab that is hidden; null forgets them (the tab closed, or nothing unsaved). */
  keepDraft(draft: SettingsDraft | null): void {
    this.#draft = draft
  }

  takeDraft(): SettingsDraft | null {
    const draft = this.#draft
    this.#draft = null
    return draft
  }

  reveal(target: SettingsTarget): void {
    this.update({ reveal: target })
  }

  revealed(): void {
    this.update({ reveal: null })
  }
}

/** One session per window, found through the window's workbench. */
export const settingsSession = perWorkbench((workbench) => {
  const session = new SettingsSession()
  // Closing the tab discards its edits (the workbench asked first).
  workbench.subscribe(() => {
    if (!workbench.state.tabs.some((tab) => tab.key === SETTINGS_TAB.key)) session.keepDraft(null)
  })
  return session
})

/** Opens Settings (or brings its tab forward) and takes the user to `target`. */
export function openSettingsAt(workbench: WorkbenchModel, target?: SettingsTarget): void {
  workbench.showSettings()
  if (target) settingsSession(workbench).reveal(target)
  // Opened by its shortcut, the tab takes the keyboard, as VS Code's settings editor does (it stayed on the board).
  else focusWhenShown(SETTINGS_FORM_ID)
}
