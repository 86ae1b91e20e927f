import { describe, expect, it } from 'vitest'
import { resolveDataDir, type DataDirInputs } from '../../../electron/host/data-dir'

const linux: DataDirInputs = { argv: [], env: {}, platform: 'linux', homedir: '/home/ada', cwd: '/work' }
const mac: DataDirInputs = { argv: [], env: {}, platform: 'darwin', homedir: '/Users/ada', cwd: '/work' }
const windows: DataDirInputs = {
  argv: [],
  env: { APPDATA: 'C:\\Users\\ada\\AppData\\Roaming' },
  platform: 'win32',
  homedir: 'C:\\Users\\ada',
  cwd: 'D:\\work',
}

describe('the default data folder (where Electron puts userData for "Debrief")', () => {
  it('on Linux: $XDG_CONFIG_HOME/Debrief, else ~/.config/Debrief', () => {
    expect(resolveDataDir(linux)).toBe('/home/ada/.config/Debrief')
    expect(resolveDataDir({ ...linux, env: { XDG_CONFIG_HOME: '/xdg' } })).toBe('/xdg/Debrief')
    expect(resolveDataDir({ ...linux, env: { XDG_CONFIG_HOME: 'relative' } })).toBe('/home/ada/.config/Debrief')
  })

  it('on macOS: ~/Library/Application Support/Debrief', () => {
    expect(resolveDataDir(mac)).toBe('/Users/ada/Library/Application Support/Debrief')
  })

  it('on Windows: %APPDATA%\\Debrief, else ~\\AppData\\Roaming\\Debrief', () => {
    expect(resolveDataDir(windows)).toBe('C:\\Users\\ada\\AppData\\Roaming\\Debrief')
    expect(resolveDataDir({ ...windows, env: {} })).toBe('C:\\Users\\ada\\AppData\\Roaming\\Debrief')
  })
})

describe('overrides', () => {
  it('--data-dir wins over DEBRIEF_DATA_DIR, in both spellings', () => {
    const env = { DEBRIEF_DATA_DIR: '/from/env' }
    expect(resolveDataDir({ ...linux, env, argv: ['--data-dir', '/from/flag'] })).toBe('/from/flag')
    expect(resolveDataDir({ ...linux, env, argv: ['app', '--data-dir=/from/flag'] })).toBe('/from/flag')
    expect(resolveDataDir({ ...linux, env })).toBe('/from/env')
  })

  it('resolves a relative folder against the working directory, per platform', () => {
    expect(resolveDataDir({ ...linux, argv: ['--data-dir', 'data'] })).toBe('/work/data')
    expect(resolveDataDir({ ...mac, env: { DEBRIEF_DATA_DIR: '../shared' } })).toBe('/shared')
    expect(resolveDataDir({ ...windows, argv: ['--data-dir=data'] })).toBe('D:\\work\\data')
  })

  it('rejects --data-dir without a folder', () => {
    expect(() => resolveDataDir({ ...linux, argv: ['--data-dir'] })).toThrow('--data-dir needs a folder after it')
    expect(() => resolveDataDir({ ...linux, argv: ['--data-dir', '--open'] })).toThrow(/needs a folder/)
    expect(() => resolveDataDir({ ...linux, argv: ['--data-dir='] })).toThrow(/needs a folder/)
  })
})
