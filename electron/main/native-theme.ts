import { nativeTheme } from 'electron'
import type { Host } from '../host/host'
import { followPreferences } from './host-preferences'

/**
 * The page follows the OS's dark mode by itself: Electron reports the system theme to CSS and
 * matchMedia('(prefers-color-scheme: dark)'), change events included. What the page cannot reach is
 * the native part (title bar, context menus, dialogs, scrollbars); this makes it match the user's
 * theme preference, and 'system' leaves both following the OS.
 */
export function setupNativeTheme(host: Host): void {
  followPreferences(host, ({ theme }) => {
    nativeTheme.themeSource = theme
  })
}
