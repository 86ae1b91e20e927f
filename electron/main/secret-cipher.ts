import type { SafeStorage } from 'electron'
import type { SecretCipher } from '../host/calendar/secrets'

type SafeStorageParts = Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'> &
  Partial<Pick<SafeStorage, 'getSelectedStorageBackend'>>

/**
 * Calendar secrets encrypted with the operating system's key store (Keychain, DPAPI, libsecret or
 * KWallet) through Electron's safeStorage. On Linux without a key store safeStorage falls back to a
 * hard-coded key ('basic_text'), which protects nothing: then no cipher is passed, and Settings says
 * the secrets are kept in a file only the user can read, as in the browser app.
 */
export function safeStorageCipher(
  storage: SafeStorageParts,
  platform: NodeJS.Platform = process.platform,
): SecretCipher | undefined {
  if (!storage.isEncryptionAvailable()) return undefined
  if (platform === 'linux' && storage.getSelectedStorageBackend?.() === 'basic_text') return undefined
  return {
    encrypt: (plain) => storage.encryptString(plain),
    decrypt: (encrypted) => storage.decryptString(encrypted),
  }
}
