import { describe, expect, it } from 'vitest'
import { hasLaterRound } from '../../../shared/workflow/rounds'

describe('hasLaterRound: whether the next round of a process is on the board yet', () => {
  const first = { id: 'a', company: 'Globex', round: 1 }

  it('yes once the same company has a higher round, however its name was typed', () => {
    expect(hasLaterRound(first, [first, { id: 'b', company: ' globex ', round: 2 }])).toBe(true)
  })

  it('not for the interview itself, an earlier or equal round, or another company', () => {
    expect(hasLaterRound(first, [first])).toBe(false)
    expect(hasLaterRound({ ...first, round: 2 }, [{ id: 'b', company: 'Globex', round: 1 }])).toBe(false)
    expect(hasLaterRound(first, [{ id: 'b', company: 'Globex', round: 1 }])).toBe(false)
    expect(hasLaterRound(first, [{ id: 'b', company: 'Initech', round: 2 }])).toBe(false)
  })
})
