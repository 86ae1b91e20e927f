import { powerMonitor } from 'electron'
import type { Host } from '../host/host'

/**
 * Tells the reminder scheduler when the computer wakes up, so a follow-up that came due during sleep
 * is shown right away rather than at the scheduler's next check.
 */
export function setupPowerEvents(host: Host): void {
  powerMonitor.on('resume', () => host.refreshReminders())
}
