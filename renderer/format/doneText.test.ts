import { describe, expect, it } from 'vitest'
import { doneText, reachedText, skippedText } from './doneText'

describe('skippedText', () => {
  it('names one or two skipped follow-ups, and counts the rest past two', () => {
    expect(skippedText(['Send a thank-you email to Dana'])).toBe('Skipped “Send a thank-you email to Dana”.')
    expect(skippedText(['Get Dana’s business card', 'Send a thank-you email to Dana'])).toBe(
      'Skipped “Get Dana’s business card” and “Send a thank-you email to Dana”.',
    )
    expect(skippedText(['A', 'B', 'C', 'D'])).toBe('Skipped 4 earlier follow-ups: “A”, “B” and 2 more.')
  })
})

describe('doneText', () => {
  it('names the company where the title does not', () => {
    const task = { id: 't1', kind: 'write-summary', title: 'Write your summary of the interview' }
    expect(doneText(task, null, 'Umbra')).toBe('Marked “Write your summary of the interview” done for Umbra.')
    const named = { id: 't2', kind: 'reply-quickly', title: 'Confirm the next round with Quill Publishing' }
    expect(doneText(named, null, 'Quill Publishing')).toBe(
      'Marked “Confirm the next round with Quill Publishing” done.',
    )
  })
})

describe('reachedText', () => {
  const thanks = (status: 'done' | 'dismissed') =>
    ({ id: status, kind: 'thank-you-email', title: 'Thank', due: '2026-12-03T17:30', status }) as const

  it('says every thank-you is sent only when none was skipped', () => {
    expect(reachedText('thanked', [thanks('done'), thanks('done')])).toBe('Every thank-you is sent')
    // It said "Every thank-you is sent" with one of the two skipped (a walkthrough).
    expect(reachedText('thanked', [thanks('done'), thanks('dismissed')])).toBe('Every thank-you is sent or skipped')
    expect(reachedText('result-inquired', [])).toBe('You have asked about the result')
  })
})
