import { describe, expect, it } from 'vitest'
import type { FollowUpTask } from '../../../shared/domain/interview'
import type { StageId } from '../../../shared/domain/stages'
import { generateTasks } from '../../../shared/workflow/generate'
import { skippedBy } from '../../../shared/workflow/progress'
import {
  awaitsResult,
  mayHearEarly,
  OUTCOME_STAGE_IDS,
  resultDayWithoutOutcome,
  stageReached,
  tooEarlyFor,
} from '../../../shared/workflow/stage-reached'
import { interview, person, preferences, sequentialIds } from './fixtures'

/** "Result received on" left empty. */
const NO_RESULT = { receivedOn: '', note: '' }
const NO_DECISION = { expectedDate: '', informer: 'interviewer' as const, informerName: '', channel: '' as const }
const dana = person('Dana Smith')
const lee = person('Lee Park')

/** An interview with two interviewers and a decision date, its checklist as generated, in `stage`. */
function card(stage: StageId) {
  const subject = interview({
    date: '2026-10-22',
    time: '10:00',
    timeZone: 'Europe/Berlin',
    interviewers: [dana, lee],
    decision: { expectedDate: '2026-10-30', channel: 'phone' },
  })
  const tasks = generateTasks(subject, preferences(), {
    newId: sequentialIds('t'),
    now: new Date('2026-10-22T14:00:00Z'),
  })
  return { stage, tasks, outcome: NO_RESULT }
}

/** The tasks with those of `kinds` closed as `status` (the first of a kind only, with `first`). */
function closing(tasks: FollowUpTask[], kinds: string[], status: FollowUpTask['status'] = 'done', first = false) {
  const closed = new Set<string>()
  return tasks.map((task) => {
    if (!kinds.includes(task.kind) || (first && closed.has(task.kind))) return task
    closed.add(task.kind)
    return { ...task, status }
  })
}

const INTERVIEWED_STEPS = ['ask-decision-details', 'collect-card', 'thank-you-email']
/** The day after the interview, on its clock: the decision (Friday 30 October) is still ahead. */
const BEFORE_DECISION = '2026-10-23T12:00'
/** The Monday after the decision date: asking for the result is due. */
const ASKING_DUE = '2026-11-02T12:00'

