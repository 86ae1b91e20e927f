import { describe, expect, it } from 'vitest'
import { mentions, recurringWords } from './recurring'

describe('recurringWords', () => {
  it('names the words that come back across interviews, counting each interview once', () => {
    const sections = [
      '- Give concrete examples. More examples!',
      '- Slow on system design; need examples',
      '- Practise system design',
      '- Ask about the team',
    ]
    expect(recurringWords(sections)).toEqual([
      { word: 'design', count: 2 },
      { word: 'examples', count: 2 },
      { word: 'system', count: 2 },
    ])
  })

  it('leaves out short and common words', () => {
    expect(recurringWords(['be more clear about that', 'be more clear about this'])).toEqual([
      { word: 'clear', count: 2 },
    ])
  })

  it('tells whether a section mentions a word, ignoring case', () => {
    expect(mentions('Practise System design', 'system')).toBe(true)
    expect(mentions('Practise design', 'system')).toBe(false)
  })
})
