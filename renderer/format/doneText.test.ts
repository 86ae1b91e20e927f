import { describe, expect, it } from 'vitest'
import type { Interview } from '../../shared/domain/interview'
import { doneText, reachedText, sentText, skippedText } from './doneText'

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

describe('sentText', () => {
  // "Marked “Call Dana Reyes to ask about the result” done." after Mark sent on the email (a walkthrough).
  const inquiry = { id: 't1', kind: 'inquire-result', title: 'Call Dana Reyes to ask about the result' }

  it('says Mark sent or Mark called in the button’s words, naming the message that went', () => {
    expect(sentText({ channel: 'email', to: 'Dana Reyes' }, inquiry, null)).toBe(
      'Marked sent: the email to Dana Reyes.',
    )
    expect(sentText({ channel: 'phone', to: 'Dana Reyes' }, inquiry, null)).toBe(
      'Marked called: the call to Dana Reyes.',
    )
    expect(sentText({ channel: 'letter', to: '' }, inquiry, null)).toBe('Marked sent: the letter.')
  })

  it('then says what the done planned, as Done says it', () => {
    const after: Pick<Interview, 'tasks' | 'timeZone'> = {
      timeZone: 'Europe/Berlin',
      tasks: [
        { ...inquiry, due: '2026-12-01T09:00', status: 'done', completedAt: '2026-12-01T08:00:00.000Z' },
        { id: 't2', kind: 'check-again', title: 'Check again', due: '2026-12-08T09:00', status: 'open' },
      ],
    }
    expect(sentText({ channel: 'email', to: 'dana@acme.test' }, inquiry, after)).toMatch(
      /^Marked sent: the email to dana@acme\.test\. No answer by .+\? Debrief reminds you to check again then\.$/,
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
