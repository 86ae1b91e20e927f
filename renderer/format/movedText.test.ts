import { describe, expect, it } from 'vitest'
import type { FollowUpTask } from '../../shared/domain/interview'
import { movedText } from './movedText'

const task = (id: string, title: string, more: Partial<FollowUpTask> = {}) =>
  ({ id, title, kind: 'linkedin-request', status: 'open', due: '2026-12-04T17:30', ...more }) as FollowUpTask

describe('movedText: what a move to another column says, from the board or from Next', () => {
  const linkedIn = task('t1', 'Send Jonas Weber a LinkedIn request with a short note')
  const letter = task('t2', 'Send a formal thank-you letter to Jonas Weber', { kind: 'formal-letter' })
  const before = { company: 'Nordlicht Energie', tasks: [linkedIn, letter] }

  it('names the follow-ups the move skipped', () => {
    // Next's "Move to Result inquired" said only "Moved Nordlicht Energie to Result inquired." (a walkthrough).
    const after = {
      timeZone: 'Europe/Berlin',
      tasks: [linkedIn, letter].map((each) => ({ ...each, status: 'skipped' as const })),
    }
    expect(movedText(before, after, 'result-inquired')).toBe(
      'Moved Nordlicht Energie to Result inquired. Skipped “Send Jonas Weber a LinkedIn request with a short note” and “Send a formal thank-you letter to Jonas Weber”.',
    )
  })

  it('says when Debrief checks again after a move to Result inquired', () => {
    const checkAgain = task('t3', 'Check again', { kind: 'check-again', due: '2026-12-11T10:00' })
    const after = { timeZone: 'Europe/Berlin', tasks: [linkedIn, letter, checkAgain] }
    expect(movedText(before, after, 'result-inquired')).toMatch(
      /^Moved Nordlicht Energie to Result inquired\. No answer by .*? Debrief reminds you to check again then\.$/,
    )
  })

  it('says the move alone when it closed nothing', () => {
    expect(movedText(before, { timeZone: 'UTC', tasks: before.tasks }, 'thanked')).toBe(
      'Moved Nordlicht Energie to Thanked.',
    )
  })
})
