import { describe, expect, it } from 'vitest'
import type { FollowUpTask } from '../../../shared/domain/interview'
import type { StageId } from '../../../shared/domain/stages'
import { generateTasks } from '../../../shared/workflow/generate'
import {
  answerStillSend,
  resultAskedOn,
  skippedBy,
  decisionStillToAsk,
  leadingTask,
  tasksAfterDone,
  tasksAfterSummary,
  tasksDoneUpTo,
  tasksDueAtEntry,
} from '../../../shared/workflow/progress'
import { tasksAfterEdit, tasksAfterStageChange } from '../../../shared/workflow/stage-hook'
import { orderOpenTasks, reopenTask } from '../../../shared/workflow/task-state'
import { instantToWallTime } from '../../../shared/workflow/time-zone'
import { interview, only, person, preferences, sequentialIds } from './fixtures'
import { compareWall } from '../../../shared/workflow/wall-time'

/**
 * The rules that close tasks as the user makes progress, on a fixed clock, in Berlin and New York.
 * Berlin leaves summer time on Sunday 2026-10-25 (03:00 CEST → 02:00 CET); New York on Sunday 2026-11-01.
 */

const prefs = preferences()
const dana = person('Dana Smith')
const lee = person('Lee Park')

// Thursday 2026-10-22, 16:00 in Berlin (CEST, UTC+2): the evening of the interview.
const INTERVIEW_EVENING = new Date('2026-10-22T14:00:00Z')
// Monday 2026-10-26, 10:00 in Berlin (CET, UTC+1): after the clocks went back.
const AFTER_DST = new Date('2026-10-26T09:00:00Z')

function card(stage: StageId = 'interviewed', zone = 'Europe/Berlin') {
  const subject = interview({
    date: '2026-10-22',
    time: '10:00',
    timeZone: zone,
    interviewers: [dana, lee],
    decision: { expectedDate: '2026-10-30', channel: 'phone' },
  })
  const tasks = generateTasks(subject, prefs, { newId: sequentialIds('t'), now: INTERVIEW_EVENING })
  return { ...subject, stage, tasks }
}

type Card = ReturnType<typeof card> & { stillSend?: 'ask' | 'yes' | 'no' }

function move(subject: Card, to: StageId, now = AFTER_DST, settings = prefs): Card {
  const planned = tasksAfterStageChange(subject, subject.stage, to, settings, { newId: sequentialIds('m'), now })
  return { ...subject, stage: to, tasks: planned.tasks, stillSend: planned.stillSend }
}

function statusOf(tasks: FollowUpTask[], kind: string): string[] {
  return tasks
    .filter((task) => task.kind === kind)
    .map((task) => `${task.status}${task.closedBy ? `/${task.closedBy}` : ''}`)
}

