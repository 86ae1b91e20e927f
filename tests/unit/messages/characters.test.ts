import { describe, expect, it } from 'vitest'
import { characterCount, fitsLimit, truncateToLimit } from '../../../shared/messages/characters'

describe('characterCount', () => {
  it.each([
    ['plain text', 'Hello', 5],
    ['an emoji with a skin tone', '👍🏽', 1],
    ['a family emoji joined with zero-width joiners', '👨‍👩‍👧‍👦', 1],
    ['a flag', '🇩🇰', 1],
    ['a letter with a combining accent', 'e\u0301', 1],
    ['a name with a decomposed diaeresis', 'Zoe\u0308', 3],
    ['a letter with two combining marks', 'a\u0323\u0302', 1],
    ['Japanese', '株式会社', 4],
    ['a line break written as CRLF', 'a\r\nb', 3],
  ])('counts %s as a person sees it', (_name, text, count) => {
    expect(characterCount(text)).toBe(count)
  })
})

describe('fitsLimit', () => {
  it('lets through exactly the limit and no more, counting emoji once', () => {
    const threeHundred = '🙂'.repeat(300)
    expect(threeHundred.length).toBe(600)
    expect(fitsLimit(threeHundred, 300)).toBe(true)
    expect(fitsLimit(`${threeHundred}!`, 300)).toBe(false)
  })
})

describe('truncateToLimit', () => {
  it('cuts between whole characters and marks the cut', () => {
    const cut = truncateToLimit('👨‍👩‍👧‍👦'.repeat(10), 4)
    expect(cut).toBe('👨‍👩‍👧‍👦👨‍👩‍👧‍👦👨‍👩‍👧‍👦…')
    expect(characterCount(cut)).toBe(4)
  })

  it('leaves text within the limit alone', () => {
    expect(truncateToLimit('Short note', 300)).toBe('Short note')
  })
})