describe('the stage a card’s follow-ups say it has reached', () => {
  it('is Thanked once every thank-you is sent or skipped, one of them sent, and nothing of Interviewed is open', () => {
    const fresh = card('interviewed')
    expect(stageReached(fresh, BEFORE_DECISION)).toBeNull()
    // One of two thank-yous sent: Lee's is still to write.
    expect(
      stageReached({ ...fresh, tasks: closing(fresh.tasks, INTERVIEWED_STEPS, 'done', true) }, BEFORE_DECISION),
    ).toBeNull()
    const thanked = closing(fresh.tasks, INTERVIEWED_STEPS)
    expect(stageReached({ ...fresh, tasks: thanked }, BEFORE_DECISION)).toBe('thanked')
    // The card is there already: nothing to suggest.
    expect(stageReached({ ...fresh, stage: 'thanked', tasks: thanked }, BEFORE_DECISION)).toBeNull()
  })

  it('suggests nothing that would skip an open follow-up: a card not yet collected keeps the card where it is', () => {
    const fresh = card('interviewed')
    const tasks = closing(fresh.tasks, ['ask-decision-details', 'thank-you-email'])
    expect(stageReached({ ...fresh, tasks }, BEFORE_DECISION)).toBeNull()
    // Skipped by the user counts as closed; the summary belongs to no stage and never holds a card back.
    expect(stageReached({ ...fresh, tasks: closing(tasks, ['collect-card'], 'dismissed') }, BEFORE_DECISION)).toBe(
      'thanked',
    )
  })

  it('goes as far as the follow-ups done reach: Letter sent, then Result inquired', () => {
    const fresh = card('interviewed')
    const lettered = closing(fresh.tasks, [...INTERVIEWED_STEPS, 'linkedin-request', 'formal-letter'])
    expect(stageReached({ ...fresh, tasks: lettered }, BEFORE_DECISION)).toBe('letter-sent')
    const asked = closing(lettered, ['inquire-result'])
    expect(stageReached({ ...fresh, tasks: asked }, BEFORE_DECISION)).toBe('result-inquired')
    expect(stageReached({ ...fresh, stage: 'awaiting-result', tasks: asked }, BEFORE_DECISION)).toBe('result-inquired')
  })

  it('once the result is asked about, suggests Result inquired even with a courtesy open, which the move skips', () => {
    const fresh = card('interviewed')
    // A walkthrough: asked nine days on with the letter still open, it said "Move to Thanked".
    const letterOpen = closing(closing(fresh.tasks, [...INTERVIEWED_STEPS, 'linkedin-request']), ['inquire-result'])
    expect(stageReached({ ...fresh, tasks: letterOpen }, BEFORE_DECISION)).toBe('result-inquired')
    expect(skippedBy('result-inquired', letterOpen).map((task) => task.kind)).toEqual([
      'formal-letter',
      'formal-letter',
    ])
    // Nothing skipped once every earlier follow-up is closed; later steps (the check again) are not skipped.
    const allClosed = closing(letterOpen, ['formal-letter'])
    expect(skippedBy('result-inquired', allClosed)).toEqual([])
  })

  it('suggests nothing while asking for the result is due: the asking comes first, then Result inquired', () => {
    const fresh = card('interviewed')
    const thanked = closing(fresh.tasks, INTERVIEWED_STEPS)
    // A walkthrough got "Move to Thanked" above the overdue asking, then "Move to Result inquired".
    expect(stageReached({ ...fresh, tasks: thanked }, ASKING_DUE)).toBeNull()
    expect(stageReached({ ...fresh, tasks: closing(thanked, ['inquire-result']) }, ASKING_DUE)).toBe('result-inquired')
  })

  it('never suggests an outcome, nor moves a card back out of one', () => {
    const fresh = card('interviewed')
    const all = closing(fresh.tasks, [...INTERVIEWED_STEPS, 'linkedin-request', 'formal-letter', 'inquire-result'])
    for (const stage of ['next-round', 'offer', 'not-selected'] as const)
      expect(stageReached({ ...fresh, stage, tasks: all }, BEFORE_DECISION)).toBeNull()
  })
})

describe('awaitsResult: when Next asks "Heard back?"', () => {
  const withDecision = (stage: StageId, expectedDate: string, archived = false) => ({
    stage,
    archived,
    outcome: NO_RESULT,
    decision: { expectedDate, informer: 'interviewer' as const, informerName: '', channel: '' as const },
  })

  it('from the decision date on, whatever the progress stage', () => {
    expect(awaitsResult(withDecision('thanked', '2026-10-30'), '2026-10-29')).toBe(false)
    expect(awaitsResult(withDecision('thanked', '2026-10-30'), '2026-10-30')).toBe(true)
    expect(awaitsResult(withDecision('interviewed', '2026-10-30'), '2026-11-02')).toBe(true)
  })

  it('in Awaiting result and Result inquired, before the decision date and without one', () => {
    expect(awaitsResult(withDecision('awaiting-result', '2026-10-30'), '2026-10-23')).toBe(true)
    expect(awaitsResult(withDecision('result-inquired', ''), '2026-10-23')).toBe(true)
    expect(awaitsResult(withDecision('letter-sent', ''), '2027-01-01')).toBe(false)
  })

  it('never for an archived card', () => {
    expect(awaitsResult(withDecision('result-inquired', '2026-10-30', true), '2026-11-02')).toBe(false)
  })

  it('never once an outcome is in', () => {
    for (const stage of OUTCOME_STAGE_IDS)
      expect(awaitsResult(withDecision(stage, '2026-10-30'), '2026-11-02')).toBe(false)
    expect(OUTCOME_STAGE_IDS).toEqual(['next-round', 'offer', 'not-selected'])
  })
})