describe('moving a card past a stage', () => {
  it('to Awaiting result: the thank-you, card, LinkedIn and letter tasks are skipped by progress, kept and dated', () => {
    const after = move(card(), 'awaiting-result')
    expect(statusOf(after.tasks, 'thank-you-email')).toEqual(['skipped/stage-passed', 'skipped/stage-passed'])
    expect(statusOf(after.tasks, 'collect-card')).toEqual(['skipped/stage-passed', 'skipped/stage-passed'])
    expect(statusOf(after.tasks, 'linkedin-request')).toEqual(['skipped/stage-passed', 'skipped/stage-passed'])
    expect(statusOf(after.tasks, 'formal-letter')).toEqual(['skipped/stage-passed', 'skipped/stage-passed'])
    expect(
      only(after.tasks.filter((task) => task.kind === 'thank-you-email' && task.personId === dana.id)),
    ).toMatchObject({ completedAt: AFTER_DST.toISOString() })
    // Still worth doing: the summary, and asking for the result once the decision date has passed.
    expect(statusOf(after.tasks, 'write-summary')).toEqual(['open'])
    expect(statusOf(after.tasks, 'inquire-result')).toEqual(['open'])
    expect(after.tasks).toHaveLength(card().tasks.length)
  })

  it('to Thanked: the thank-yous are done (the move says they were sent), the card skipped; the letter is ahead', () => {
    const after = move(card(), 'thanked')
    expect(statusOf(after.tasks, 'thank-you-email')).toEqual(['done/sent-by-move', 'done/sent-by-move'])
    expect(statusOf(after.tasks, 'collect-card')).toEqual(['skipped/stage-passed', 'skipped/stage-passed'])
    expect(statusOf(after.tasks, 'formal-letter')).toEqual(['open', 'open'])
    expect(statusOf(after.tasks, 'linkedin-request')).toEqual(['open', 'open'])
  })

  it('to Letter sent: the letters are done, not skipped, and a move back reopens them; passing it skips them', () => {
    // Moved there, the letter read "Skipped: you moved past this stage" to a user who had posted it (a walkthrough).
    const after = move(move(card(), 'thanked'), 'letter-sent')
    expect(statusOf(after.tasks, 'formal-letter')).toEqual(['done/sent-by-move', 'done/sent-by-move'])
    expect(skippedBy('letter-sent', move(card(), 'thanked').tasks).map((task) => task.kind)).toEqual([
      'linkedin-request',
      'linkedin-request',
    ])
    expect(statusOf(move(after, 'thanked').tasks, 'formal-letter')).toEqual(['open', 'open'])
    // Straight from Thanked to Awaiting result, the letter was not sent: skipped, as before.
    const passed = move(move(card(), 'thanked'), 'awaiting-result')
    expect(statusOf(passed.tasks, 'formal-letter')).toEqual(['skipped/stage-passed', 'skipped/stage-passed'])
  })

  it('to Result inquired: the inquiry is done (the move says the user asked), and a move back reopens it', () => {
    const after = move(card('awaiting-result'), 'result-inquired')
    expect(statusOf(after.tasks, 'inquire-result')).toEqual(['done/asked-by-move'])
    expect(skippedBy('result-inquired', card('awaiting-result').tasks).map((task) => task.kind)).not.toContain(
      'inquire-result',
    )
    expect(statusOf(after.tasks, 'check-again')).toEqual(['open'])
    expect(resultAskedOn(after)).toBe('2026-10-26')
    const back = move(after, 'awaiting-result')
    expect(statusOf(back.tasks, 'inquire-result')).toEqual(['open'])
    expect(statusOf(back.tasks, 'check-again')).toEqual([])
  })

  it('keeps what the user did themselves: a done thank-you stays done', () => {
    const subject = card()
    const doneAt = '2026-10-22T15:00:00.000Z'
    subject.tasks = subject.tasks.map((task) =>
      task.kind === 'thank-you-email' && task.personId === dana.id
        ? { ...task, status: 'done', completedAt: doneAt }
        : task,
    )
    const after = move(subject, 'awaiting-result')
    expect(statusOf(after.tasks, 'thank-you-email')).toEqual(['done', 'skipped/stage-passed'])
  })

  it('moving back reopens the tasks skipped by progress of the stages ahead again', () => {
    const back = move(move(card(), 'awaiting-result'), 'thanked')
    expect(statusOf(back.tasks, 'formal-letter')).toEqual(['open', 'open'])
    expect(statusOf(back.tasks, 'thank-you-email')).toEqual(['skipped/stage-passed', 'skipped/stage-passed'])
    expect(back.tasks.find((task) => task.kind === 'formal-letter')?.completedAt).toBeUndefined()
  })

  it('one click reopens a skipped task: open again, without its reason', () => {
    const after = move(card(), 'awaiting-result')
    const skipped = after.tasks.find((task) => task.kind === 'thank-you-email')!
    const reopened = reopenTask(skipped)
    expect(reopened.status).toBe('open')
    expect(reopened.closedBy).toBeUndefined()
    expect(reopened.completedAt).toBeUndefined()
  })
})

