import { openHost } from '../../../electron/host/service'
import type { HostOptions } from '../../../electron/host/host'
import type { StorageOptions } from '../../../electron/host/service'
import { clientOf, memorySettings } from '../../unit/host/support'

/** The instant the calendar tests stand at: mid-October 2026, before the events their feeds hold. */
export const NOW = new Date('2026-10-15T08:00:00Z')

/**
 * A host over `dataDir` as the calendar tests open it: at NOW, on Berlin's clock, settings in memory.
 * `options` adds what one test needs (a notifier, a cipher for secrets, preferences).
 */
export async function openCalendarHost(
  dataDir: string,
  options: Partial<Omit<HostOptions & StorageOptions, 'dataDir' | 'settings'>> & {
    preferences?: Record<string, unknown>
  } = {},
) {
  const { preferences, ...rest } = options
  const host = await openHost({
    dataDir,
    settings: memorySettings(preferences ? { preferences } : undefined),
    version: '0.0.0-test',
    now: () => NOW,
    timeZone: 'Europe/Berlin',
    ...rest,
  })
  return { host, client: clientOf(host) }
}
