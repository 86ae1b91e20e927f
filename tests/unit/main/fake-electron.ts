import { EventEmitter } from 'node:events'
import { existsSync } from 'node:fs'
import { vi } from 'vitest'

/**
 * A stand-in for the parts of Electron the main process and preload use, so their wiring runs
 * as plain Node. Tests install it with `vi.mock('electron', () => import('./fake-electron'))`
 * and call `resetFakeElectron()` between cases.
 */

type Handler = (event: unknown, ...args: unknown[]) => unknown

export class FakeSession {
  permissionRequestHandler: ((...args: unknown[]) => void) | null = null
  permissionCheckHandler: ((...args: unknown[]) => boolean) | null = null
  setPermissionRequestHandler(handler: (...args: never[]) => void) {
    this.permissionRequestHandler = handler as (...args: unknown[]) => void
  }
  setPermissionCheckHandler(handler: (...args: never[]) => boolean) {
    this.permissionCheckHandler = handler as (...args: unknown[]) => boolean
  }
}

export class FakeWebContents extends EventEmitter {
  readonly session = new FakeSession()
  /** Messages sent by this page alone (webContents.ipc), as `emit(channel, event, ...args)`. */
  readonly ipc = new EventEmitter()
  readonly send = vi.fn()
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null
  destroyed = false
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler
  }
  isDestroyed() {
    return this.destroyed
  }
  isLoading() {
    return false
  }
}

export class BrowserWindow extends EventEmitter {
  static windows: BrowserWindow[] = []
  static focused: BrowserWindow | null = null
  static getAllWindows() {
    return BrowserWindow.windows
  }
  static getFocusedWindow() {
    return BrowserWindow.focused
  }

  readonly webContents = new FakeWebContents()
  /** Set to make every page load fail, as when the built renderer is missing. */
  static loadError: Error | null = null

  readonly loadURL = vi.fn(async (_url: string) => this.loaded())
  readonly loadFile = vi.fn(async (_path: string) => this.loaded())
  readonly show = vi.fn()
  readonly maximize = vi.fn()
  readonly focus = vi.fn()
  readonly restore = vi.fn()
  normalBounds = { x: 0, y: 0, width: 1280, height: 800 }
  maximized = false
  destroyed = false

  constructor(readonly options: Record<string, unknown>) {
    super()
    BrowserWindow.windows.push(this)
  }
  private loaded() {
    if (BrowserWindow.loadError) throw BrowserWindow.loadError
  }
  getNormalBounds() {
    return this.normalBounds
  }
  isMaximized() {
    return this.maximized
  }
  isMinimized() {
    return false
  }
  isDestroyed() {
    return this.destroyed
  }
}

class FakeApp extends EventEmitter {
  isPackaged = false
  readonly paths = new Map<string, string>()
  gotSingleInstanceLock = true
  /** As Electron: before-quit, then (windows closing in between) will-quit; either may cancel. */
  readonly quit = vi.fn(() => {
    for (const name of ['before-quit', 'will-quit']) {
      const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) }
      this.emit(name, event)
      if (event.defaultPrevented) return
    }
  })
  readonly whenReady = vi.fn(async () => {})
  setPath(name: string, path: string) {
    if (!existsSync(path)) throw new Error(`Failed to set path: ${path} does not exist`)
    this.paths.set(name, path)
  }
  getPath(name: string) {
    return this.paths.get(name) ?? `/fake/${name}`
  }
  getVersion() {
    return '0.1.0-test'
  }
  requestSingleInstanceLock() {
    return this.gotSingleInstanceLock
  }
  loginItem = { openAtLogin: false, wasOpenedAtLogin: false }
  readonly setLoginItemSettings = vi.fn((settings: { openAtLogin?: boolean }) => {
    this.loginItem.openAtLogin = settings.openAtLogin ?? false
  })
  getLoginItemSettings() {
    return { ...this.loginItem }
  }
  readonly setAppUserModelId = vi.fn()
}

export const app = new FakeApp()

export const ipcMain = {
  handlers: new Map<string, Handler>(),
  handle(channel: string, handler: Handler) {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`)
    this.handlers.set(channel, handler)
  },
}

export const ipcRenderer = {
  invoke: vi.fn(async (_channel: string, _input: unknown): Promise<unknown> => undefined),
  on: vi.fn(),
  removeListener: vi.fn(),
}

export const contextBridge = { exposeInMainWorld: vi.fn() }
export const shell = { openExternal: vi.fn(async (_url: string) => {}), openPath: vi.fn(async (_path: string) => '') }
export const dialog = { showErrorBox: vi.fn(), showMessageBoxSync: vi.fn((_window: unknown, _options: unknown) => 1) }
export const screen = {
  displays: [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }],
  getAllDisplays() {
    return this.displays
  },
}
export const Menu = {
  buildFromTemplate: vi.fn((template: unknown) => ({ template })),
  setApplicationMenu: vi.fn(),
}

export const protocol = {
  handlers: new Map<string, (request: Request) => Promise<Response> | Response>(),
  registerSchemesAsPrivileged: vi.fn(),
  handle(scheme: string, handler: (request: Request) => Promise<Response> | Response) {
    this.handlers.set(scheme, handler)
  },
}

export class FakeNativeImage {
  constructor(readonly path: string) {}
  isEmpty() {
    return !existsSync(this.path)
  }
}

export const nativeImage = { createFromPath: (path: string) => new FakeNativeImage(path) }
export const powerMonitor = new EventEmitter()
export const nativeTheme = { themeSource: 'system' as 'system' | 'light' | 'dark' }
/** No key store here: calendar secrets go to the 0600 file, as in the browser app. */
export const safeStorage = {
  isEncryptionAvailable: () => false,
  encryptString: (plain: string) => Buffer.from(plain),
  decryptString: (data: Buffer) => data.toString(),
}

export class Tray extends EventEmitter {
  static trays: Tray[] = []
  menu: { template: unknown } | null = null
  toolTip = ''
  destroyed = false
  constructor(readonly image: FakeNativeImage) {
    super()
    Tray.trays.push(this)
  }
  setContextMenu(menu: { template: unknown } | null) {
    this.menu = menu
  }
  setToolTip(text: string) {
    this.toolTip = text
  }
  destroy() {
    this.destroyed = true
  }
  isDestroyed() {
    return this.destroyed
  }
}

export class Notification extends EventEmitter {
  static supported = true
  static shown: Notification[] = []
  static isSupported() {
    return Notification.supported
  }
  closed = false
  constructor(readonly options: { title: string; body: string }) {
    super()
  }
  /** Only hands it over, as Electron does: the test emits 'show' or 'failed' as the system would. */
  show() {
    Notification.shown.push(this)
  }
  close() {
    this.closed = true
    this.emit('close')
  }
}

export function resetFakeElectron() {
  Notification.supported = true
  Notification.shown = []
  app.removeAllListeners()
  app.paths.clear()
  app.isPackaged = false
  app.gotSingleInstanceLock = true
  app.loginItem = { openAtLogin: false, wasOpenedAtLogin: false }
  protocol.handlers.clear()
  nativeTheme.themeSource = 'system'
  Tray.trays = []
  powerMonitor.removeAllListeners()
  ipcMain.handlers.clear()
  BrowserWindow.windows = []
  BrowserWindow.focused = null
  BrowserWindow.loadError = null
  screen.displays = [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }]
  vi.clearAllMocks()
}
