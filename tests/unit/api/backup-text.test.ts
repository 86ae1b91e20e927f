import { describe, expect, it } from 'vitest'
import { backupTimeLabel, restoreNoticeText } from '../../../shared/api/backup-text'

describe('a backup’s time', () => {
  it('is said on the 24-hour clock, as every time in Debrief, whatever the locale', () => {
    const label = backupTimeLabel({ name: 'manual', takenAt: new Date(2026, 11, 3, 14, 45).toISOString() })
    expect(label).toContain('14:45')
    expect(label).not.toMatch(/AM|PM/i)
  })

  it('falls back to the backup’s name when its time cannot be read', () => {
    expect(backupTimeLabel({ name: 'debrief-2026-12-03', takenAt: 'not a time' })).toBe('debrief-2026-12-03')
  })
})

describe('the notice of a restore', () => {
  it('names both backups as the backups table does, by time and kind, never by folder', () => {
    const restore = {
      restored: { name: 'manual-20261205-082050', kind: 'manual', takenAt: '2026-12-05T07:20:50Z', interviewCount: 2 },
      setAside: {
        name: 'before-restore-20261205-082154',
        kind: 'before-restore',
        takenAt: '2026-12-05T07:21:54Z',
        interviewCount: 1,
      },
    } as const
    expect(restoreNoticeText(restore, 'en-GB', 'Europe/Berlin')).toBe(
      'Restored the backup from 5 Dec 2026, 08:20 (backed up by you). What it replaced is kept as the backup ' +
        'from 5 Dec 2026, 08:21 (set aside before a restore): restore that one in Settings › Data to undo.',
    )
  })
})
