import { describe, expect, it } from 'vitest'
import type { FollowUpTask } from '../../../shared/domain/interview'
import { generateTasks } from '../../../shared/workflow/generate'
import { regenerateTasks } from '../../../shared/workflow/regenerate'
import { completeTask, dismissTask, snoozeTask } from '../../../shared/workflow/task-state'
import { interview, only, person, preferences, sequentialIds } from './fixtures'

const NOW = new Date('2026-10-23T12:00:00Z')
const LATER = new Date('2026-10-26T12:00:00Z')
const prefs = preferences()

const dana = person('Dana Smith')
const lee = person('Lee Park')

function find(tasks: FollowUpTask[], kind: string, personId?: string): FollowUpTask[] {
  return tasks.filter((task) => task.kind === kind && task.personId === personId)
}

function replace(tasks: FollowUpTask[], target: FollowUpTask, next: FollowUpTask): FollowUpTask[] {
  return tasks.map((task) => (task.id === target.id ? next : task))
}

describe('regenerating the checklist after an edit', () => {
  const original = interview({ interviewers: [dana, lee] })
  const initial = generateTasks(original, prefs, { newId: sequentialIds('a'), now: NOW })

  it('changes nothing when nothing changed', () => {
    expect(regenerateTasks(initial, original, prefs, { newId: sequentialIds('c'), now: LATER })).toEqual(initial)
  })

  it('keeps done and dismissed tasks of a removed interviewer, and drops their open ones', () => {
    const leeThanks = only(find(initial, 'thank-you-email', lee.id))
    const leeLetter = only(find(initial, 'formal-letter', lee.id))
    const completed = completeTask(leeThanks, new Date('2026-10-23T16:00:00Z'))
    const dismissed = dismissTask(leeLetter)
    const edited = replace(replace(initial, leeThanks, completed), leeLetter, dismissed)

    const withoutLee = interview({ interviewers: [dana] })
    const tasks = regenerateTasks(edited, withoutLee, prefs, { newId: sequentialIds('c'), now: LATER })

    expect(find(tasks, 'thank-you-email', lee.id)).toEqual([completed])
    expect(find(tasks, 'formal-letter', lee.id)).toEqual([dismissed])
    expect(find(tasks, 'linkedin-request', lee.id)).toEqual([])
    expect(find(tasks, 'collect-card', lee.id)).toEqual([])
    expect(find(tasks, 'thank-you-email', dana.id)).toEqual(find(initial, 'thank-you-email', dana.id))
  })

  it('adds the per-person tasks of a new interviewer, named for them', () => {
    const kim = person('Kim Novak')
    const withKim = interview({ interviewers: [dana, lee, kim] })
    const tasks = regenerateTasks(initial, withKim, prefs, { newId: sequentialIds('c'), now: LATER })
    expect(tasks.filter((task) => task.personId === kim.id).map((task) => task.title)).toEqual([
      "Get Kim Novak's business card",
      'Send a thank-you email to Kim Novak',
      'Send Kim Novak a LinkedIn request with a short note',
      'Send a formal thank-you letter to Kim Novak',
    ])
    expect(tasks).toHaveLength(initial.length + 4)
  })

  it('re-times and renames open tasks, keeping their ids and snoozes, but not done ones', () => {
    const danaLetter = only(find(initial, 'formal-letter', dana.id))
    const danaThanks = only(find(initial, 'thank-you-email', dana.id))
    const snoozed = snoozeTask(danaLetter, '2026-10-29T09:00')
    const done = completeTask(danaThanks, new Date('2026-10-23T15:00:00Z'))
    const edited = replace(replace(initial, danaLetter, snoozed), danaThanks, done)

    const moved = interview({ date: '2026-10-26', interviewers: [{ ...dana, name: 'Dana Smith-Jones' }, lee] })
    const tasks = regenerateTasks(edited, moved, prefs, { newId: sequentialIds('c'), now: LATER })

    expect(only(find(tasks, 'formal-letter', dana.id))).toEqual({
      ...danaLetter,
      title: 'Send a formal thank-you letter to Dana Smith-Jones',
      due: '2026-10-29T17:30',
      snoozedUntil: '2026-10-29T09:00',
    })
    expect(only(find(tasks, 'thank-you-email', dana.id))).toEqual(done)
  })

  it('drops open tasks that no longer apply: a collected card, decision details now known', () => {
    const settled = interview({
      interviewers: [{ ...dana, cardCollected: true }, lee],
      decision: { expectedDate: '2026-10-30', channel: 'phone' },
    })
    const tasks = regenerateTasks(initial, settled, prefs, { newId: sequentialIds('c'), now: LATER })
    expect(find(tasks, 'collect-card', dana.id)).toEqual([])
    expect(find(tasks, 'collect-card', lee.id)).toHaveLength(1)
    expect(find(tasks, 'ask-decision-details')).toEqual([])
    expect(only(find(tasks, 'inquire-result')).due).toBe('2026-11-02T10:00')
  })

  it('does not move an outcome task’s due time when an edit comes later', () => {
    const offer = interview({ interviewers: [dana] }, 'offer')
    const tasks = generateTasks(offer, prefs, { newId: sequentialIds('a'), now: NOW })
    const again = regenerateTasks(tasks, offer, prefs, { newId: sequentialIds('c'), now: LATER })
    expect(only(find(again, 'reply-quickly')).due).toBe('2026-10-23T16:00')
  })

  it('leaves tasks of kinds the workflow does not know alone', () => {
    const custom: FollowUpTask = {
      id: '00000000-0000-4000-8000-d00000000001',
      kind: 'send-portfolio',
      title: 'Send the portfolio',
      due: '2026-10-24T12:00',
      status: 'open',
    }
    const tasks = regenerateTasks([...initial, custom], original, prefs, { newId: sequentialIds('c'), now: LATER })
    expect(tasks).toContainEqual(custom)
  })

  it('keeps one open task per step when a list holds duplicates', () => {
    const summary = only(find(initial, 'write-summary'))
    const duplicate = { ...summary, id: '00000000-0000-4000-8000-d00000000002' }
    const tasks = regenerateTasks([...initial, duplicate], original, prefs, { newId: sequentialIds('c'), now: LATER })
    expect(find(tasks, 'write-summary')).toEqual([duplicate])
  })
})
