import { join } from 'node:path'
import { app } from 'electron'

/**
 * A file the desktop shell needs outside the app archive (tray and window icons): electron-builder
 * copies build/tray and build/icons into the app's resources folder (extraResources), so the system
 * can read them as plain files; while developing they are read from build/ itself.
 */
export function desktopResourcePath(...segments: string[]): string {
  const base = app.isPackaged ? process.resourcesPath : join(import.meta.dirname, '../../build')
  return join(base, ...segments)
}
