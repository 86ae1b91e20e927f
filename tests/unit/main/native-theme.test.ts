import { beforeEach, describe, expect, it, vi } from 'vitest'
import { setupNativeTheme } from '../../../electron/main/native-theme'
import { shellHost } from './fake-host'
import { nativeTheme, resetFakeElectron } from './fake-electron'

vi.mock('electron', () => import('./fake-electron'))

describe('setupNativeTheme', () => {
  beforeEach(() => resetFakeElectron())

  it("gives the title bar, menus and dialogs the user's theme, and the OS's for 'system'", async () => {
    const { host, setPreferences } = shellHost({ theme: 'dark' })
    setupNativeTheme(host)
    await vi.waitFor(() => expect(nativeTheme.themeSource).toBe('dark'))

    setPreferences({ theme: 'light' })
    await vi.waitFor(() => expect(nativeTheme.themeSource).toBe('light'))
    setPreferences({ theme: 'system' })
    await vi.waitFor(() => expect(nativeTheme.themeSource).toBe('system'))
  })
})
