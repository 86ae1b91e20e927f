import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Host, HostOptions } from '../../../electron/host/host'
import { QUIT_SIGNALS } from '../../../electron/host/interrupts'
import { LOGIN_FLAG } from '../../../electron/main/login-item'
import { READY_SIGNAL } from '../../../electron/main/ready-signal'
import { OPEN_INTERVIEW_CHANNEL } from '../../../shared/api/bridge'
import type { Notice } from '../../../shared/api/contract'
import { DEFAULT_PREFERENCES, type Preferences } from '../../../shared/domain/settings'
import type * as fakeElectron from './fake-electron'

/** The entry file runs on import, as in Electron; each case imports it afresh against reset fakes. */
vi.mock('electron', () => import('./fake-electron'))
vi.mock('electron-store', () => ({
  default: class FakeStore {
    readonly values = new Map<string, unknown>()
    constructor(readonly options: { cwd: string; name: string }) {}
    get(key: string) {
      return this.values.get(key)
    }
    set(key: string, value: unknown) {
      this.values.set(key, value)
    }
  },
}))
vi.mock('../../../electron/host/starting-host', () => ({ startHost: vi.fn() }))

type FakeElectron = typeof fakeElectron

let dataDir: string

/** The notice the host shows while it holds two changes the disk refused. */
const heldNotice: Notice = {
  id: 'held',
  level: 'error',
  message: "Debrief can't save to /data: the disk is full (ENOSPC).",
  at: '2026-11-20T09:00:00.000Z',
  unsavedChanges: 2,
}

/**
 * As the real startHost does once it holds the lock: opens the settings store through the door's
 * function, and returns the host, whose reading of the interviews ends with `opened`.
 */
function resolvesWith(startHost: ReturnType<typeof vi.fn>, host: Host, opened: Promise<Host> = Promise.resolve(host)) {
  startHost.mockImplementation(async (options: HostOptions) => {
    if (typeof options.settings === 'function') options.settings()
    return { host, opened }
  })
}

async function launch(
  configure: (electron: FakeElectron, startHost: ReturnType<typeof vi.fn>) => Promise<void> | void,
) {
  vi.resetModules()
  const electron = (await import('electron')) as unknown as FakeElectron
  electron.resetFakeElectron()
  const { startHost } = (await import('../../../electron/host/starting-host')) as unknown as {
    startHost: ReturnType<typeof vi.fn>
  }
  await configure(electron, startHost)
  await import('../../../electron/main/index')
  return { electron, startHost }
}

function fakeHost(
  preferences: Partial<Preferences> = {},
  notices: Notice[] = [],
): Host & { close: ReturnType<typeof vi.fn> } {
  const api = {
    getPreferences: async () => ({ ...DEFAULT_PREFERENCES, ...preferences }),
    listInterviews: async () => [],
    listUpcomingInterviews: async () => [],
    getHostInfo: async () => ({
      version: '1',
      dataDir,
      notices,
      canUndo: false,
      canRedo: false,
      reminders: { notifications: 'available' as const, pending: 0 },
    }),
  } as Partial<Host['api']> as Host['api']
  return {
    dataDir,
    api,
    onEvent: () => () => {},
    refreshReminders: vi.fn(),
    addNotice: vi.fn(),
    upcomingFollowUps: () => [],
    heldChanges: () => notices.reduce((sum, notice) => sum + (notice.unsavedChanges ?? 0), 0),
    takeDownload: () => undefined,
    close: vi.fn(async () => {}),
  }
}

/** The test process's own signal handlers: the app takes the quit signals over, each case gives them back. */
const signalListeners = QUIT_SIGNALS.map((signal) => [signal, process.listeners(signal)] as const)

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'debrief-main-'))
  vi.stubEnv('DEBRIEF_DATA_DIR', dataDir)
  vi.spyOn(console, 'error').mockImplementation(() => {})
})

afterEach(() => {
  for (const [signal, listeners] of signalListeners) {
    process.removeAllListeners(signal)
    for (const listener of listeners) process.on(signal, listener)
  }
  Reflect.deleteProperty(globalThis, READY_SIGNAL)
  vi.unstubAllEnvs()
  vi.restoreAllMocks()
  rmSync(dataDir, { recursive: true, force: true })
})

