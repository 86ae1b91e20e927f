import { describe, expect, it } from 'vitest'
import type { Interview } from '../../shared/domain/interview'
import type { StageId } from '../../shared/domain/stages'
import { dropPlacement, isInPlace, keyboardPlacement, provisionalOrder } from './placement'

function card(id: string, stage: StageId, order: string): Interview {
  return { id, stage, order } as Interview
}

const interviewed = [card('a', 'interviewed', 'a0'), card('b', 'interviewed', 'a1'), card('c', 'interviewed', 'a2')]
const thanked = [card('x', 'thanked', 'a0'), card('y', 'thanked', 'a1')]
const columns: Record<string, Interview[]> = { interviewed, thanked }
const column = (stage: StageId) => columns[stage] ?? []

describe('placing a dropped card', () => {
  it('goes before the card under the pointer’s top half, after it for the bottom half, last in empty space', () => {
    expect(dropPlacement('thanked', thanked, 'a', { id: 'x', edge: 'top' })).toEqual({
      stage: 'thanked',
      beforeId: 'x',
    })
    expect(dropPlacement('thanked', thanked, 'a', { id: 'x', edge: 'bottom' })).toEqual({
      stage: 'thanked',
      beforeId: 'y',
    })
    expect(dropPlacement('thanked', thanked, 'a', { id: 'y', edge: 'bottom' })).toEqual({ stage: 'thanked' })
    expect(dropPlacement('thanked', thanked, 'a', null)).toEqual({ stage: 'thanked' })
  })

  it('skips the dragged card itself when dropping below its upper neighbour', () => {
    expect(dropPlacement('interviewed', interviewed, 'b', { id: 'a', edge: 'bottom' })).toEqual({
      stage: 'interviewed',
      beforeId: 'c',
    })
  })

  it('knows when a drop leaves the card where it is', () => {
    expect(isInPlace(interviewed, interviewed[1]!, { stage: 'interviewed', beforeId: 'c' })).toBe(true)
    expect(isInPlace(interviewed, interviewed[2]!, { stage: 'interviewed' })).toBe(true)
    expect(isInPlace(interviewed, interviewed[2]!, { stage: 'interviewed', beforeId: 'a' })).toBe(false)
    expect(isInPlace(interviewed, interviewed[2]!, { stage: 'thanked' })).toBe(false)
  })
})

describe('moving with the keyboard', () => {
  it('moves up and down among the cards shown, and to the same row of the next or previous stage', () => {
    const [a, b, c] = interviewed
    expect(keyboardPlacement(b!, column, column, 'up')).toEqual({ stage: 'interviewed', beforeId: 'a' })
    expect(keyboardPlacement(a!, column, column, 'down')).toEqual({ stage: 'interviewed', beforeId: 'c' })
    expect(keyboardPlacement(b!, column, column, 'down')).toEqual({ stage: 'interviewed' })
    expect(keyboardPlacement(a!, column, column, 'up')).toBeNull()
    expect(keyboardPlacement(c!, column, column, 'down')).toBeNull()
    expect(keyboardPlacement(b!, column, column, 'next')).toEqual({ stage: 'thanked', beforeId: 'y' })
    expect(keyboardPlacement(c!, column, column, 'next')).toEqual({ stage: 'thanked' })
    expect(keyboardPlacement(a!, column, column, 'previous')).toBeNull()
  })

  it('moving down past a card hidden by the filter goes after the next card shown', () => {
    const shown = (stage: StageId) => column(stage).filter((each) => each.id !== 'b')
    expect(keyboardPlacement(interviewed[0]!, shown, column, 'down')).toEqual({ stage: 'interviewed' })
  })
})

describe('the provisional order key', () => {
  it('sorts the moved card between its new neighbours', () => {
    const key = provisionalOrder(thanked, 'a', { stage: 'thanked', beforeId: 'y' })!
    expect(key > 'a0' && key < 'a1').toBe(true)
    expect(provisionalOrder(thanked, 'a', { stage: 'thanked' })! > 'a1').toBe(true)
    expect(provisionalOrder(thanked, 'a', { stage: 'thanked', beforeId: 'gone' })).toBeNull()
  })
})
