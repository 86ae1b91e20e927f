import { join } from 'node:path'
import { BrowserWindow, dialog, screen, type Rectangle, type WebPreferences } from 'electron'
import { z } from 'zod'
import { FIRST_PAINT_CHANNEL } from '../../shared/api/bridge'
import type { SettingsBackend } from '../host/host'
import { rendererUrl, type RendererLocation } from './renderer-location'
import { desktopResourcePath } from './resources'

/** The electron-store key holding the main window's last position, size and maximized state. */
export const WINDOW_STATE_KEY = 'window'

const DEFAULT_SIZE = { width: 1280, height: 800 }
const MIN_SIZE = { width: 720, height: 480 }
/** How much of a saved window must lie on a display for the user to see and grab it. */
const MIN_VISIBLE = { width: 120, height: 48 }

const windowStateSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(MIN_SIZE.width),
  height: z.number().int().min(MIN_SIZE.height),
  maximized: z.boolean(),
})
export type WindowState = z.output<typeof windowStateSchema>

export interface InitialWindowState {
  bounds: Partial<Rectangle> & { width: number; height: number }
  maximized: boolean
}

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  }
}

/**
 * Where the window opens: its saved place if enough of it is on a display that is connected now
 * (a monitor may have been unplugged since), else the saved size centred by the system.
 */
export function initialWindowState(saved: unknown, workAreas: Rectangle[]): InitialWindowState {
  const parsed = windowStateSchema.safeParse(saved)
  if (!parsed.success) return { bounds: { ...DEFAULT_SIZE }, maximized: false }
  const { maximized, ...bounds } = parsed.data
  const onScreen = workAreas.some((area) => {
    const shared = overlap(bounds, area)
    return shared.width >= MIN_VISIBLE.width && shared.height >= MIN_VISIBLE.height
  })
  return { bounds: onScreen ? bounds : { width: bounds.width, height: bounds.height }, maximized }
}

/** The renderer runs as a web page with no Node and no Electron; it reaches the host only through the preload. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
  }
}

function saveState(window: BrowserWindow, store: SettingsBackend): void {
  const state: WindowState = { ...window.getNormalBounds(), maximized: window.isMaximized() }
  store.set(WINDOW_STATE_KEY, state)
}

/**
 * The page asks to stay (beforeunload) while a form holds unsaved changes. Electron would silently
 * keep the window open, so the user is asked; leaving lets the close or quit go ahead.
 */
function confirmDiscard(window: BrowserWindow): boolean {
  const choice = dialog.showMessageBoxSync(window, {
    type: 'question',
    buttons: ['Discard Changes', 'Keep Editing'],
    defaultId: 1,
    cancelId: 1,
    message: 'You have unsaved changes.',
    detail: 'Close and discard them?',
  })
  return choice === 0
}

/**
 * The longest a ready page may take to say its first screen is painted before the window shows anyway:
 * a page that fails before it can say so must still be seen, with whatever it shows.
 */
export const MOST_WAIT_FOR_FIRST_PAINT_MS = 3000

/**
 * Shows the window once its page is ready (ready-to-show: the first frame is rendered) and has said
 * that the board's first cards are painted (FIRST_PAINT_CHANNEL), so it never opens blank or on a
 * "Loading…" board. Only this window's page can say so (webContents.ipc takes only its own messages).
 */
function showOnFirstPaint(window: BrowserWindow, maximized: boolean): void {
  let pageReady = false
  let painted = false
  let shown = false
  let fallback: ReturnType<typeof setTimeout> | undefined
  const show = () => {
    clearTimeout(fallback)
    if (shown || window.isDestroyed()) return
    shown = true
    if (maximized) window.maximize()
    window.show()
  }
  window.once('ready-to-show', () => {
    pageReady = true
    if (painted) show()
    else fallback = setTimeout(show, MOST_WAIT_FOR_FIRST_PAINT_MS)
  })
  window.webContents.ipc.once(FIRST_PAINT_CHANNEL, () => {
    painted = true
    if (pageReady) show()
  })
  window.once('closed', () => clearTimeout(fallback))
}

export function createMainWindow(options: { store: SettingsBackend; renderer: RendererLocation }): BrowserWindow {
  const workAreas = screen.getAllDisplays().map((display) => display.workArea)
  const initial = initialWindowState(options.store.get(WINDOW_STATE_KEY), workAreas)
  const window = new BrowserWindow({
    ...initial.bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: 'Debrief',
    // macOS and Windows take the icon from the app bundle; Linux window managers need it from the window.
    ...(process.platform === 'linux' ? { icon: desktopResourcePath('icons', '256x256.png') } : {}),
    show: false,
    webPreferences: secureWebPreferences(join(import.meta.dirname, '../preload/index.cjs')),
  })
  showOnFirstPaint(window, initial.maximized)
  window.on('close', () => saveState(window, options.store))
  window.webContents.on('will-prevent-unload', (event) => {
    if (confirmDiscard(window)) event.preventDefault()
  })

  window.loadURL(rendererUrl(options.renderer)).catch((error: unknown) => {
    // Without its page the window would never become ready to show, and Debrief would seem not to start.
    console.error('[debrief] the window could not load its page:', error)
    dialog.showErrorBox('Debrief could not load its window', error instanceof Error ? error.message : String(error))
    if (!window.isDestroyed()) window.show()
  })
  return window
}