describe('resultDayWithoutOutcome: a result day recorded with no outcome picked', () => {
  const recorded = { receivedOn: '2026-10-28', note: 'Offer' }

  it('asks which result came, at the top, and suggests no other stage first', () => {
    const fresh = card('interviewed')
    const thanked = closing(fresh.tasks, INTERVIEWED_STEPS)
    expect(resultDayWithoutOutcome({ ...fresh, outcome: recorded })).toBe('2026-10-28')
    // "Heard back from Globex?" beside "Skipped: the result is in" and "Move to Thanked" (a walkthrough).
    const withResult = { ...fresh, tasks: thanked, outcome: recorded, archived: false, decision: NO_DECISION }
    expect(awaitsResult(withResult, '2026-10-23')).toBe(true)
    expect(stageReached(withResult, BEFORE_DECISION)).toBeNull()
    expect(stageReached({ ...withResult, outcome: NO_RESULT }, BEFORE_DECISION)).toBe('thanked')
  })

  it('is nothing once the card is in an outcome, or with no day recorded', () => {
    for (const stage of OUTCOME_STAGE_IDS) expect(resultDayWithoutOutcome({ stage, outcome: recorded })).toBe('')
    expect(resultDayWithoutOutcome({ stage: 'awaiting-result', outcome: NO_RESULT })).toBe('')
  })
})

describe('mayHearEarly: when Next offers to record a result that came before the decision date', () => {
  const held = (stage: StageId, expectedDate: string, archived = false) => ({
    stage,
    archived,
    outcome: NO_RESULT,
    date: '2026-10-22',
    time: '10:00',
    decision: { expectedDate, informer: 'interviewer' as const, informerName: '', channel: '' as const },
  })

  it('from the interview’s start until the decision date, when "Heard back?" takes over', () => {
    expect(mayHearEarly(held('interviewed', '2026-10-30'), '2026-10-22T09:59')).toBe(false)
    expect(mayHearEarly(held('interviewed', '2026-10-30'), '2026-10-22T10:00')).toBe(true)
    expect(mayHearEarly(held('letter-sent', ''), '2027-01-01T09:00')).toBe(true)
    expect(mayHearEarly(held('thanked', '2026-10-30'), '2026-10-30T08:00')).toBe(false)
    expect(mayHearEarly(held('awaiting-result', '2026-10-30'), '2026-10-23T08:00')).toBe(false)
  })

  it('never once an outcome is in, nor for an archived card', () => {
    for (const stage of OUTCOME_STAGE_IDS)
      expect(mayHearEarly(held(stage, '2026-10-30'), '2026-10-23T08:00')).toBe(false)
    expect(mayHearEarly(held('thanked', '2026-10-30', true), '2026-10-23T08:00')).toBe(false)
  })
})

describe('tooEarlyFor: the stages an interview on a later day cannot move to yet', () => {
  const nextWeek = { date: '2026-10-29' }

  it('every progress stage after Interviewed, until its day comes', () => {
    for (const stage of ['thanked', 'letter-sent', 'awaiting-result', 'result-inquired'] as const) {
      expect(tooEarlyFor(stage, nextWeek, '2026-10-22')).toBe(true)
      expect(tooEarlyFor(stage, nextWeek, '2026-10-29')).toBe(false)
    }
  })

  it('never Interviewed nor an outcome, which can come before a later round is held', () => {
    expect(tooEarlyFor('interviewed', nextWeek, '2026-10-22')).toBe(false)
    for (const stage of OUTCOME_STAGE_IDS) expect(tooEarlyFor(stage, nextWeek, '2026-10-22')).toBe(false)
  })
})
