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

  it('keeps an entry the query names by its words, not one that only holds its letters far apart', () => {
    expect(rankCommand('Notes: Insert summary template', 'result', 0.2)).toBe(0)
    expect(rankCommand('Board: Remove sample interviews', 'rem sam', 0.6)).toBeGreaterThan(0)
    expect(rankCommand('Board: Remove sample interviews', 'sample remove', 0.5)).toBeGreaterThan(0)
    expect(rankCommand('Board: Move card to…', 'card to', 0.7)).toBeGreaterThan(0)
    expect(rankCommand('Board: Move card to…', 'move card to…', 0.9)).toBeGreaterThan(0)
    expect(rankCommand('Board: Move card to…', 'mvcrd', 0.4)).toBe(0)
  })

  it('finds a command by its other words: “backup” for “Back up now”', () => {
    expect(rankCommand('Data: Back up now', 'backup', 0.3)).toBe(0)
    expect(rankCommand('Data: Back up now', 'backup', 0.3, ['backup'])).toBeGreaterThan(0)
    expect(rankCommand('Board: Delete interview', 'remove', 0.3, ['remove'])).toBeGreaterThan(0)
  })

  it('ranks the entries of a category the query starts alike, whatever their fuzzy score, so the registry orders them', () => {
    expect(rankCommand('Follow-ups: Open the next follow-up due', 'follow', 0.3)).toBe(
      rankCommand('Follow-ups: Export follow-ups to calendar (.ics)', 'follow', 0.9),
    )
    expect(rankCommand('Follow-ups: Open the next follow-up due', 'follow', 0.3)).toBeGreaterThan(
      rankCommand('View: Show the follow-ups due today', 'follow', 0.9),
    )
  })

  it('ranks a title that holds the word typed above the commands of a category it only names', () => {
    // "board" put "Board: Move card to the next stage" first, and Enter moved a card (a walkthrough).
    expect(rankCommand('View: Show board', 'board', 0.4)).toBeGreaterThan(
      rankCommand('Board: Move card to the next stage · Hudson Analytics', 'board', 0.9),
    )
    expect(rankCommand('View: Show board', 'board', 0.4)).toBeGreaterThan(
      rankCommand('View: Toggle compact board', 'board', 0.9),
    )
    // The category's own commands that also hold the word stay first.
    expect(rankCommand('Follow-ups: Open the next follow-up due', 'follow', 0.3)).toBeGreaterThan(
      rankCommand('View: Show the follow-ups due today', 'follow', 0.9),
    )
  })

  it('keeps out what the fuzzy match left out, and keeps the order of an empty query', () => {
    expect(rankCommand('View: Toggle side bar', 'xyz', 0)).toBe(0)
    expect(rankCommand('View: Toggle side bar', '', 1)).toBe(1)
  })
})
