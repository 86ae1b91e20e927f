import { describe, expect, it } from 'vitest'
import { safeStorageCipher } from '../../../electron/main/secret-cipher'

function fakeSafeStorage(available: boolean, backend?: string) {
  return {
    isEncryptionAvailable: () => available,
    encryptString: (plain: string) => Buffer.from(`sealed:${plain}`),
    decryptString: (data: Buffer) => data.toString().replace(/^sealed:/, ''),
    ...(backend ? { getSelectedStorageBackend: () => backend as 'gnome_libsecret' } : {}),
  }
}

describe('the desktop app’s calendar secret cipher', () => {
  it('encrypts with safeStorage when the system has a key store', () => {
    const cipher = safeStorageCipher(fakeSafeStorage(true, 'gnome_libsecret'), 'linux')!
    const sealed = cipher.encrypt('https://calendar.example.com/private-123/basic.ics')
    expect(sealed.toString()).toBe('sealed:https://calendar.example.com/private-123/basic.ics')
    expect(cipher.decrypt(sealed)).toBe('https://calendar.example.com/private-123/basic.ics')
    expect(safeStorageCipher(fakeSafeStorage(true), 'darwin')).toBeDefined()
  })

  it('passes no cipher when encryption is unavailable or only Linux’s hard-coded key would be used', () => {
    expect(safeStorageCipher(fakeSafeStorage(false), 'win32')).toBeUndefined()
    expect(safeStorageCipher(fakeSafeStorage(true, 'basic_text'), 'linux')).toBeUndefined()
  })
})
