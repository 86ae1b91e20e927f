import { existsSync } from 'node:fs'
import { basename, dirname, isAbsolute } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import {
  createMainWindow,
  initialWindowState,
  MOST_WAIT_FOR_FIRST_PAINT_MS,
  secureWebPreferences,
  WINDOW_STATE_KEY,
} from '../../../electron/main/window'
import { FIRST_PAINT_CHANNEL } from '../../../shared/api/bridge'
import { BrowserWindow, dialog, resetFakeElectron, screen } from './fake-electron'

vi.mock('electron', () => import('./fake-electron'))

function memoryStore(initial: Record<string, unknown> = {}) {
  const values = new Map(Object.entries(initial))
  return { get: (key: string) => values.get(key), set: (key: string, value: unknown) => void values.set(key, value) }
}

const devServer = { kind: 'dev-server', url: 'http://localhost:5173' } as const
const laptop = { x: 0, y: 0, width: 1440, height: 900 }
const rightMonitor = { x: 1440, y: 0, width: 2560, height: 1440 }

describe('secureWebPreferences', () => {
  it('isolates the page from Node and Electron', () => {
    expect(secureWebPreferences('/app/out/preload/index.cjs')).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    })
  })
})

describe('initialWindowState', () => {
  const saved = { x: 1600, y: 100, width: 1200, height: 800, maximized: false }

  it('restores a window that is on a connected display', () => {
    expect(initialWindowState(saved, [laptop, rightMonitor])).toEqual({
      bounds: { x: 1600, y: 100, width: 1200, height: 800 },
      maximized: false,
    })
  })

  it('keeps the size but lets the system place a window whose monitor is gone', () => {
    expect(initialWindowState(saved, [laptop])).toEqual({ bounds: { width: 1200, height: 800 }, maximized: false })
  })

  it('does not count a sliver at the edge of a display as visible', () => {
    const mostlyOff = { ...saved, x: laptop.width - 10 }
    expect(initialWindowState(mostlyOff, [laptop]).bounds).toEqual({ width: 1200, height: 800 })
  })

  it.each([undefined, null, 'corrupt', { x: 0, y: 0, width: 10, height: 10, maximized: false }, { ...saved, x: 'a' }])(
    'falls back to the default size for unusable saved state %j',
    (value) => {
      expect(initialWindowState(value, [laptop])).toEqual({ bounds: { width: 1280, height: 800 }, maximized: false })
    },
  )
})

