import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  autostartEntry,
  autostartFolder,
  desktopExecArgument,
  LOGIN_FLAG,
  loginLaunch,
  setupLoginItem,
  wasStartedAtLogin,
} from '../../../electron/main/login-item'
import { shellHost } from './fake-host'
import { app, resetFakeElectron } from './fake-electron'

vi.mock('electron', () => import('./fake-electron'))

const platform = process.platform

function onPlatform(name: NodeJS.Platform) {
  Object.defineProperty(process, 'platform', { value: name, configurable: true })
}

describe('the XDG autostart entry', () => {
  it('runs the AppImage file rather than its temporary mount, on the same data folder', () => {
    const launch = loginLaunch({
      execPath: '/tmp/.mount_DebriefX1/debrief',
      env: { APPIMAGE: '/home/dana/Apps/Debrief.AppImage' },
      dataDir: '/home/dana/debrief data',
      defaultDataDir: '/home/dana/.config/Debrief',
    })
    expect(launch).toEqual({
      executable: '/home/dana/Apps/Debrief.AppImage',
      args: [LOGIN_FLAG, '--data-dir', '/home/dana/debrief data'],
    })
    expect(loginLaunch({ execPath: '/opt/Debrief/debrief', env: {}, dataDir: '/d', defaultDataDir: '/d' })).toEqual({
      executable: '/opt/Debrief/debrief',
      args: [LOGIN_FLAG],
    })
  })

  it('quotes and escapes Exec arguments as the desktop entry spec requires', () => {
    expect(desktopExecArgument('/opt/Debrief/debrief')).toBe('/opt/Debrief/debrief')
    expect(desktopExecArgument('/home/dana/debrief data')).toBe('"/home/dana/debrief data"')
    expect(desktopExecArgument('/home/dana/100%')).toBe('/home/dana/100%%')
    expect(desktopExecArgument('/data/$HOME')).toBe('"/data/\\\\$HOME"')
    expect(desktopExecArgument('/data/a"b')).toBe('"/data/a\\\\"b"')
    expect(desktopExecArgument('/data/back\\slash')).toBe('"/data/back\\\\\\\\slash"')
  })

  it('is a desktop entry that starts Debrief in the tray', () => {
    const entry = autostartEntry({ executable: '/opt/Debrief/debrief', args: [LOGIN_FLAG] })
    expect(entry.split('\n')).toEqual(
      expect.arrayContaining([
        '[Desktop Entry]',
        'Type=Application',
        'Name=Debrief',
        `Exec=/opt/Debrief/debrief ${LOGIN_FLAG}`,
        'Icon=debrief',
      ]),
    )
  })

  it('lives in $XDG_CONFIG_HOME/autostart, or ~/.config/autostart', () => {
    expect(autostartFolder({ XDG_CONFIG_HOME: '/xdg' }, '/home/dana')).toBe('/xdg/autostart')
    expect(autostartFolder({ XDG_CONFIG_HOME: 'relative' }, '/home/dana')).toBe('/home/dana/.config/autostart')
    expect(autostartFolder({}, '/home/dana')).toBe('/home/dana/.config/autostart')
  })
})

describe('setupLoginItem', () => {
  let configHome: string
  let autostartFile: string

  beforeEach(() => {
    resetFakeElectron()
    configHome = mkdtempSync(join(tmpdir(), 'debrief-xdg-'))
    autostartFile = join(configHome, 'autostart', 'debrief.desktop')
    vi.stubEnv('XDG_CONFIG_HOME', configHome)
    vi.stubEnv('APPIMAGE', '')
    app.isPackaged = true
  })

  afterEach(() => {
    onPlatform(platform)
    vi.unstubAllEnvs()
    rmSync(configHome, { recursive: true, force: true })
  })

  it('on Linux, writes the autostart entry when startAtLogin is turned on and removes it when turned off', async () => {
    onPlatform('linux')
    const { host, setPreferences } = shellHost({ startAtLogin: false })
    setupLoginItem({ host, dataDir: '/srv/debrief', defaultDataDir: '/home/dana/.config/Debrief' })
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(existsSync(autostartFile)).toBe(false)

    setPreferences({ startAtLogin: true })
    await vi.waitFor(() => expect(existsSync(autostartFile)).toBe(true))
    expect(readFileSync(autostartFile, 'utf8')).toContain(
      `Exec=${process.execPath} ${LOGIN_FLAG} --data-dir /srv/debrief`,
    )

    setPreferences({ startAtLogin: false })
    await vi.waitFor(() => expect(existsSync(autostartFile)).toBe(false))
  })

  it('on Windows, registers the executable with its arguments, quoting a path with spaces', async () => {
    onPlatform('win32')
    const { host, setPreferences } = shellHost({ startAtLogin: true })
    setupLoginItem({ host, dataDir: 'C:\\Users\\Dana Smith\\Debrief', defaultDataDir: 'C:\\AppData\\Debrief' })

    await vi.waitFor(() => expect(app.loginItem.openAtLogin).toBe(true))
    expect(app.setLoginItemSettings).toHaveBeenCalledWith({
      openAtLogin: true,
      path: process.execPath,
      args: [LOGIN_FLAG, '--data-dir', '"C:\\Users\\Dana Smith\\Debrief"'],
    })
    expect(existsSync(autostartFile)).toBe(false)

    setPreferences({ startAtLogin: false })
    await vi.waitFor(() => expect(app.loginItem.openAtLogin).toBe(false))
  })

  it('on macOS, registers the app and knows a login start by asking the system', async () => {
    onPlatform('darwin')
    const { host } = shellHost({ startAtLogin: true })
    setupLoginItem({ host, dataDir: '/d', defaultDataDir: '/d' })

    await vi.waitFor(() => expect(app.setLoginItemSettings).toHaveBeenCalledWith({ openAtLogin: true }))
    expect(wasStartedAtLogin([LOGIN_FLAG])).toBe(false)
    app.loginItem.wasOpenedAtLogin = true
    expect(wasStartedAtLogin([])).toBe(true)
  })

  it('leaves the system alone in a development build, which would register the bare Electron binary', async () => {
    onPlatform('linux')
    app.isPackaged = false
    const { host } = shellHost({ startAtLogin: true })
    setupLoginItem({ host, dataDir: '/d', defaultDataDir: '/d' })
    await new Promise((resolve) => setTimeout(resolve, 20))

    expect(existsSync(autostartFile)).toBe(false)
    expect(app.setLoginItemSettings).not.toHaveBeenCalled()
  })

  it('does not rewrite the entry when another preference changes', async () => {
    onPlatform('win32')
    const { host, setPreferences } = shellHost({ startAtLogin: true })
    setupLoginItem({ host, dataDir: '/d', defaultDataDir: '/d' })
    await vi.waitFor(() => expect(app.setLoginItemSettings).toHaveBeenCalledTimes(1))

    setPreferences({ theme: 'dark' })
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(app.setLoginItemSettings).toHaveBeenCalledTimes(1)
  })
})
