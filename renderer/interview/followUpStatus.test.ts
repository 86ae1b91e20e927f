import { describe, expect, it } from 'vitest'
import { interviewSchema, type FollowUpTask } from '../../shared/domain/interview'
import { DEFAULT_PREFERENCES } from '../../shared/domain/settings'
import { generateTasks } from '../../shared/workflow'
import { tasksToAskIfDone } from '../../shared/workflow/progress'
import { closedText, isOverdue, waitText } from './followUpStatus'

const MACHINE_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone

let ids = 0
const newId = () => `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`

function task(extra: Partial<FollowUpTask>): FollowUpTask {
  return {
    id: newId(),
    kind: 'thank-you-email',
    title: 'Thank Priya',
    due: '2026-11-19T17:30',
    status: 'open',
    ...extra,
  }
}

describe('what the Next panel says about a follow-up', () => {
  it('says why a closed follow-up is closed: done, skipped by the user, or skipped by progress', () => {
    expect(closedText(task({ status: 'done' }))).toBe('Done')
    expect(closedText(task({ status: 'done', closedBy: 'already-done' }))).toBe('Done before you added the interview')
    expect(closedText(task({ status: 'done', closedBy: 'summary-saved' }))).toBe('Done: your notes hold the summary')
    expect(closedText(task({ status: 'dismissed' }))).toBe('Skipped by you')
    expect(closedText(task({ status: 'skipped', closedBy: 'stage-passed' }))).toBe('Skipped: you moved past this stage')
    expect(closedText(task({ status: 'skipped', closedBy: 'outcome' }))).toBe('Skipped: the result is in')
    const letter = task({ kind: 'formal-letter', status: 'done', closedBy: 'sent-by-move' })
    expect(closedText(letter)).toBe('Done: you moved it to Letter sent')
    const inquiry = task({ kind: 'inquire-result', status: 'done', closedBy: 'asked-by-move' })
    expect(closedText(inquiry)).toBe('Done: you moved it to Result inquired')
  })

  it('is overdue from its due time, or its snooze', () => {
    expect(isOverdue(task({}), '2026-11-19T17:30')).toBe(true)
    expect(isOverdue(task({}), '2026-11-19T17:29')).toBe(false)
    expect(isOverdue(task({ snoozedUntil: '2026-11-20T09:00' }), '2026-11-19T18:00')).toBe(false)
  })
})

describe('an interview entered after it happened', () => {
  const fields = interviewSchema.parse({
    id: newId(),
    company: 'Raman Analytics',
    role: 'Data engineer',
    date: '2026-11-16',
    time: '10:00',
    timeZone: 'Europe/Berlin',
    interviewers: [{ id: newId(), name: 'Priya Raman' }],
    decision: { expectedDate: '2026-11-30' },
    stage: 'interviewed',
    order: 'a0',
    // Entered three days later, on the 19th at 10:00 in Berlin.
    createdAt: '2026-11-19T09:00:00.000Z',
    updatedAt: '2026-11-19T09:00:00.000Z',
  })
  const interview = {
    ...fields,
    tasks: generateTasks(fields, DEFAULT_PREFERENCES, { now: new Date('2026-11-16T09:00:00Z'), newId }),
  }

  it('asks about the follow-ups already due when it was entered, not the ones still to come', () => {
    const asked = tasksToAskIfDone(interview)
    expect(asked.length).toBeGreaterThan(0)
    expect(asked.every((each) => each.due <= '2026-11-19T10:00')).toBe(true)
    expect(asked.map((each) => each.title)).toContain('Send a thank-you email to Priya Raman')
    expect(asked.map((each) => each.kind)).not.toContain('inquire-result')
  })

  it('entered the same day once it is over, asks only about what was due at its start', () => {
    // 13:00 in Berlin, three hours after it began.
    const asked = tasksToAskIfDone({ ...interview, createdAt: '2026-11-16T12:00:00.000Z' })
    expect(asked.map((each) => each.title).sort()).toEqual([
      'Ask how they will tell you the decision',
      "Get Priya Raman's business card",
    ])
  })

  it('asks nothing of an interview entered before it, nor about follow-ups already closed', () => {
    expect(tasksToAskIfDone({ ...interview, createdAt: '2026-11-16T08:00:00.000Z' })).toEqual([])
    const allDone = interview.tasks.map((each) => ({ ...each, status: 'done' as const }))
    expect(tasksToAskIfDone({ ...interview, tasks: allDone })).toEqual([])
    expect(tasksToAskIfDone({ ...interview, noneDoneYet: true })).toEqual([])
  })
})

describe('why asking about the result waits', () => {
  it('says so above a draft not due yet: by when they said they would decide, and from when to ask', () => {
    const decision = { expectedDate: '2026-12-09', informer: 'hr' as const, informerName: '', channel: '' as const }
    const inquiry = task({
      kind: 'inquire-result',
      title: 'Email Acme to ask about the result',
      due: '2026-12-10T10:00',
    })
    // The draft stood ready days early, and a user doing the next thing first would have asked (a walkthrough).
    expect(waitText({ decision, timeZone: MACHINE_ZONE }, inquiry)).toMatch(
      /^Not yet: they said they would decide by Wed,? (9 Dec|Dec 9)\. If no word has come, ask from Thu,? (10 Dec|Dec 10),? 10:00; the draft is ready for then\.$/,
    )
    // Snoozed, it says so, and keeps what they said (it read as the app's own wait: a walkthrough).
    expect(waitText({ decision, timeZone: MACHINE_ZONE }, { ...inquiry, snoozedUntil: '2026-12-14T10:00' })).toMatch(
      /^Snoozed until Mon,? (14 Dec|Dec 14),? 10:00; the draft is ready for then\. They said they would decide by Wed,? (9 Dec|Dec 9)\.$/,
    )
    const undated = { ...decision, expectedDate: '' }
    expect(waitText({ decision: undated, timeZone: MACHINE_ZONE }, inquiry)).toMatch(
      /^Not yet: if no word has come, ask from/,
    )
    const again = task({ kind: 'check-again', title: 'Check again with Acme', due: '2026-12-17T10:00' })
    expect(waitText({ decision, timeZone: MACHINE_ZONE }, again)).toMatch(
      /^Not yet: give them until Thu,? .*10:00 before you ask again\.$/,
    )
    expect(waitText({ decision, timeZone: MACHINE_ZONE }, task({}))).toBeNull()
  })
})
