import { describe, expect, it } from 'vitest'
import type { HostEvent } from '../../../shared/api/contract'
import type { Interview } from '../../../shared/domain/interview'
import { compareBoardOrder, keyAtEndOf, keyBefore } from '../../../shared/domain/order'
import { MAX_ORDER_KEY_LENGTH, respaceStage } from '../../../electron/host/interviews/respace'
import type { InterviewState } from '../../../electron/host/interviews/interview-state'
import { fields, useTempHosts, type TestHost } from './support'

function card(id: string, order: string, stage: Interview['stage'] = 'interviewed'): Interview {
  return { id, order, stage } as Interview
}

describe('order keys', () => {
  it('never collide when many cards are put in the same gap, and keep the order they were put in', () => {
    const cards = [card('first', keyAtEndOf([], 'interviewed'))]
    cards.push(card('last', keyAtEndOf(cards, 'interviewed')))
    let next = cards[1]!
    for (let index = 0; index < 1000; index++) {
      const moved = card(`card-${index}`, keyBefore(cards, next, `card-${index}`))
      cards.push(moved)
      next = moved
    }
    expect(new Set(cards.map((each) => each.order)).size).toBe(cards.length)
    const ids = [...cards].sort(compareBoardOrder).map((each) => each.id)
    expect(ids[0]).toBe('first')
    expect(ids.at(-1)).toBe('last')
    expect(ids.slice(1, 4)).toEqual(['card-999', 'card-998', 'card-997'])
  })

  it('grow at the ends of a column by far less than a character per card', () => {
    const cards: Interview[] = []
    for (let index = 0; index < 5000; index++) cards.push(card(`c${index}`, keyAtEndOf(cards, 'interviewed')))
    expect(Math.max(...cards.map((each) => each.order.length))).toBeLessThanOrEqual(4)
  })

  it('respacing gives short keys in the same order, to the cards and to what undo would put back', () => {
    const long = (tail: string) => `a0${'V'.repeat(40)}${tail}`
    const state: InterviewState = {
      seq: 0,
      interviews: new Map([
        ['a', card('a', long('1'))],
        ['b', card('b', long('3'))],
        ['elsewhere', card('elsewhere', long('2'), 'offer')],
      ]),
      undo: [{ label: 'Move b', interviewId: 'b', before: card('b', long('2')), after: card('b', long('3')) }],
      redo: [],
    }
    expect(respaceStage(state, 'interviewed').sort()).toEqual(['a', 'b'])
    const a = state.interviews.get('a')!.order
    const b = state.interviews.get('b')!.order
    const undoneB = state.undo[0]!.before!.order
    expect([a, undoneB, b].every((key) => key.length <= 3)).toBe(true)
    expect(a < undoneB && undoneB < b).toBe(true)
    expect(state.undo[0]!.after!.order).toBe(b)
    expect(state.interviews.get('elsewhere')!.order).toBe(long('2'))
  })
})

describe('moving cards into the same place through the host', () => {
  const temp = useTempHosts()
  const openHere = (): Promise<TestHost> => temp.open()

  async function column(host: TestHost): Promise<string[]> {
    return (await host.client.listInterviews({})).map((interview) => interview.company)
  }

  it('keeps keys short and the order right over hundreds of moves, across a restart and through undo', async () => {
    const first = await openHere()
    const { client } = first
    await client.createInterview({ fields: fields('Top') })
    const bottom = await client.createInterview({ fields: fields('Bottom') })
    const moved: string[] = []
    for (let index = 0; index < 300; index++)
      moved.push((await client.createInterview({ fields: fields(`C${index}`) })).id)
    const events: HostEvent[] = []
    first.host.onEvent((event) => events.push(event))

    let beforeId = bottom.id
    for (const id of moved) {
      await client.moveInterview({ id, stage: 'interviewed', beforeId })
      beforeId = id
    }

    const expected = ['Top', ...moved.map((_, index) => `C${index}`).reverse(), 'Bottom']
    const keys = (await client.listInterviews({})).map((interview) => interview.order)
    expect(await column(first)).toEqual(expected)
    expect(new Set(keys).size).toBe(keys.length)
    expect(Math.max(...keys.map((key) => key.length))).toBeLessThanOrEqual(MAX_ORDER_KEY_LENGTH)
    // A respace tells every window about the whole column, so none keeps sorting by the old keys.
    expect(events.some((event) => event.topic === 'interviews' && event.ids.length === 302)).toBe(true)

    const second = await openHere() // replays the journal, respaces included, without the first closing
    expect(await column(second)).toEqual(expected)
    for (let step = 0; step < 3; step++) await second.client.undo({})
    expect(await column(second)).toEqual([
      'Top',
      ...moved
        .slice(0, -3)
        .map((_, index) => `C${index}`)
        .reverse(),
      'Bottom',
      'C297',
      'C298',
      'C299',
    ])
  })
})
