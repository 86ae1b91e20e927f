import { describe, expect, it } from 'vitest'
import { skippedText } from './doneText'

describe('skippedText', () => {
  it('names one or two skipped follow-ups, and counts the rest past two', () => {
    expect(skippedText(['Send a thank-you email to Dana'])).toBe('Skipped “Send a thank-you email to Dana”.')
    expect(skippedText(['Get Dana’s business card', 'Send a thank-you email to Dana'])).toBe(
      'Skipped “Get Dana’s business card” and “Send a thank-you email to Dana”.',
    )
    expect(skippedText(['A', 'B', 'C', 'D'])).toBe('Skipped 4 earlier follow-ups: “A”, “B” and 2 more.')
  })
})
