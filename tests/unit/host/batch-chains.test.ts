import { describe, expect, it } from 'vitest'
import { batchChainState } from '../../../electron/host/storage/batch-chains'

describe('what a start finishes of the batches in the journal, for one file', () => {
  const importTwo = { before: 'eight', after: 'two' }
  const importEight = { before: 'saved between', after: 'eight' }

  it('finishes the last write when the file holds what it replaced', () => {
    expect(batchChainState([importTwo, importEight], 'saved between')).toBe('finish')
  })

  it('takes a file holding the last write as written, though an earlier batch replaced that same text', () => {
    expect(batchChainState([importTwo, importEight], 'eight')).toBe('written')
  })

  it('leaves a file a save changed after the batches, or between two of them', () => {
    expect(batchChainState([importTwo, importEight], 'saved after')).toBe('later')
    expect(batchChainState([importTwo, importEight], 'two')).toBe('later')
  })

  it('finishes an unbroken chain from its start: each batch replaced what the one before wrote', () => {
    expect(
      batchChainState(
        [
          { before: 'a', after: 'b' },
          { before: 'b', after: 'c' },
        ],
        'a',
      ),
    ).toBe('finish')
  })
})
