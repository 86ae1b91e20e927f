import { describe, expect, it } from 'vitest'
import type { Interview } from '../../shared/domain/interview'
import { groupByStage, placeCards } from './stageLists'

function card(id: string, stage: Interview['stage'], order: string): Interview {
  return { id, stage, order, company: id } as Interview
}

const ids = (cards: readonly Interview[] | undefined) => cards?.map((each) => each.id)

describe('placeCards', () => {
  const a = card('a', 'interviewed', 'a0')
  const b = card('b', 'interviewed', 'a1')
  const c = card('c', 'interviewed', 'a2')
  const x = card('x', 'thanked', 'a0')
  const stages = groupByStage([c, a, x, b])

  it('moves a card between stages in board order, and leaves the other stages’ arrays as they were', () => {
    const moved = { ...b, stage: 'thanked' as const, order: 'Zz' }
    const next = placeCards(stages, [b], [moved])
    expect(ids(next.get('interviewed'))).toEqual(['a', 'c'])
    expect(ids(next.get('thanked'))).toEqual(['b', 'x'])
    const untouched = placeCards(stages, [], [card('n', 'offer', 'a0')])
    expect(untouched.get('interviewed')).toBe(stages.get('interviewed'))
    expect(untouched.get('thanked')).toBe(stages.get('thanked'))
  })

  it('sorts equal order keys by id, as the host does, and drops a stage it empties', () => {
    const twin = card('0', 'interviewed', 'a1')
    expect(ids(placeCards(stages, [], [twin]).get('interviewed'))).toEqual(['a', '0', 'b', 'c'])
    expect(placeCards(stages, [x], []).has('thanked')).toBe(false)
  })

  it('puts a whole page in order at once', () => {
    const page = Array.from({ length: 40 }, (_, index) =>
      card(`p${index}`, 'interviewed', `b${String(index).padStart(2, '0')}`),
    )
    const next = placeCards(stages, [], [...page].reverse())
    expect(ids(next.get('interviewed'))).toEqual(['a', 'b', 'c', ...page.map((each) => each.id)])
  })
})