describe('an outcome', () => {
  for (const outcome of ['next-round', 'offer', 'not-selected'] as const) {
    it(`a move to ${outcome} skips the open result inquiry and asks once whether to still send the thanks`, () => {
      const after = move(card('awaiting-result'), outcome)
      expect(statusOf(after.tasks, 'inquire-result')).toEqual(['skipped/outcome'])
      expect(after.stillSend).toBe('ask')
      // The default ("still send") keeps them until the user says otherwise.
      expect(statusOf(after.tasks, 'formal-letter')).toEqual(['open', 'open'])
    })
  }

  it('with "Still send the letter?" defaulting to no in Settings, the open thanks are superseded at once', () => {
    const settings = preferences({ stillSendAfterOutcome: false })
    const after = move(card('thanked'), 'not-selected', AFTER_DST, settings)
    expect(statusOf(after.tasks, 'formal-letter')).toEqual(['skipped/superseded', 'skipped/superseded'])
    expect(statusOf(after.tasks, 'linkedin-request')).toEqual(['skipped/superseded', 'skipped/superseded'])
    expect(statusOf(after.tasks, 'thank-after-rejection')).toEqual(['open', 'open'])
    expect(after.stillSend).toBe('ask')
  })

  it('answering no skips the open thanks; answering yes brings back only those the answer skipped', () => {
    const offer = move(card('thanked'), 'offer')
    const no = answerStillSend(offer.tasks, false, AFTER_DST)
    expect(no.stillSend).toBe('no')
    expect(statusOf(no.tasks, 'formal-letter')).toEqual(['skipped/superseded', 'skipped/superseded'])
    expect(statusOf(no.tasks, 'thank-you-email')).toEqual(['skipped/superseded', 'skipped/superseded'])
    expect(statusOf(no.tasks, 'write-summary')).toEqual(['open'])
    const yes = answerStillSend(no.tasks, true, AFTER_DST)
    expect(yes.stillSend).toBe('yes')
    expect(statusOf(yes.tasks, 'formal-letter')).toEqual(['open', 'open'])
  })

  it('asks nothing when no thanks are open', () => {
    const subject = card('awaiting-result')
    const done = move(subject, 'awaiting-result')
    const allThanked = done.tasks.map((task) =>
      ['thank-you-email', 'linkedin-request', 'formal-letter'].includes(task.kind)
        ? { ...task, status: 'done' as const }
        : task,
    )
    expect(move({ ...done, tasks: allThanked }, 'offer').stillSend).toBeUndefined()
  })

  it('a result date recorded in the form closes the inquiry just as a move does', () => {
    const subject = card('awaiting-result')
    const edited = { ...subject, outcome: { receivedOn: '2026-10-26', note: 'Call from HR' } }
    const planned = tasksAfterEdit(subject, edited, prefs, { newId: sequentialIds('e'), now: AFTER_DST })
    expect(statusOf(planned.tasks, 'inquire-result')).toEqual(['skipped/outcome'])
    expect(planned.stillSend).toBe('ask')
  })

  it('an edit keeps the time of a follow-up already due, unless it moves the interview or its decision', () => {
    const subject = card('thanked')
    const dueBefore = only(subject.tasks.filter((task) => task.kind === 'write-summary')).due
    // The working day now ends an hour earlier; Settings left the summary, already due, at its time.
    const shorter = preferences({ workingHours: { start: prefs.workingHours.start, end: '16:30' } })
    const withKim = { ...subject, interviewers: [...subject.interviewers, person('Kim Novak')] }
    const edit = (edited: Card) =>
      tasksAfterEdit(subject, edited, shorter, { newId: sequentialIds('e'), now: AFTER_DST })
    // Saving a new interviewer moved it to 16:30 (a walkthrough, with a phone number).
    expect(only(edit(withKim).tasks.filter((task) => task.kind === 'write-summary')).due).toBe(dueBefore)
    const redated = edit({ ...withKim, date: '2026-10-21' })
    expect(only(redated.tasks.filter((task) => task.kind === 'write-summary')).due).toBe('2026-10-21T16:30')
  })

  it('taking the outcome back reopens the inquiry it closed, unless a result date is recorded', () => {
    const back = move(move(card('awaiting-result'), 'offer'), 'awaiting-result')
    expect(statusOf(back.tasks, 'inquire-result')).toEqual(['open'])
    const withDate = move(card('awaiting-result'), 'offer')
    const kept = move({ ...withDate, outcome: { receivedOn: '2026-10-26', note: '' } }, 'awaiting-result')
    expect(statusOf(kept.tasks, 'inquire-result')).toEqual(['skipped/outcome'])
  })
})

describe('the summary', () => {
  it('notes saved with a summary close "Write your summary" as done', () => {
    const tasks = tasksAfterSummary(card().tasks, AFTER_DST)
    expect(statusOf(tasks, 'write-summary')).toEqual(['done/summary-saved'])
    expect(statusOf(tasks, 'thank-you-email')).toEqual(['open', 'open'])
  })
})

