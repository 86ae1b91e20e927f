import { describe, expect, it } from 'vitest'
import type { Interview } from '../../../shared/domain/interview'
import { messageTargets } from '../../../shared/messages/per-person'
import { fields, person, useTempHosts } from './support'

/**
 * The progress rules through the contract: what the user sees change when they move a card, record
 * an outcome, save a summary or say what they already did, and that each is one undoable change.
 * The interview is on Friday 2025-03-07 at 14:00 in Berlin; the host's clock starts on Monday 10th.
 */
const hosts = useTempHosts()

function statuses(interview: Interview, kind: string): string[] {
  return interview.tasks
    .filter((task) => task.kind === kind)
    .map((task) => `${task.status}${task.closedBy ? `/${task.closedBy}` : ''}`)
}

const withDecision = {
  interviewers: [person('Dana Reyes'), person('Tom Becker')],
  decision: { expectedDate: '2025-03-14', informer: 'hr' as const, informerName: '', channel: 'phone' as const },
}

describe('tasks that follow progress, in the host', () => {
  it('a move to Awaiting result skips the thank-you tasks, and one undo brings them back', async () => {
    const { client } = await hosts.open()
    const acme = await client.createInterview({ fields: fields('Acme', withDecision) })
    const moved = await client.moveInterview({ id: acme.id, stage: 'awaiting-result' })
    expect(statuses(moved, 'thank-you-email')).toEqual(['skipped/stage-passed', 'skipped/stage-passed'])
    expect(await client.undo({})).toEqual({ change: { label: 'Move Acme to Awaiting result', interviewId: acme.id } })
    const back = await client.getInterview({ id: acme.id })
    expect(statuses(back, 'thank-you-email')).toEqual(['open', 'open'])
  })

  it('reopening one skipped task is one click: the task is open again', async () => {
    const { client } = await hosts.open()
    const acme = await client.createInterview({ fields: fields('Acme', withDecision) })
    const moved = await client.moveInterview({ id: acme.id, stage: 'awaiting-result' })
    const letter = moved.tasks.find((task) => task.kind === 'formal-letter')!
    const reopened = await client.updateTask({ interviewId: acme.id, taskId: letter.id, action: 'reopen' })
    expect(reopened.tasks.find((task) => task.id === letter.id)).toMatchObject({ status: 'open' })
    expect(reopened.tasks.find((task) => task.id === letter.id)?.closedBy).toBeUndefined()
  })

  it('an offer skips the inquiry and asks "Still send the letter?"; answering no skips the thanks, undoably', async () => {
    const { client } = await hosts.open()
    const acme = await client.createInterview({ fields: fields('Acme', withDecision) })
    const offer = await client.moveInterview({ id: acme.id, stage: 'offer' })
    expect(statuses(offer, 'inquire-result')).toEqual(['skipped/outcome'])
    expect(offer.stillSend).toBe('ask')
    expect(statuses(offer, 'formal-letter')).toEqual(['open', 'open'])

    const answered = await client.answerStillSend({ interviewId: acme.id, send: false })
    expect(answered.stillSend).toBe('no')
    expect(statuses(answered, 'formal-letter')).toEqual(['skipped/superseded', 'skipped/superseded'])
    await client.undo({})
    expect((await client.getInterview({ id: acme.id })).stillSend).toBe('ask')
  })

  it('a result date entered in the form closes the inquiry', async () => {
    const { client } = await hosts.open()
    const acme = await client.createInterview({ fields: fields('Acme', withDecision) })
    const edited = await client.updateInterview({
      id: acme.id,
      fields: fields('Acme', {
        ...withDecision,
        interviewers: acme.interviewers,
        outcome: { receivedOn: '2025-03-10' },
      }),
    })
    expect(statuses(edited, 'inquire-result')).toEqual(['skipped/outcome'])
  })

  it('a move to an outcome records the day it came as "Result received on"; a move back takes it back', async () => {
    // The host's clock: Monday 2025-03-10, 10:00 in Berlin.
    const { client } = await hosts.open()
    const acme = await client.createInterview({ fields: fields('Acme', withDecision) })
    const offer = await client.moveInterview({ id: acme.id, stage: 'offer' })
    // It stayed empty after every outcome move (two walkthroughs).
    expect(offer.outcome.receivedOn).toBe('2025-03-10')
    // From one outcome to another, the day the result came stays.
    expect((await client.moveInterview({ id: acme.id, stage: 'next-round' })).outcome.receivedOn).toBe('2025-03-10')
    // Moved back, the outcome is taken back, its day with it, and the inquiry is open again.
    const back = await client.moveInterview({ id: acme.id, stage: 'awaiting-result' })
    expect(back.outcome.receivedOn).toBe('')
    expect(statuses(back, 'inquire-result')).toEqual(['open'])
  })

  it('a result day the user typed stays through a move back; an interview still to come gets none', async () => {
    const { client } = await hosts.open()
    const acme = await client.createInterview({ fields: fields('Acme', withDecision) })
    const offer = await client.moveInterview({ id: acme.id, stage: 'offer' })
    await client.updateInterview({
      id: acme.id,
      fields: fields('Acme', {
        ...withDecision,
        interviewers: offer.interviewers,
        outcome: { receivedOn: '2025-03-08' },
      }),
    })
    const back = await client.moveInterview({ id: acme.id, stage: 'awaiting-result' })
    expect(back.outcome.receivedOn).toBe('2025-03-08')
    // The form refuses a result before the interview's day, so a move writes none there.
    const ahead = await client.createInterview({ fields: fields('Hooli', { date: '2025-03-20' }) })
    expect((await client.moveInterview({ id: ahead.id, stage: 'offer' })).outcome.receivedOn).toBe('')
  })

  it('an interview entered with its result date already known does not ask about the result', async () => {
    const { client } = await hosts.open()
    const acme = await client.createInterview({
      fields: fields('Acme', { ...withDecision, outcome: { receivedOn: '2025-03-08' } }),
    })
    expect(statuses(acme, 'inquire-result')).toEqual(['skipped/outcome'])
    expect(acme.stillSend).toBe('ask')
    expect(statuses(acme, 'thank-you-email')).toEqual(['open', 'open'])
    const undecided = await client.createInterview({ fields: fields('Beta', withDecision) })
    expect(statuses(undecided, 'inquire-result')).toEqual(['open'])
    expect(undecided.stillSend).toBeUndefined()
  })

  it('an interview entered with its outcome is planned as that move is: the reply, the day kept, one undo', async () => {
    const { client } = await hosts.open()
    const entered = await client.createInterview({
      fields: fields('Acme', { ...withDecision, outcome: { receivedOn: '2025-03-08', note: 'Offer' } }),
      stage: 'offer',
    })
    // It stayed in Interviewed with no reply to the offer, asking "Heard back?" (a walkthrough).
    expect(entered.stage).toBe('offer')
    expect(entered.outcome.receivedOn).toBe('2025-03-08')
    expect(entered.tasks.find((task) => task.kind === 'reply-quickly')).toMatchObject({
      title: 'Reply to the offer from Acme',
      status: 'open',
    })
    expect(statuses(entered, 'inquire-result')).toEqual(['skipped/outcome'])
    expect(entered.stillSend).toBe('ask')
    // The same tasks as entering it in Interviewed and moving it to Offer, from Next or the board.
    const moved = await client.moveInterview({
      id: (await client.createInterview({ fields: fields('Acme', withDecision) })).id,
      stage: 'offer',
    })
    const kinds = (interview: Interview) => interview.tasks.map((task) => `${task.kind}:${task.status}`).sort()
    expect(kinds(entered)).toEqual(kinds(moved))
    // With no day typed, the day it was entered, as a move writes it.
    const today = await client.createInterview({ fields: fields('Beta', withDecision), stage: 'not-selected' })
    expect(today.outcome.receivedOn).toBe('2025-03-10')
    expect(statuses(today, 'thank-after-rejection')).toEqual(['open', 'open'])
    await client.undo({})
    await expect(client.getInterview({ id: today.id })).rejects.toMatchObject({ code: 'not-found' })
  })

  it('notes saved with a summary close "Write your summary"; the bare template or a first word do not', async () => {
    const { client } = await hosts.open()
    const acme = await client.createInterview({ fields: fields('Acme', withDecision) })
    const summary = () => client.getInterview({ id: acme.id }).then((interview) => statuses(interview, 'write-summary'))
    await client.writeNotes({ id: acme.id, markdown: '# Acme\n\n## What we talked about\n\n- \n' })
    expect(await summary()).toEqual(['open'])
    // The notes are saved as the user types: the first words are no summary yet.
    expect((await client.writeNotes({ id: acme.id, markdown: 'ok' })).summaryWritten).toBe(false)
    await client.writeNotes({ id: acme.id, markdown: '# Acme\n\n## What we talked about\n\n- Their move to Rust\n' })
    expect(await summary()).toEqual(['open'])
    const written = [
      '# Acme',
      '## What we talked about',
      '- Their move to Rust, and why the payments team went first',
      '- Dana asked how I would split the monolith; I answered with the strangler pattern',
    ].join('\n\n')
    // The reply says so, for the window to tell the user: the follow-up leaves Next with no click.
    expect((await client.writeNotes({ id: acme.id, markdown: written })).summaryWritten).toBe(true)
    expect(await summary()).toEqual(['done/summary-saved'])
    // Later saves (the editor saves as the user types) add no change of their own.
    expect((await client.writeNotes({ id: acme.id, markdown: `${written}\n- Kafka too\n` })).summaryWritten).toBe(false)
  })

  it('Ctrl+Z after a summary undoes the user’s last change, and the summary the notes hold stays done', async () => {
    const { host, client } = await hosts.open()
    const acme = await client.createInterview({ fields: fields('Acme', withDecision) })
    await client.moveInterview({ id: acme.id, stage: 'thanked' })
    const summary = () => client.getInterview({ id: acme.id }).then((interview) => statuses(interview, 'write-summary'))
    const written = [
      '## What we talked about',
      '- Their move to Rust, and why the payments team went first',
      '- Dana asked how I would split the monolith; I answered with the strangler pattern',
    ].join('\n\n')
    expect((await client.writeNotes({ id: acme.id, markdown: written })).summaryWritten).toBe(true)
    // It undid "Summary written: Acme", the app's own step, and the reopened task was reminded of (a walkthrough).
    expect((await client.undo({})).change?.label).toBe('Move Acme to Thanked')
    expect((await client.getInterview({ id: acme.id })).stage).toBe('interviewed')
    expect(await summary()).toEqual(['done/summary-saved'])
    await client.redo({})
    expect(await summary()).toEqual(['done/summary-saved'])
    // The journal reads it back after a restart.
    await host.close()
    const reopened = await hosts.open()
    expect(statuses(await reopened.client.getInterview({ id: acme.id }), 'write-summary')).toEqual([
      'done/summary-saved',
    ])
  })

  it('notes saved before the interview are preparation: they do not close "Write your summary"', async () => {
    const { client } = await hosts.open()
    // The host's clock stands on Monday the 10th; this interview is on Thursday the 20th.
    const ahead = await client.createInterview({ fields: fields('Hooli', { date: '2025-03-20' }) })
    const questions = `## Questions to ask\n\n${'- how is on-call shared across the team?\n'.repeat(6)}`
    expect((await client.writeNotes({ id: ahead.id, markdown: questions })).summaryWritten).toBe(false)
    const stored = await client.getInterview({ id: ahead.id })
    expect(statuses(stored, 'write-summary')).toEqual(['open'])
  })

  it('"all done up to today" on an interview entered late marks what was due, in one undoable change', async () => {
    const { client } = await hosts.open()
    // Entered on Monday the 10th for Friday the 7th: the same-day tasks are long due, the letter (Wednesday) not yet.
    const late = await client.createInterview({ fields: fields('Acme', withDecision) })
    const done = await client.markDoneUpToNow({ interviewId: late.id })
    expect(statuses(done, 'thank-you-email')).toEqual(['done/already-done', 'done/already-done'])
    expect(statuses(done, 'formal-letter')).toEqual(['open', 'open'])
    expect((await client.undo({})).change?.label).toBe('Mark done up to today: Acme')
  })

  it('"mark the ticked ones done" on an interview entered late is one change: one undo takes them all back', async () => {
    const { client } = await hosts.open()
    const late = await client.createInterview({ fields: fields('Acme', withDecision) })
    const thankYous = late.tasks.filter((task) => task.kind === 'thank-you-email').map((task) => task.id)
    const done = await client.markDoneUpToNow({ interviewId: late.id, taskIds: thankYous })
    expect(statuses(done, 'thank-you-email')).toEqual(['done/already-done', 'done/already-done'])
    expect(statuses(done, 'write-summary')).toEqual(['open'])
    // It answers the question: the rest are kept to do, not asked about again.
    expect(done.noneDoneYet).toBe(true)
    expect((await client.undo({})).change?.label).toBe('Mark done: 2 follow-ups of Acme')
    const undone = await client.getInterview({ id: late.id })
    expect(statuses(undone, 'thank-you-email')).toEqual(['open', 'open'])
    expect(undone.noneDoneYet).toBeUndefined()
    const unknown = crypto.randomUUID()
    await expect(client.markDoneUpToNow({ interviewId: late.id, taskIds: [unknown] })).rejects.toThrow(
      `Acme has no follow-up with id ${unknown}`,
    )
  })

  it('"None yet" on an interview entered late is kept on it, after a restart too, and undoable', async () => {
    const first = await hosts.open()
    const late = await first.client.createInterview({ fields: fields('Acme', withDecision) })
    expect(late.noneDoneYet).toBeUndefined()
    const answered = await first.client.markNoneDoneYet({ interviewId: late.id })
    expect(answered.noneDoneYet).toBe(true)
    expect(answered.tasks).toEqual(late.tasks)
    await first.host.close()

    const { client } = await hosts.open()
    expect((await client.getInterview({ id: late.id })).noneDoneYet).toBe(true)
    expect((await client.undo({})).change?.label).toBe('None done yet: Acme')
    expect((await client.getInterview({ id: late.id })).noneDoneYet).toBeUndefined()
  })

  it('the result inquiry marked done plans one "check again", and only once, undone with it', async () => {
    const { client } = await hosts.open({ now: () => new Date('2025-03-17T10:00:00.000Z') })
    const acme = await client.createInterview({ fields: fields('Acme', withDecision) })
    const inquiry = acme.tasks.find((task) => task.kind === 'inquire-result')!
    const after = await client.updateTask({ interviewId: acme.id, taskId: inquiry.id, action: 'done' })
    expect(statuses(after, 'inquire-result')).toEqual(['done'])
    const checkAgain = after.tasks.find((task) => task.kind === 'check-again')!
    // Monday 17th + 5 business days = Monday 24th, first good call window 10:00.
    expect(checkAgain).toMatchObject({ due: '2025-03-24T10:00', status: 'open' })
    const again = await client.updateTask({ interviewId: acme.id, taskId: checkAgain.id, action: 'done' })
    expect(statuses(again, 'check-again')).toEqual(['done'])

    await client.undo({})
    const undone = await client.undo({})
    expect(undone.change?.label).toBe(`Mark done: ${inquiry.title}`)
    expect(statuses(await client.getInterview({ id: acme.id }), 'check-again')).toEqual([])
  })

  it('a card moved to Result inquired has the check again planned', async () => {
    const { client } = await hosts.open({ now: () => new Date('2025-03-17T10:00:00.000Z') })
    const acme = await client.createInterview({ fields: fields('Acme', withDecision) })
    const moved = await client.moveInterview({ id: acme.id, stage: 'result-inquired' })
    expect(moved.tasks.find((task) => task.kind === 'check-again')).toMatchObject({
      due: '2025-03-24T10:00',
      status: 'open',
    })
  })

  it('refuses a field the contract does not know, naming it', async () => {
    const { client } = await hosts.open()
    const acme = await client.createInterview({ fields: fields('Acme', withDecision) })
    const task = acme.tasks[0]!
    const input = { interviewId: acme.id, taskId: task.id, action: 'done' as const, noAnswer: true }
    await expect(client.updateTask(input)).rejects.toMatchObject({
      code: 'invalid-input',
      message: expect.stringContaining('noAnswer'),
    })
  })
})

