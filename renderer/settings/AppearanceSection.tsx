import { useId } from 'react'
import type { ThemePreference } from '../services/themeService'
import { useServices, useStore } from '../services/services'
import { SettingsSection } from './SettingsFields'
import { SETTINGS_TARGETS } from './settingsSession'

const THEMES: ReadonlyArray<readonly [ThemePreference, string]> = [
  ['system', 'As the system'],
  ['light', 'Light'],
  ['dark', 'Dark'],
]

/**
 * The theme and the board's density, as their own switches set them (the activity bar, View: Toggle
 * compact board), so they act at once. Settings had no theme: once the activity bar's switch was used,
 * only a palette command followed the system again (a walkthrough).
 */
export function AppearanceSection() {
  const { theme, board } = useServices()
  const { preference } = useStore(theme)
  const { compact } = useStore(board)
  const themeId = useId()
  const densityId = useId()
  return (
    <SettingsSection
      headingId={SETTINGS_TARGETS.appearance}
      title="Appearance"
      description="These act at once, in every window; they do not wait for Save."
    >
      <div className="settings-grid">
        <div className="settings-field settings-text settings-select">
          <label htmlFor={themeId}>Theme</label>
          <select
            id={themeId}
            value={preference}
            onChange={(event) => void theme.setPreference(event.target.value as ThemePreference)}
          >
            {THEMES.map(([value, text]) => (
              <option key={value} value={value}>
                {text}
              </option>
            ))}
          </select>
        </div>
        <div className="settings-field settings-text settings-select">
          <label htmlFor={densityId}>Board cards</label>
          <select
            id={densityId}
            value={compact ? 'compact' : 'comfortable'}
            onChange={(event) => void board.setCompact(event.target.value === 'compact')}
          >
            <option value="comfortable">Comfortable</option>
            <option value="compact">Compact</option>
          </select>
        </div>
      </div>
    </SettingsSection>
  )
}
