import { describe, expect, it } from 'vitest'
import { interviewFieldsSchema, interviewSchema, type InterviewFieldsInput } from '../../../shared/domain/interview'

/**
 * A decision or a result is about an interview already held: their dates may not come before it. The
 * dates are calendar days on the interview's own clock; the DST day and another zone change nothing.
 */
function issues(fields: Partial<InterviewFieldsInput>): Array<{ path: string; message: string }> {
  const result = interviewFieldsSchema.safeParse({
    company: 'Acme',
    role: 'Engineer',
    date: '2026-10-25',
    time: '10:00',
    timeZone: 'Europe/Berlin',
    ...fields,
  })
  return result.success
    ? []
    : result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }))
}

describe('the interview’s date and time', () => {
  it('says an empty date or time is required, in the words of the other fields, and a malformed one what it must be', () => {
    // "A time is required" sat beside "Company is required" (a walkthrough).
    expect(issues({ company: '', date: '', time: '' })).toEqual([
      { path: 'company', message: 'Company is required' },
      { path: 'date', message: 'Date is required' },
      { path: 'time', message: 'Time is required' },
    ])
    expect(issues({ date: '2026-02-30', time: '25:00' })).toEqual([
      { path: 'date', message: 'Must be a real date (YYYY-MM-DD)' },
      { path: 'time', message: 'Must be a time of day (HH:mm)' },
    ])
  })
})

describe('dates checked against the interview date', () => {
  it('refuses a decision date before the interview, under the field, saying why', () => {
    expect(issues({ decision: { expectedDate: '2026-10-24' } })).toEqual([
      { path: 'decision.expectedDate', message: 'The decision date cannot be before the interview’s date' },
    ])
  })

  it('refuses a result date before the interview, in any zone', () => {
    expect(issues({ timeZone: 'America/New_York', outcome: { receivedOn: '2026-10-01' } })).toEqual([
      { path: 'outcome.receivedOn', message: 'The result date cannot be before the interview’s date' },
    ])
  })

  it('takes both on the interview day itself (the day Berlin changes its clocks) and after it, and empty', () => {
    expect(issues({ decision: { expectedDate: '2026-10-25' }, outcome: { receivedOn: '2026-10-25' } })).toEqual([])
    expect(issues({ decision: { expectedDate: '2026-11-02' }, outcome: { receivedOn: '2026-10-26' } })).toEqual([])
    expect(issues({})).toEqual([])
  })

  it('names both fields when both are wrong', () => {
    const found = issues({ decision: { expectedDate: '2026-01-01' }, outcome: { receivedOn: '2026-01-02' } })
    expect(found.map((issue) => issue.path)).toEqual(['decision.expectedDate', 'outcome.receivedOn'])
  })

  it('still loads a stored interview saved before the check existed', () => {
    const stored = {
      id: '00000000-0000-4000-8000-000000000001',
      company: 'Acme',
      role: 'Engineer',
      date: '2026-10-25',
      time: '10:00',
      timeZone: 'Europe/Berlin',
      decision: { expectedDate: '2026-10-01' },
      stage: 'awaiting-result',
      order: 'a0',
      createdAt: '2026-10-25T08:00:00.000Z',
      updatedAt: '2026-10-25T08:00:00.000Z',
    }
    expect(interviewSchema.safeParse(stored).success).toBe(true)
  })
})

describe('the day to answer an offer by', () => {
  it('cannot come before the day the result came, or without one, before the interview', () => {
    expect(issues({ outcome: { receivedOn: '2026-10-28', answerBy: '2026-10-27' } })).toEqual([
      { path: 'outcome.answerBy', message: 'The day to answer by cannot be before the day the result came' },
    ])
    expect(issues({ outcome: { answerBy: '2026-10-24' } })).toEqual([
      { path: 'outcome.answerBy', message: "The day to answer by cannot be before the interview's date" },
    ])
    expect(issues({ outcome: { receivedOn: '2026-10-28', answerBy: '2026-10-28' } })).toEqual([])
    expect(issues({ outcome: { receivedOn: '2026-10-28', answerBy: '' } })).toEqual([])
  })
})