describe('one message per person', () => {
  it('"Mark sent" on each of two people\'s thank-you closes that person\'s task, and only theirs', async () => {
    const { client } = await hosts.open()
    const acme = await client.createInterview({ fields: fields('Acme', withDecision) })
    const thanks = acme.tasks.find((task) => task.kind === 'thank-you-email')!
    const targets = messageTargets(acme, thanks, acme.interviewers)
    const first = await client.updateTask({ interviewId: acme.id, taskId: targets[0]!.closes!.id, action: 'done' })
    expect(statuses(first, 'thank-you-email')).toEqual(['done', 'open'])
    const both = await client.updateTask({ interviewId: acme.id, taskId: targets[1]!.closes!.id, action: 'done' })
    expect(statuses(both, 'thank-you-email')).toEqual(['done', 'done'])
  })
})

describe('dates checked against the interview date', () => {
  it('refuses a decision date before the interview, naming the field, and saves nothing', async () => {
    const { client } = await hosts.open()
    const bad = fields('Acme', { decision: { expectedDate: '2025-03-06' } })
    await expect(client.createInterview({ fields: bad })).rejects.toMatchObject({
      code: 'invalid-input',
      issues: [
        {
          path: 'fields.decision.expectedDate',
          message: 'The decision date cannot be before the interview’s date',
        },
      ],
    })
    expect(await client.listInterviews({})).toEqual([])
  })

  it('refuses a result date before the interview on an edit, and takes one on the interview day', async () => {
    const { client } = await hosts.open()
    const acme = await client.createInterview({ fields: fields('Acme') })
    const people = { interviewers: acme.interviewers }
    await expect(
      client.updateInterview({
        id: acme.id,
        fields: fields('Acme', { ...people, outcome: { receivedOn: '2025-02-28' } }),
      }),
    ).rejects.toMatchObject({ code: 'invalid-input', issues: [{ path: 'fields.outcome.receivedOn' }] })
    const sameDay = await client.updateInterview({
      id: acme.id,
      fields: fields('Acme', { ...people, outcome: { receivedOn: '2025-03-07' } }),
    })
    expect(sameDay.outcome.receivedOn).toBe('2025-03-07')
  })
  it('adding round 2 closes round 1\'s "Confirm the next round" with it, and one undo takes round 2 away', async () => {
    const { client } = await hosts.open()
    const first = await client.createInterview({ fields: fields('Acme', withDecision) })
    await client.moveInterview({ id: first.id, stage: 'next-round' })
    const other = await client.createInterview({ fields: fields('Globex', withDecision) })
    await client.moveInterview({ id: other.id, stage: 'next-round' })
    const reply = async (id: string) => statuses(await client.getInterview({ id }), 'reply-quickly')
    expect(await reply(first.id)).toEqual(['open'])

    const second = await client.createInterview({ fields: fields(' acme ', { round: 2, date: '2025-03-17' }) })
    expect(await reply(first.id)).toEqual(['done/later-round-added'])
    // Another company's invitation is not answered by it.
    expect(await reply(other.id)).toEqual(['open'])

    expect(await client.undo({})).toEqual({ change: { label: 'Add acme', interviewId: second.id } })
    await expect(client.getInterview({ id: second.id })).rejects.toThrow()
    expect(await client.undo({})).toEqual({
      change: { label: 'Next round confirmed: Acme', interviewId: first.id },
    })
    expect(await reply(first.id)).toEqual(['open'])
  })
})
