import { describe, expect, it } from 'vitest'
import { rankCommand } from './paletteRank'

describe('rankCommand', () => {
  it('puts the title the query spells out whole above longer titles that start the same', () => {
    const ellipsis = rankCommand('Board: Move card to…', 'move card to', 0.9)
    const longer = rankCommand('Board: Move card to the next stage', 'move card to', 0.95)
    expect(ellipsis).toBeGreaterThan(longer)
  })

  it('prefers a title that starts with the query over a fuzzy match elsewhere', () => {
    expect(rankCommand('Board: Move card up', 'move card', 0.5)).toBeGreaterThan(
      rankCommand('Data: Restore a backup…', 'move card', 0.9),
    )
  })

  it('keeps out what the fuzzy match left out, and keeps the order of an empty query', () => {
    expect(rankCommand('View: Toggle side bar', 'xyz', 0)).toBe(0)
    expect(rankCommand('View: Toggle side bar', '', 1)).toBe(1)
  })
})
