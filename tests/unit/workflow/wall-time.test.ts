import { describe, expect, it } from 'vitest'
import { compareWall } from '../../../shared/workflow/wall-time'

describe('compareWall', () => {
  it('orders wall times by the time they name, with or without seconds or a fraction', () => {
    const shuffled = ['2026-03-29T02:30:00', '2025-12-31T23:59:59.999', '2026-03-29T02:30:01', '2026-01-01T00:00']
    expect([...shuffled].sort(compareWall)).toEqual([
      '2025-12-31T23:59:59.999',
      '2026-01-01T00:00',
      '2026-03-29T02:30:00',
      '2026-03-29T02:30:01',
    ])
  })

  it('treats a time written with and without its zero seconds as the same time', () => {
    expect(compareWall('2026-11-25T09:00', '2026-11-25T09:00:00')).toBe(0)
    expect(compareWall('2026-11-25T09:00:00.500', '2026-11-25T09:00:00')).toBe(0)
    expect(compareWall('2026-11-25T09:00', '2026-11-25T09:00:01')).toBeLessThan(0)
    expect(compareWall('2026-11-25T10:00', '2026-11-25T09:59:59')).toBeGreaterThan(0)
  })
})
