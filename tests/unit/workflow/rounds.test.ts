import { describe, expect, it } from 'vitest'
import type { FollowUpTask } from '../../../shared/domain/interview'
import { hasLaterRound, roundsConfirmedBy } from '../../../shared/workflow/rounds'

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

describe('roundsConfirmedBy: the earlier rounds whose "Confirm the next round" a new round answers', () => {
  const reply = { id: 't1', kind: 'reply-quickly', status: 'open' } as FollowUpTask
  const waiting = {
    id: 'a',
    company: 'Globex',
    round: 1,
    stage: 'next-round' as const,
    archived: false,
    tasks: [reply],
  }
  const added = { id: 'b', company: 'GLOBEX', round: 2 }

  it('an earlier round of the same company waiting in Next round with its reply open', () => {
    expect(roundsConfirmedBy(added, [waiting]).map((each) => each.id)).toEqual(['a'])
  })

  it('not once replied, archived, elsewhere than Next round, of another company, or not earlier', () => {
    const others = [
      { ...waiting, tasks: [{ ...reply, status: 'done' as const }] },
      { ...waiting, archived: true },
      { ...waiting, stage: 'offer' as const },
      { ...waiting, company: 'Initech' },
      { ...waiting, round: 2 },
    ]
    expect(roundsConfirmedBy(added, others)).toEqual([])
  })
})
