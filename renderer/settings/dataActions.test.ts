import { describe, expect, it } from 'vitest'
import { backupTimeLabel } from './dataActions'

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
