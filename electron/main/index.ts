import { mkdirSync } from 'node:fs'
import { homedir } from 'node:os'
import { app, dialog, type BrowserWindow } from 'electron'
import Store from 'electron-store'
import { resolveDataDir } from '../host/data-dir'
import type { Host } from '../host/host'
import { DataFolderLockedError } from '../host/lock'
import { openHost } from '../host/service'
import { prepareSettingsFile, settingsStoreOptions } from '../host/settings-file'
import { setupIpc } from './ipc'
import { setupMenu } from './menu'
import { rendererLocation, type RendererLocation } from './renderer-location'
import { setupSecurity } from './security'
import { createMainWindow } from './window'

let mainWindow: BrowserWindow | null = null
/** Set once the host is open; until then there is nothing to show. */
let reopenMainWindow: (() => void) | null = null

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** Startup failures get a dialog, not a stack trace: the app has no window yet to say it in. */
async function failToStart(title: string, message: string): Promise<void> {
  await app.whenReady()
  dialog.showErrorBox(title, message)
  app.quit()
}

function openMainWindow(store: Store, renderer: RendererLocation): void {
  const window = createMainWindow({ store, renderer })
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null
  })
  mainWindow = window
}

/**
 * Flushes and unlocks the data folder once, whatever asks the app to quit and however often. On
 * will-quit rather than before-quit: by then every window has closed (a window kept open for unsaved
 * changes cancels the quit before this), so no call can reach a closed host.
 */
function closeHostOnQuit(host: Host): void {
  let closing: Promise<void> | undefined
  let closed = false
  app.on('will-quit', (event) => {
    if (closed) return
    event.preventDefault()
    closing ??= host
      .close()
      .catch((error: unknown) => console.error('[debrief] closing the data folder failed:', error))
      .finally(() => {
        closed = true
        app.quit()
      })
  })
}

async function start(dataDir: string): Promise<void> {
  // Registered before any page exists, so no web contents escapes the rules.
  setupSecurity()
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  await app.whenReady()

  let host: Host
  let store: Store
  try {
    const settingsNotices = prepareSettingsFile(dataDir)
    store = new Store(settingsStoreOptions(dataDir))
    host = await openHost({ dataDir, settings: store, version: app.getVersion(), notices: settingsNotices })
  } catch (error) {
    const message =
      error instanceof DataFolderLockedError ? error.message : `Debrief could not open ${dataDir}: ${messageOf(error)}`
    return failToStart('Debrief cannot open its data folder', message)
  }
  closeHostOnQuit(host)

  const renderer = rendererLocation({
    isPackaged: app.isPackaged,
    devServerUrl: process.env.ELECTRON_RENDERER_URL,
    mainDir: import.meta.dirname,
  })
  setupIpc(host, renderer)
  setupMenu({ dataDir, getMainWindow: () => mainWindow })
  reopenMainWindow = () => openMainWindow(store, renderer)
  reopenMainWindow()
  app.on('activate', () => {
    if (!mainWindow) reopenMainWindow?.()
  })
}

/** A second launch on this data folder quits and lands here, in the first: bring its window forward. */
function showMainWindow(): void {
  if (!mainWindow) return reopenMainWindow?.()
  if (mainWindow.isMinimized()) mainWindow.restore()
  mainWindow.focus()
}

function main(): void {
  let dataDir: string
  try {
    dataDir = resolveDataDir({ argv: process.argv, env: process.env, platform: process.platform, homedir: homedir() })
    // setPath refuses a folder that does not exist yet, as on first run. It comes before ready, and
    // before the single-instance lock, which is per userData folder: a second launch on the same data
    // folder hands over to the first, one on another folder runs on its own.
    mkdirSync(dataDir, { recursive: true })
    app.setPath('userData', dataDir)
  } catch (error) {
    void failToStart('Debrief cannot start', messageOf(error))
    return
  }
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return
  }
  app.on('second-instance', showMainWindow)
  void start(dataDir)
}

main()
