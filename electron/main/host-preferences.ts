import type { Preferences } from '../../shared/domain/settings'
import type { Host } from '../host/host'

/**
 * Calls `apply` with the user's preferences now and after every change the host announces, in
 * order, so the desktop shell (tray, login item, native theme) follows what the settings say.
 * Returns the function that stops following.
 */
export function followPreferences(host: Host, apply: (preferences: Preferences) => void): () => void {
  let reading: Promise<void> = Promise.resolve()
  const read = () => {
    reading = reading
      .then(() => host.api.getPreferences({}))
      .then(apply)
      .catch((error: unknown) => console.warn('[debrief] could not apply the preferences:', error))
  }
  read()
  return host.onEvent((event) => {
    if (event.topic === 'preferences') read()
  })
}
