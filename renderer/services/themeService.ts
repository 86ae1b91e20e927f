import type { Preferences } from '../../shared/domain/settings'
import type { DataStore } from './dataStore'
import { Store } from './store'

export type ThemePreference = Preferences['theme']
export type ColorTheme = 'light' | 'dark'

interface ThemeState {
  preference: ThemePreference
  effective: ColorTheme
}

/** Remembers the last preference so the next start paints in the right theme before the host answers. */
const CACHE_KEY = 'debrief.theme'

function cachedPreference(): ThemePreference {
  const cached = localStorage.getItem(CACHE_KEY)
  return cached === 'light' || cached === 'dark' ? cached : 'system'
}

/** Applies the light or dark theme: the user's preference, or the OS's when it is 'system'. */
export class ThemeService extends Store<ThemeState> {
  readonly #data: DataStore
  readonly #systemDark = window.matchMedia('(prefers-color-scheme: dark)')

  constructor(data: DataStore) {
    const preference = cachedPreference()
    super({ preference, effective: 'light' })
    this.#data = data
    this.#apply(preference)
  }

  /** Follows preference changes from the host and the OS; returns the function that stops. */
  start(): () => void {
    const onSystemChange = () => this.#apply(this.state.preference)
    this.#systemDark.addEventListener('change', onSystemChange)
    const stopData = this.#data.subscribe(() => {
      const preference = this.#data.state.preferences?.theme
      if (preference && preference !== this.state.preference) this.#apply(preference)
    })
    return () => {
      this.#systemDark.removeEventListener('change', onSystemChange)
      stopData()
    }
  }

  async setPreference(preference: ThemePreference): Promise<void> {
    this.#apply(preference)
    await this.#data.savePreferences({ theme: preference })
  }

  #apply(preference: ThemePreference): void {
    const effective: ColorTheme = preference === 'system' ? (this.#systemDark.matches ? 'dark' : 'light') : preference
    const root = document.documentElement
    root.dataset.theme = effective
    root.style.colorScheme = effective
    localStorage.setItem(CACHE_KEY, preference)
    this.update({ preference, effective })
  }
}
