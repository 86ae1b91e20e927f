import { mkdirSync } from 'node:fs'
import { homedir } from 'node:os'
import { app, dialog, safeStorage, type BrowserWindow } from 'electron'
import { OPEN_INTERVIEW_CHANNEL, type OpenTarget } from '../../shared/api/bridge'
import Store from 'electron-store'
import { DATA_DIR_ENV, resolveDataDir } from '../host/data-dir'
import type { Host } from '../host/host'
import { DataFolderLockedError } from '../host/storage/lock'
import { startHost } from '../host/starting-host'
import { settingsStoreOptions } from '../host/settings/settings-file'
import { InterruptGuard, interruptWarning, ownQuitSignals, type QuitSignal } from '../host/interrupts'
import { serveDownloads, setupAppProtocol } from './app-protocol'
import { setupIpc } from './ipc'
import { setupLetterPdf } from './letter-pdf'
import { setupLoginItem, wasStartedAtLogin } from './login-item'
import { setupMenu } from './menu'
import { createDesktopNotifier } from './notifier'
import { safeStorageCipher } from './secret-cipher'
import { setupNativeTheme } from './native-theme'
import { setupPowerEvents } from './power'
import { signalReady } from './ready-signal'
import { rendererLocation, type RendererLocation } from './renderer-location'
import { setupSecurity } from './security'
import { setupTray, type DesktopTray } from './tray'
import { trayContents } from './upcoming'
import { createMainWindow } from './window'

/** As electron-builder's appId: Windows groups the taskbar button, notifications and login item under it. */
const APP_USER_MODEL_ID = 'app.debrief.desktop'

let mainWindow: BrowserWindow | null = null
/** Set once the host is open; until then there is nothing to show. */
let reopenMainWindow: (() => void) | null = null
/** Set once the host is open; while it keeps the app running, closing the last window does not quit. */
let desktopTray: DesktopTray | null = null

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
  /** Set by a signal that has already been warned about (or SIGTERM): no dialog stands in its way. */
  let quitAnyway = false
  app.on('will-quit', (event) => {
    if (closed) return
    event.preventDefault()
    if (!closing && !quitAnyway && !quitDespiteHeldChanges(host.heldChanges())) return showMainWindow()
    closing ??= host
      .close()
      .catch((error: unknown) => console.error('[debrief] closing the data folder failed:', error))
      .finally(() => {
        closed = true
        app.quit()
      })
  })
  // Ctrl+C in the terminal that started the app follows the same rule as serve-web's, and says so in
  // the window too. A modal dialog would hold the second Ctrl+C until it closed, so a notice instead.
  // Called once the settings store is open: no library's exit hook may quit behind the user's back.
  const guard = new InterruptGuard()
  const interrupt = (signal: QuitSignal) => {
    const held = host.heldChanges()
    if (signal === 'SIGINT' && guard.decide(held) === 'warn') {
      console.error(interruptWarning(held, host.dataDir, 'Press Ctrl+C again'))
      host.addNotice('error', interruptWarning(held, host.dataDir, 'Press Ctrl+C again in its terminal'))
      showMainWindow()
      return
    }
    quitAnyway = true
    app.quit()
  }
  ownQuitSignals(interrupt)
}

/** Changes held in memory are lost on quit: the user decides, and staying shows the window and its notice. */
function quitDespiteHeldChanges(held: number): boolean {
  if (held === 0) return true
  const choice = dialog.showMessageBoxSync({
    type: 'warning',
    buttons: ['Keep Debrief Open', 'Quit and Lose Them'],
    defaultId: 0,
    cancelId: 0,
    message: `Debrief could not save ${held === 1 ? 'your last change' : `your last ${held} changes`} yet.`,
    detail: 'They are kept in memory and written as soon as the data folder can take them. Quitting now loses them.',
  })
  return choice === 1
}

async function start(dataDir: string, renderer: RendererLocation, defaultDataDir: string): Promise<void> {
  // Registered before any page exists, so no web contents escapes the rules.
  setupSecurity(renderer)
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin' && !desktopTray?.keepsAppRunning()) app.quit()
  })
  await app.whenReady()

  let host: Host
  let opened: Promise<Host>
  let store: Store
  const cannotOpen = (error: unknown) => {
    const message =
      error instanceof DataFolderLockedError ? error.message : `Debrief could not open ${dataDir}: ${messageOf(error)}`
    return failToStart('Debrief cannot open its data folder', message)
  }
  try {
    // With the board's first pages kept, the window shows them while the host reads the interviews (starting-host.ts).
    ;({ host, opened } = await startHost({
      dataDir,
      settings: () => (store = new Store(settingsStoreOptions(dataDir))),
      version: app.getVersion(),
      notifier: createDesktopNotifier(openInterviewFromReminder),
      secretCipher: safeStorageCipher(safeStorage),
    }))
  } catch (error) {
    return cannotOpen(error)
  }
  opened.catch(cannotOpen)
  closeHostOnQuit(host)
  // Started by the system at login with the tray on: stay in the tray until the user asks for the window.
  const startInTray =
    wasStartedAtLogin(process.argv) &&
    (await host.api.getPreferences({}).then(
      (preferences) => preferences.keepRunningInTray,
      () => false,
    ))

  setupIpc(host, renderer)
  serveDownloads((id) => host.takeDownload(id))
  setupLetterPdf(renderer)
  setupMenu({ dataDir, getMainWindow: () => mainWindow })
  setupNativeTheme(host)
  setupPowerEvents(host)
  setupLoginItem({ host, dataDir, defaultDataDir })
  desktopTray = setupTray({
    host,
    upcoming: () => trayContents(host),
    showMainWindow,
    openFollowUp: openInterviewFromReminder,
  })
  reopenMainWindow = () => openMainWindow(store, renderer)
  if (!startInTray) reopenMainWindow()
  app.on('activate', () => {
    if (!mainWindow) reopenMainWindow?.()
  })
  signalReady()
}

/**
 * A click on a reminder or a tray line: bring the window up (making it if the app was in the tray) and
 * open the interview, on the follow-up the click named.
 */
function openInterviewFromReminder(target: OpenTarget | undefined): void {
  const existed = mainWindow !== null
  showMainWindow()
  const window = mainWindow as BrowserWindow | null
  if (!window || target === undefined) return
  const send = () => window.webContents.send(OPEN_INTERVIEW_CHANNEL, target)
  if (existed && !window.webContents.isLoading()) send()
  else window.webContents.once('did-finish-load', send)
}

/** The tray's Show Debrief, and a second launch on this data folder (which quits and lands here, in the first). */
function showMainWindow(): void {
  if (!mainWindow) return reopenMainWindow?.()
  if (mainWindow.isMinimized()) mainWindow.restore()
  mainWindow.focus()
}

function main(): void {
  let dataDir: string
  let defaultDataDir: string
  try {
    const where = { platform: process.platform, homedir: homedir() }
    dataDir = resolveDataDir({ argv: process.argv, env: process.env, ...where })
    defaultDataDir = resolveDataDir({ argv: [], env: { ...process.env, [DATA_DIR_ENV]: undefined }, ...where })
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
  if (process.platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID)
  const renderer = rendererLocation({
    isPackaged: app.isPackaged,
    devServerUrl: process.env.ELECTRON_RENDERER_URL,
    mainDir: import.meta.dirname,
  })
  // The app:// scheme has to be declared before the app is ready.
  setupAppProtocol(renderer)
  void start(dataDir, renderer, defaultDataDir)
}

main()