describe('starting the desktop app', () => {
  it('opens the host on the data folder with settings.json as its store, then the window', async () => {
    const host = fakeHost()
    const { electron, startHost } = await launch((_electron, startHost) => {
      resolvesWith(startHost, host)
    })
    await vi.waitFor(() => expect(electron.BrowserWindow.windows).toHaveLength(1))

    expect(electron.app.getPath('userData')).toBe(dataDir)
    const options = startHost.mock.calls[0]?.[0] as HostOptions
    expect(options).toMatchObject({ dataDir, version: '0.1.0-test' })
    const openSettings = options.settings as unknown as () => { options: unknown }
    expect(openSettings().options).toEqual({ cwd: dataDir, name: 'settings' })
    expect(electron.ipcMain.handlers.size).toBeGreaterThan(0)
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalled()
  })

  it('creates the data folder on first run', async () => {
    const firstRun = join(dataDir, 'not', 'there', 'yet')
    vi.stubEnv('DEBRIEF_DATA_DIR', firstRun)
    const { electron } = await launch((_electron, startHost) => {
      resolvesWith(startHost, fakeHost())
    })
    await vi.waitFor(() => expect(electron.BrowserWindow.windows).toHaveLength(1))

    expect(existsSync(firstRun)).toBe(true)
    expect(electron.app.getPath('userData')).toBe(firstRun)
  })

  it('explains a bad --data-dir instead of crashing', async () => {
    const argv = process.argv
    process.argv = [...argv, '--data-dir']
    try {
      const { electron, startHost } = await launch(() => {})
      await vi.waitFor(() => expect(electron.dialog.showErrorBox).toHaveBeenCalled())

      expect(electron.dialog.showErrorBox.mock.calls[0]?.[1]).toMatch(/--data-dir needs a folder/)
      expect(electron.app.quit).toHaveBeenCalled()
      expect(startHost).not.toHaveBeenCalled()
    } finally {
      process.argv = argv
    }
  })

  it('leaves settings.json to the host, which opens it only once it holds the lock', async () => {
    writeFileSync(join(dataDir, 'settings.json'), '{ torn')
    const { electron, startHost } = await launch((_electron, startHost) => {
      startHost.mockRejectedValue(new Error('locked elsewhere'))
    })
    await vi.waitFor(() => expect(electron.dialog.showErrorBox).toHaveBeenCalled())

    const { settings } = startHost.mock.calls[0]?.[0] as HostOptions
    expect(settings).toBeTypeOf('function')
    expect(readFileSync(join(dataDir, 'settings.json'), 'utf8')).toBe('{ torn')
  })

  it('shows the window while the host reads the interviews, and says so and quits should the read fail', async () => {
    let failRead = (_error: Error) => {}
    const reading = new Promise<Host>((_resolve, reject) => (failRead = reject))
    const { electron } = await launch((_electron, startHost) => {
      resolvesWith(startHost, fakeHost(), reading)
    })
    await vi.waitFor(() => expect(electron.BrowserWindow.windows).toHaveLength(1))
    expect(electron.dialog.showErrorBox).not.toHaveBeenCalled()

    failRead(new Error('interviews.json is damaged'))
    await vi.waitFor(() => expect(electron.dialog.showErrorBox).toHaveBeenCalled())
    const [title, message] = electron.dialog.showErrorBox.mock.calls[0] as [string, string]
    expect(title).toBe('Debrief cannot open its data folder')
    expect(message).toMatch(/interviews\.json is damaged/)
    expect(electron.app.quit).toHaveBeenCalled()
  })

  it('says which process holds a locked data folder, and quits without a window', async () => {
    const { electron } = await launch(async (_electron, startHost) => {
      const { DataFolderLockedError } = await import('../../../electron/host/storage/lock')
      const owner = { pid: 4242, hostname: 'here', startedAt: '' }
      startHost.mockRejectedValue(new DataFolderLockedError(owner, 'here', '/data/debrief.lock'))
    })
    await vi.waitFor(() => expect(electron.dialog.showErrorBox).toHaveBeenCalled())

    const [, message] = electron.dialog.showErrorBox.mock.calls[0] as [string, string]
    expect(message).toMatch(/already open by PID 4242/)
    expect(electron.app.quit).toHaveBeenCalled()
    expect(electron.BrowserWindow.windows).toHaveLength(0)
    expect(electron.ipcMain.handlers.size).toBe(0)
  })

  it('hands a second launch on the same folder to the first and does not open the host', async () => {
    const { electron, startHost } = await launch((electron) => {
      electron.app.gotSingleInstanceLock = false
    })

    expect(electron.app.quit).toHaveBeenCalled()
    expect(startHost).not.toHaveBeenCalled()
  })

  it('a click on "How did it go at Acme?" brings the window forward and asks it for that quick debrief', async () => {
    const { electron, startHost } = await launch((_electron, startHost) => {
      resolvesWith(startHost, fakeHost())
    })
    await vi.waitFor(() => expect(electron.BrowserWindow.windows).toHaveLength(1))
    const { notifier } = startHost.mock.calls[0]?.[0] as HostOptions
    const showing = notifier!.show({
      title: 'How did it go at Acme?',
      body: '…',
      interviewId: 'acme-1',
      view: 'quick-debrief',
    })
    electron.Notification.shown[0]!.emit('show', {})
    await showing

    electron.Notification.shown[0]!.emit('click')

    const window = electron.BrowserWindow.windows[0]!
    expect(window.focus).toHaveBeenCalled()
    expect(window.webContents.send).toHaveBeenCalledWith(OPEN_INTERVIEW_CHANNEL, {
      interviewId: 'acme-1',
      view: 'quick-debrief',
    })
  })

  it('brings the window forward when the user launches Debrief again', async () => {
    const { electron } = await launch((_electron, startHost) => {
      resolvesWith(startHost, fakeHost())
    })
    await vi.waitFor(() => expect(electron.BrowserWindow.windows).toHaveLength(1))

    electron.app.emit('second-instance')

    expect(electron.BrowserWindow.windows[0]?.focus).toHaveBeenCalled()
  })

  it('closes the host exactly once on quit, then lets the app quit', async () => {
    const host = fakeHost()
    let finishClosing = () => {}
    host.close.mockImplementation(() => new Promise<void>((resolve) => (finishClosing = resolve)))
    const { electron } = await launch((_electron, startHost) => {
      resolvesWith(startHost, host)
    })
    await vi.waitFor(() => expect(electron.BrowserWindow.windows).toHaveLength(1))
    const quits: boolean[] = []
    electron.app.on('will-quit', (event: { defaultPrevented: boolean }) =>
      queueMicrotask(() => quits.push(event.defaultPrevented)),
    )

    electron.app.quit()
    electron.app.quit()
    expect(host.close).toHaveBeenCalledTimes(1)

    finishClosing()
    await vi.waitFor(() => expect(quits).toEqual([true, true, false]))
    electron.app.quit()
    expect(host.close).toHaveBeenCalledTimes(1)
  })

  it.each([
    [0, 'stays open and shows the window'],
    [1, 'quits'],
  ])('asks before quitting with changes the disk refused; answer %i %s', async (answer, outcome) => {
    const host = fakeHost({}, [heldNotice])
    const { electron } = await launch((fake, startHost) => {
      fake.dialog.showMessageBoxSync.mockReturnValue(answer)
      resolvesWith(startHost, host)
    })
    await vi.waitFor(() => expect(electron.BrowserWindow.windows).toHaveLength(1))
    electron.BrowserWindow.windows[0]!.emit('closed')

    electron.app.quit()

    const [options] = electron.dialog.showMessageBoxSync.mock.calls.at(-1) as unknown as [{ message: string }]
    expect(options.message).toBe('Debrief could not save your last 2 changes yet.')
    if (outcome === 'quits') expect(host.close).toHaveBeenCalledTimes(1)
    else {
      expect(host.close).not.toHaveBeenCalled()
      expect(electron.BrowserWindow.windows).toHaveLength(2)
    }
  })

  it('warns on the first Ctrl+C with changes held, in the terminal and the window, and quits on a second', async () => {
    const host = fakeHost({}, [heldNotice])
    const { electron } = await launch((_electron, startHost) => {
      resolvesWith(startHost, host)
    })
    await vi.waitFor(() => expect(electron.BrowserWindow.windows).toHaveLength(1))
    // The app's own handler only: no library's (conf's when-exit) stays to re-send the signal.
    expect(process.listeners('SIGINT')).toHaveLength(1)
    const [interrupt] = process.listeners('SIGINT') as Array<(signal: string) => void>
    await new Promise((resolve) => setTimeout(resolve, 0)) // the held count is read from the host's notices

    interrupt!('SIGINT')
    expect(electron.app.quit).not.toHaveBeenCalled()
    expect(host.addNotice).toHaveBeenCalledWith(
      'error',
      expect.stringContaining('Press Ctrl+C again in its terminal within 5 seconds to quit anyway and lose them'),
    )
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining('could not save your last 2 changes'))

    interrupt!('SIGINT')
    expect(host.close).toHaveBeenCalledTimes(1)
    expect(electron.dialog.showMessageBoxSync).not.toHaveBeenCalled()
  })

  it('keeps the host open when the quit is called off, as when the user keeps editing', async () => {
    const host = fakeHost()
    const { electron } = await launch((_electron, startHost) => {
      resolvesWith(startHost, host)
    })
    await vi.waitFor(() => expect(electron.BrowserWindow.windows).toHaveLength(1))
    electron.app.on('before-quit', (event: { preventDefault: () => void }) => event.preventDefault())

    electron.app.quit()

    expect(host.close).not.toHaveBeenCalled()
  })
})