describe('an interview entered late', () => {
  // Entered on Monday 2026-10-26 at 10:00 Berlin time (after the DST change), four days after it took place.
  const late = { ...card(), createdAt: AFTER_DST.toISOString() }

  it('lists what was already due when it was entered', () => {
    const dueThen = tasksDueAtEntry(late)
    // Everything of the interview day, and the letter (due Tuesday 27th) is not yet.
    expect(dueThen.map((task) => task.kind)).not.toContain('formal-letter')
    expect(dueThen.map((task) => task.kind)).toEqual(
      expect.arrayContaining(['collect-card', 'thank-you-email', 'write-summary', 'linkedin-request']),
    )
  })

  it('"all done up to today" marks exactly those done, in one step', () => {
    const now = instantToWallTime(AFTER_DST, 'Europe/Berlin')
    expect(now).toBe('2026-10-26T10:00')
    const tasks = tasksDoneUpTo(late.tasks, now, AFTER_DST)
    const dueThenIds = new Set(tasksDueAtEntry(late).map((task) => task.id))
    for (const task of tasks) {
      expect(task.status).toBe(dueThenIds.has(task.id) ? 'done' : 'open')
      if (dueThenIds.has(task.id)) expect(task.closedBy).toBe('already-done')
    }
    expect(tasksDueAtEntry({ ...late, tasks })).toEqual([])
  })

  it('entered later that day, it asks about what was due at its start instead of showing it overdue', () => {
    // 12:30 on the interview's day in Berlin (10:30 UTC): the 10:00 interview is over, the day's steps not
    // yet due; the card of each of its two interviewers was due at its start.
    const afternoon = tasksDueAtEntry({ ...card(), createdAt: '2026-10-22T10:30:00.000Z' })
    expect(afternoon.map((task) => task.kind).sort()).toEqual(['collect-card', 'collect-card'])
    // 18:30: the day's steps too, due at the end of its working day.
    const evening = tasksDueAtEntry({ ...card(), createdAt: '2026-10-22T16:30:00.000Z' })
    expect(evening.map((task) => task.kind)).toEqual(expect.arrayContaining(['thank-you-email', 'write-summary']))
  })

  it('entered before it or as it starts, there is nothing to ask about', () => {
    // 09:00 and 10:00 in Berlin, the interview starting at 10:00.
    expect(tasksDueAtEntry({ ...card(), createdAt: '2026-10-22T07:00:00.000Z' })).toEqual([])
    expect(tasksDueAtEntry({ ...card(), createdAt: '2026-10-22T08:00:00.000Z' })).toEqual([])
  })

  it('entered 20 minutes into it (a short call), it asks about what was due at its start', () => {
    // 10:20 in Berlin: the cards, due at 10:00, are asked about rather than shown 20 min overdue.
    const shortCall = tasksDueAtEntry({ ...card(), createdAt: '2026-10-22T08:20:00.000Z' })
    expect(shortCall.map((task) => task.kind).sort()).toEqual(['collect-card', 'collect-card'])
  })

  it('entered after the decision date passed, asking for the result is not asked about, nor closed by "all done up to today"', () => {
    // Monday 2026-11-02, 10:00 in Berlin: the decision was expected on Friday 30 October.
    const weeksLate = { ...card(), createdAt: '2026-11-02T09:00:00.000Z' }
    const inquiry = weeksLate.tasks.find((task) => task.kind === 'inquire-result')!
    expect(compareWall(inquiry.due, '2026-11-02T10:00')).toBeLessThanOrEqual(0)
    expect(tasksDueAtEntry(weeksLate).map((task) => task.kind)).not.toContain('inquire-result')
    expect(tasksDueAtEntry(weeksLate).map((task) => task.kind)).toContain('thank-you-email')
    const tasks = tasksDoneUpTo(weeksLate.tasks, '2026-11-02T10:00', new Date('2026-11-02T09:00:00.000Z'))
    expect(statusOf(tasks, 'inquire-result')).toEqual(['open'])
    expect(statusOf(tasks, 'thank-you-email')).toEqual(['done/already-done', 'done/already-done'])
  })
})