describe('createMainWindow', () => {
  beforeEach(() => {
    resetFakeElectron()
    screen.displays = [{ workArea: laptop }]
  })

  it('opens with the secure preferences and the bundled preload', () => {
    const window = createMainWindow({ store: memoryStore(), renderer: devServer }) as unknown as BrowserWindow
    const preferences = window.options.webPreferences as { preload: string }

    expect(preferences).toEqual(secureWebPreferences(preferences.preload))
    expect(isAbsolute(preferences.preload)).toBe(true)
    expect(basename(preferences.preload)).toBe('index.cjs')
    expect(basename(dirname(preferences.preload))).toBe('preload')
  })

  it.runIf(process.platform === 'linux')(
    'gives the window the app icon on Linux, where the window manager asks',
    () => {
      const window = createMainWindow({ store: memoryStore(), renderer: devServer }) as unknown as BrowserWindow
      const icon = window.options.icon as string

      expect(basename(icon)).toBe('256x256.png')
      expect(existsSync(icon)).toBe(true)
    },
  )

  it('shows the window only once its page is ready and its first cards are painted, maximized if it was', () => {
    const store = memoryStore({ [WINDOW_STATE_KEY]: { x: 20, y: 20, width: 1000, height: 700, maximized: true } })
    const window = createMainWindow({ store, renderer: devServer }) as unknown as BrowserWindow

    expect(window.options).toMatchObject({ x: 20, y: 20, width: 1000, height: 700, show: false })
    window.emit('ready-to-show')
    expect(window.show).not.toHaveBeenCalled()
    window.webContents.ipc.emit(FIRST_PAINT_CHANNEL, {})
    expect(window.maximize).toHaveBeenCalled()
    expect(window.show).toHaveBeenCalledTimes(1)
  })

  it('shows the window at once when its page is ready after the first cards were painted, and only once', () => {
    const window = createMainWindow({ store: memoryStore(), renderer: devServer }) as unknown as BrowserWindow

    window.webContents.ipc.emit(FIRST_PAINT_CHANNEL, {})
    expect(window.show).not.toHaveBeenCalled()
    window.emit('ready-to-show')
    window.webContents.ipc.emit(FIRST_PAINT_CHANNEL, {})
    expect(window.show).toHaveBeenCalledTimes(1)
    expect(window.maximize).not.toHaveBeenCalled()
  })

  it('shows a ready window whose page never says its cards are painted, after a while', () => {
    vi.useFakeTimers()
    try {
      const window = createMainWindow({ store: memoryStore(), renderer: devServer }) as unknown as BrowserWindow
      window.emit('ready-to-show')
      vi.advanceTimersByTime(MOST_WAIT_FOR_FIRST_PAINT_MS - 1)
      expect(window.show).not.toHaveBeenCalled()
      vi.advanceTimersByTime(1)
      expect(window.show).toHaveBeenCalledTimes(1)
      window.webContents.ipc.emit(FIRST_PAINT_CHANNEL, {})
      expect(window.show).toHaveBeenCalledTimes(1)
    } finally {
      vi.useRealTimers()
    }
  })

  it('remembers where the window was when it closes', () => {
    const store = memoryStore()
    const window = createMainWindow({ store, renderer: devServer }) as unknown as BrowserWindow
    window.normalBounds = { x: 40, y: 50, width: 1100, height: 750 }
    window.maximized = true

    window.emit('close')

    expect(store.get(WINDOW_STATE_KEY)).toEqual({ x: 40, y: 50, width: 1100, height: 750, maximized: true })
    const reopened = createMainWindow({ store, renderer: devServer }) as unknown as BrowserWindow
    expect(reopened.options).toMatchObject({ x: 40, y: 50, width: 1100, height: 750 })
  })

  it('loads the dev server while developing and the built page from app:// otherwise, never file://', () => {
    const dev = createMainWindow({ store: memoryStore(), renderer: devServer }) as unknown as BrowserWindow
    const built = createMainWindow({
      store: memoryStore(),
      renderer: { kind: 'app', root: '/opt/Debrief/out/renderer' },
    }) as unknown as BrowserWindow

    expect(dev.loadURL).toHaveBeenCalledWith('http://localhost:5173')
    expect(built.loadURL).toHaveBeenCalledWith('app://debrief/index.html')
    expect(built.loadFile).not.toHaveBeenCalled()
  })

  it('says so, and shows the window, when its page cannot load', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    BrowserWindow.loadError = new Error("ERR_FILE_NOT_FOUND (-6) loading 'app://debrief/index.html'")
    const renderer = { kind: 'app', root: '/missing' } as const
    const window = createMainWindow({ store: memoryStore(), renderer }) as unknown as BrowserWindow

    await vi.waitFor(() => expect(window.show).toHaveBeenCalled())
    expect(dialog.showErrorBox).toHaveBeenCalledWith(
      'Debrief could not load its window',
      expect.stringMatching(/ERR_FILE_NOT_FOUND/),
    )
  })

  it.each([
    ['discards', 0, true],
    ['keeps editing', 1, false],
  ])('asks before closing over unsaved changes; the user %s', (_choice, button, closes) => {
    const window = createMainWindow({ store: memoryStore(), renderer: devServer }) as unknown as BrowserWindow
    dialog.showMessageBoxSync.mockReturnValueOnce(button)
    const event = { preventDefault: vi.fn() }

    window.webContents.emit('will-prevent-unload', event)

    expect(dialog.showMessageBoxSync).toHaveBeenCalledWith(window, expect.objectContaining({ cancelId: 1 }))
    expect(event.preventDefault).toHaveBeenCalledTimes(closes ? 1 : 0)
  })
})