describe('the desktop shell around the window', () => {
  it('declares app:// as a secure standard scheme before ready, serves the built page from it, then says it is ready', async () => {
    const { electron } = await launch((electron, startHost) => {
      resolvesWith(startHost, fakeHost())
      electron.app.whenReady.mockImplementation(async () => {
        expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
          {
            scheme: 'app',
            privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true }),
          },
        ])
      })
    })
    await vi.waitFor(() => expect(Reflect.get(globalThis, READY_SIGNAL)).toBe(true))

    expect(electron.protocol.handlers.has('app')).toBe(true)
    expect(electron.BrowserWindow.windows[0]?.loadURL).toHaveBeenCalledWith('app://debrief/index.html')
  })

  it.each([
    [true, 'keeps running in the tray'],
    [false, 'quits'],
  ])('with keepRunningInTray %s, closing the last window %s', async (keepRunningInTray, _outcome) => {
    const { electron } = await launch((_electron, startHost) => {
      resolvesWith(startHost, fakeHost({ keepRunningInTray }))
    })
    await vi.waitFor(() => expect(Reflect.get(globalThis, READY_SIGNAL)).toBe(true))
    await vi.waitFor(() =>
      expect(electron.Tray.trays.filter((tray) => !tray.destroyed)).toHaveLength(keepRunningInTray ? 1 : 0),
    )

    electron.app.emit('window-all-closed')

    expect(electron.app.quit).toHaveBeenCalledTimes(keepRunningInTray ? 0 : 1)
  })

  it.each([
    [true, 0],
    [false, 1],
  ])('started at login with keepRunningInTray %s, opens %i windows', async (keepRunningInTray, windows) => {
    const argv = process.argv
    process.argv = [...argv, LOGIN_FLAG]
    try {
      const { electron } = await launch((_electron, startHost) => {
        resolvesWith(startHost, fakeHost({ keepRunningInTray }))
      })
      await vi.waitFor(() => expect(Reflect.get(globalThis, READY_SIGNAL)).toBe(true))
      expect(electron.BrowserWindow.windows).toHaveLength(windows)

      electron.app.emit('second-instance')
      expect(electron.BrowserWindow.windows).toHaveLength(1)
    } finally {
      process.argv = argv
    }
  })

  it('asks the reminder scheduler to look again when the computer wakes up', async () => {
    const host = fakeHost()
    const { electron } = await launch((_electron, startHost) => {
      resolvesWith(startHost, host)
    })
    await vi.waitFor(() => expect(Reflect.get(globalThis, READY_SIGNAL)).toBe(true))

    electron.powerMonitor.emit('resume')

    expect(host.refreshReminders).toHaveBeenCalledTimes(1)
  })
})