describe('a thank-you sent asks what was not asked of the decision', () => {
  const unasked = () => {
    const subject = interview({
      date: '2026-10-22',
      time: '10:00',
      timeZone: 'Europe/Berlin',
      interviewers: [dana, lee],
      decision: { expectedDate: '2026-10-30', channel: '' },
    })
    return { ...subject, tasks: generateTasks(subject, prefs, { newId: sequentialIds('t'), now: INTERVIEW_EVENING }) }
  }
  const done = (subject: ReturnType<typeof unasked>, kind: string) =>
    tasksAfterDone(subject, subject.tasks.find((task) => task.kind === kind)!.id, prefs, {
      now: INTERVIEW_EVENING,
      newId: sequentialIds('c'),
    })

  it('a thank-you email done closes "Ask how they will tell you the decision", saying why', () => {
    const subject = unasked()
    expect(decisionStillToAsk(subject.tasks)?.title).toBe('Ask how they will tell you the decision')
    const tasks = done(subject, 'thank-you-email')
    expect(statusOf(tasks, 'ask-decision-details')).toEqual(['done/asked-in-thanks'])
    expect(decisionStillToAsk(tasks)).toBeUndefined()
  })

  it('another follow-up done leaves it open', () => {
    expect(statusOf(done(unasked(), 'linkedin-request'), 'ask-decision-details')).toEqual(['open'])
  })

  it('leads before the interview, then gives the lead to the thank-you that asks it', () => {
    const subject = unasked()
    // At the interview it is the thing to do; once it has begun the card led with it "overdue" while Next
    // opened the thank-you (a walkthrough).
    expect(leadingTask(subject, '2026-10-22T09:00')?.kind).toBe('ask-decision-details')
    const afterwards = orderOpenTasks(subject.tasks, '2026-10-22T16:00')
    expect(afterwards[0]?.kind).toBe('ask-decision-details')
    expect(leadingTask(subject, '2026-10-22T16:00')).toBe(afterwards[1])
    // With no thank-you to send (none planned, or sent), nothing else asks it: it leads again.
    const noThanks = { ...subject, tasks: subject.tasks.filter((task) => task.kind !== 'thank-you-email') }
    expect(leadingTask(noThanks, '2026-10-22T16:00')?.kind).toBe('ask-decision-details')
  })
})

