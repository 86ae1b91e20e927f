import type { BackupInfo, RestoredBackups } from './contract'

/** A backup's kind, as the Kind column of Settings › Data's backups names it. */
export const BACKUP_KIND_LABELS: Record<BackupInfo['kind'], string> = {
  daily: 'Daily backup',
  'before-restore': 'Set aside before a restore',
  manual: 'Backed up by you',
}

/**
 * "12 Mar 2025, 09:30" in `locale` on `timeZone`'s clock (the reader's own when left out), as the
 * backups table says when a backup was taken.
 */
export function backupTimeLabel(
  backup: Pick<BackupInfo, 'name' | 'takenAt'>,
  locale?: string,
  timeZone?: string,
): string {
  const takenAt = new Date(backup.takenAt)
  if (Number.isNaN(takenAt.getTime())) return backup.name
  // 24-hour, as every time in the app (shared/workflow/zone-text.ts): en-US would say "2:45 AM".
  return takenAt.toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23', timeZone })
}

/** "the backup from 5 Dec 2026, 08:20 (backed up by you)": its row in the table, in words. */
function backupText(backup: BackupInfo, locale?: string, timeZone?: string): string {
  return `the backup from ${backupTimeLabel(backup, locale, timeZone)} (${BACKUP_KIND_LABELS[backup.kind].toLowerCase()})`
}

/**
 * What the notice of a restore says. It named the backups by their folders ("manual-20261205-082050")
 * while the message and the table beside it said "5 Dec 2026, 08:20" (a walkthrough).
 */
export function restoreNoticeText({ restored, setAside }: RestoredBackups, locale?: string, timeZone?: string): string {
  return (
    `Restored ${backupText(restored, locale, timeZone)}. What it replaced is kept as ` +
    `${backupText(setAside, locale, timeZone)}: restore that one in Settings › Data to undo.`
  )
}