describe('after asking about the result', () => {
  const inquiryOf = (subject: Card) => subject.tasks.find((task) => task.kind === 'inquire-result')!

  it('the inquiry done plans one "check again" after 5 business days, in the first good call window, in New York across its DST change', () => {
    const subject = card('awaiting-result', 'America/New_York')
    const inquiry = inquiryOf(subject)
    // Friday 2026-10-30, 11:00 in New York (EDT, UTC-4); New York leaves summer time on Sunday 1 November.
    const now = new Date('2026-10-30T15:00:00Z')
    const tasks = tasksAfterDone(subject, inquiry.id, prefs, { now, newId: sequentialIds('c') })
    expect(tasks.find((task) => task.id === inquiry.id)).toMatchObject({
      status: 'done',
      completedAt: now.toISOString(),
    })
    // Five business days after Friday is the next Friday; its first good window starts at 10:00 on the wall clock.
    expect(only(tasks.filter((task) => task.kind === 'check-again'))).toMatchObject({
      title: 'Check again with Acme about the result',
      due: '2026-11-06T10:00',
      status: 'open',
    })
  })

  it('follows the number of business days set in Settings', () => {
    const subject = card('awaiting-result')
    const settings = preferences({ checkAgainAfterDays: 2 })
    // Monday 26th, Berlin: two business days later is Wednesday 28th.
    const tasks = tasksAfterDone(subject, inquiryOf(subject).id, settings, {
      now: AFTER_DST,
      newId: sequentialIds('c'),
    })
    expect(only(tasks.filter((task) => task.kind === 'check-again')).due).toBe('2026-10-28T10:00')
  })

  it('plans it once: the check again done plans no other, nor does the inquiry done again after a reopen', () => {
    const subject = card('awaiting-result')
    const inquiry = inquiryOf(subject)
    const options = { now: AFTER_DST, newId: sequentialIds('c') }
    const first = tasksAfterDone(subject, inquiry.id, prefs, options)
    const checkAgain = only(first.filter((task) => task.kind === 'check-again'))
    const second = tasksAfterDone({ ...subject, tasks: first }, checkAgain.id, prefs, options)
    expect(statusOf(second, 'check-again')).toEqual(['done'])
    const reopened = second.map((task) => (task.id === inquiry.id ? reopenTask(task) : task))
    const third = tasksAfterDone({ ...subject, tasks: reopened }, inquiry.id, prefs, options)
    expect(statusOf(third, 'check-again')).toEqual(['done'])
  })

  it('any other follow-up done plans nothing', () => {
    const subject = card()
    const thankYou = subject.tasks.find((task) => task.kind === 'thank-you-email')!
    const tasks = tasksAfterDone(subject, thankYou.id, prefs, { now: AFTER_DST, newId: sequentialIds('c') })
    expect(tasks.filter((task) => task.id !== thankYou.id)).toEqual(
      subject.tasks.filter((task) => task.id !== thankYou.id),
    )
    expect(statusOf(tasks, 'check-again')).toEqual([])
  })

  it('a move to Result inquired is the asking too: it plans the check again, once', () => {
    const moved = move(card('awaiting-result'), 'result-inquired')
    expect(statusOf(moved.tasks, 'check-again')).toEqual(['open'])
    // Monday 26th, Berlin, + 5 business days: Monday 2 November, 10:00.
    expect(only(moved.tasks.filter((task) => task.kind === 'check-again')).due).toBe('2026-11-02T10:00')
    const asked = tasksAfterDone(card('awaiting-result'), inquiryOf(card('awaiting-result')).id, prefs, {
      now: AFTER_DST,
      newId: sequentialIds('c'),
    })
    const movedAfterAsking = move({ ...card('awaiting-result'), tasks: asked }, 'result-inquired')
    expect(statusOf(movedAfterAsking.tasks, 'check-again')).toEqual(['open'])
  })

  it('goes when the card is moved back and the inquiry is open again, and comes back with the next move on', () => {
    const inquired = move(card('awaiting-result'), 'result-inquired')
    const back = move(inquired, 'awaiting-result')
    expect(statusOf(back.tasks, 'inquire-result')).toEqual(['open'])
    expect(statusOf(back.tasks, 'check-again')).toEqual([])
    expect(statusOf(move(back, 'result-inquired').tasks, 'check-again')).toEqual(['open'])
    // Asked (the inquiry done) and then moved back: the inquiry stays done, and so does its check again.
    const asked = tasksAfterDone(card('awaiting-result'), inquiryOf(card('awaiting-result')).id, prefs, {
      now: AFTER_DST,
      newId: sequentialIds('c'),
    })
    const movedBack = move({ ...card('awaiting-result'), tasks: asked }, 'thanked')
    expect(statusOf(movedBack.tasks, 'check-again')).toEqual(['open'])
  })

  it('survives an edit of the interview: the regenerated checklist keeps the check again', () => {
    const subject = card('awaiting-result')
    const tasks = tasksAfterDone(subject, inquiryOf(subject).id, prefs, { now: AFTER_DST, newId: sequentialIds('c') })
    const before = { ...subject, tasks }
    const edited = { ...before, company: 'Acme GmbH' }
    const planned = tasksAfterEdit(before, edited, prefs, { newId: sequentialIds('e'), now: AFTER_DST })
    expect(statusOf(planned.tasks, 'check-again')).toEqual(['open'])
  })

  it('is skipped when the outcome comes in', () => {
    const offer = move(move(card('awaiting-result'), 'result-inquired'), 'offer')
    expect(statusOf(offer.tasks, 'check-again')).toEqual(['skipped/outcome'])
  })

  it('knows the day of the asking it follows, in the interview’s zone, by a done or by the move to Result inquired', () => {
    const subject = card('awaiting-result', 'America/New_York')
    expect(resultAskedOn(subject)).toBe('')
    // Tuesday 2026-11-03, 01:30 UTC is still Monday 2 November in New York.
    const late = new Date('2026-11-03T01:30:00Z')
    const done = tasksAfterDone(subject, inquiryOf(subject).id, prefs, { now: late, newId: sequentialIds('c') })
    expect(resultAskedOn({ ...subject, tasks: done })).toBe('2026-11-02')
    expect(resultAskedOn(move(subject, 'result-inquired', late))).toBe('2026-11-02')
    // Moved past without asking, to an outcome: no asking to recall.
    expect(resultAskedOn(move(subject, 'offer', late))).toBe('')
  })
})
