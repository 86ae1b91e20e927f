import { randomUUID } from 'node:crypto'
import { beforeEach, describe, expect, it } from 'vitest'
import type { Client } from '../../../shared/api/client'
import type { Interview } from '../../../shared/domain/interview'
import { fields, person, useTempHosts, type TestHost } from './support'

/** The host keeps each interview's follow-up checklist in step with the workflow rules (shared/workflow). */
const hosts = useTempHosts()

function kinds(interview: Interview): string[] {
  return interview.tasks.filter((task) => task.status === 'open').map((task) => `${task.kind}:${task.title}`)
}

describe('follow-up tasks in the host', () => {
  let opened: TestHost

  beforeEach(async () => {
    opened = await hosts.open({ now: () => new Date('2025-03-07T15:30:00.000Z') })
  })

  it('gives a new interview its checklist, one thank-you per interviewer, due the same day', async () => {
    const created = await opened.client.createInterview({ fields: fields('Acme') })
    const thankYou = created.tasks.filter((task) => task.kind === 'thank-you-email')
    expect(thankYou).toHaveLength(1)
    expect(thankYou[0]!.title).toContain('Dana Reyes')
    expect(thankYou[0]!.due.startsWith('2025-03-07')).toBe(true)
    expect(created.tasks.map((task) => task.kind)).toEqual(expect.arrayContaining(['write-summary', 'formal-letter']))
  })

  it('adds the tasks of a new interviewer on edit and keeps what was done', async () => {
    const created = await opened.client.createInterview({ fields: fields('Acme') })
    const summary = created.tasks.find((task) => task.kind === 'write-summary')!
    await opened.client.updateTask({ interviewId: created.id, taskId: summary.id, action: 'done' })

    const dana = created.interviewers[0]!
    const updated = await opened.client.updateInterview({
      id: created.id,
      fields: fields('Acme', { interviewers: [dana, person('Lee Park')] }),
    })
    expect(updated.tasks.find((task) => task.id === summary.id)?.status).toBe('done')
    expect(kinds(updated).filter((kind) => kind.startsWith('thank-you-email'))).toHaveLength(2)
    expect(kinds(updated).some((kind) => kind.includes('Lee Park'))).toBe(true)
  })

  it('leaves the checklist as it is on an edit the rules do not read, even after the working day changed', async () => {
    // Monday's thank-you was due at the end of that working day; by Friday it is overdue.
    const created = await opened.client.createInterview({ fields: fields('Acme', { date: '2025-03-03' }) })
    const thankYou = created.tasks.find((task) => task.kind === 'thank-you-email')!
    const preferences = await opened.client.getPreferences({})
    await opened.client.setPreferences({ ...preferences, workingHours: { ...preferences.workingHours, end: '18:00' } })

    const same = { interviewers: created.interviewers }
    const edited = await opened.client.updateInterview({
      id: created.id,
      fields: fields('Acme', { ...same, date: '2025-03-03', round: 2 }),
    })
    expect(edited.round).toBe(2)
    expect(edited.tasks).toEqual((await opened.client.getInterview({ id: created.id })).tasks)
    expect(edited.tasks.find((task) => task.id === thankYou.id)?.due).toBe(thankYou.due)

    const moved = await opened.client.updateInterview({
      id: created.id,
      fields: fields('Acme', { ...same, date: '2025-03-04', round: 2 }),
    })
    // An edit the rules do read re-times its open tasks to the new working day.
    expect(moved.tasks.find((task) => task.id === thankYou.id)?.due).toBe('2025-03-04T18:00')
  })

  it('adds "reply quickly" when the card moves to Offer, and undo takes the move and the task back', async () => {
    const created = await opened.client.createInterview({ fields: fields('Acme') })
    const offered = await opened.client.moveInterview({ id: created.id, stage: 'offer' })
    expect(kinds(offered).some((kind) => kind.startsWith('reply-quickly'))).toBe(true)

    await opened.client.undo({})
    const back = await opened.client.getInterview({ id: created.id })
    expect(back.stage).toBe('interviewed')
    expect(kinds(back).some((kind) => kind.startsWith('reply-quickly'))).toBe(false)
  })

  it('snoozes, dismisses and reopens a task, and answers not-found for an unknown task', async () => {
    const created = await opened.client.createInterview({ fields: fields('Acme') })
    const task = created.tasks[0]!
    const snoozed = await opened.client.updateTask({
      interviewId: created.id,
      taskId: task.id,
      action: 'snooze',
      until: '2025-03-08T09:00',
    })
    expect(snoozed.tasks.find((each) => each.id === task.id)?.snoozedUntil).toBe('2025-03-08T09:00')
    const dismissed = await opened.client.updateTask({ interviewId: created.id, taskId: task.id, action: 'dismiss' })
    expect(dismissed.tasks.find((each) => each.id === task.id)?.status).toBe('dismissed')
    const reopened = await opened.client.updateTask({ interviewId: created.id, taskId: task.id, action: 'reopen' })
    expect(reopened.tasks.find((each) => each.id === task.id)?.status).toBe('open')
    await expect(
      opened.client.updateTask({ interviewId: created.id, taskId: randomUUID(), action: 'done' }),
    ).rejects.toMatchObject({ code: 'not-found' })
  })
})

describe('the follow-ups due today, across every interview', () => {
  /** Monday 10 March 2025, 14:00 in Berlin. */
  const MONDAY_AFTERNOON = '2025-03-10T13:00:00.000Z'

  async function openAt(instant: string): Promise<Client> {
    return (await hosts.open({ now: () => new Date(instant) })).client
  }

  /** An interview weeks away, so nothing of its own checklist is due; then one task put off until `until`. */
  async function withTaskDueAt(client: Client, company: string, until: string, timeZone = 'Europe/Berlin') {
    const created = await client.createInterview({ fields: fields(company, { date: '2025-04-01', timeZone }) })
    const task = created.tasks.find((each) => each.kind === 'write-summary')!
    await client.updateTask({ interviewId: created.id, taskId: task.id, action: 'snooze', until })
    return { interview: created, task }
  }

  it('lists what is due by the end of today, earliest first, and counts what is due now', async () => {
    const client = await openAt(MONDAY_AFTERNOON)
    await withTaskDueAt(client, 'Globex', '2025-03-10T17:00')
    await withTaskDueAt(client, 'Acme', '2025-03-08T10:00')
    await withTaskDueAt(client, 'Initech', '2025-03-10T09:00')

    const list = await client.listFollowUps({})
    expect(list.items.map((item) => [item.company, item.dueAt])).toEqual([
      ['Acme', '2025-03-08T09:00:00.000Z'],
      ['Initech', '2025-03-10T08:00:00.000Z'],
      ['Globex', '2025-03-10T16:00:00.000Z'],
    ])
    expect(list.items[0]).toMatchObject({ role: 'Backend engineer', stage: 'interviewed', timeZone: 'Europe/Berlin' })
    expect(list.items[0]!.task.title).toBe('Write your summary of the interview')
    expect(list).toMatchObject({ asOf: MONDAY_AFTERNOON, total: 3, dueNow: 2 })
    // The interviews themselves are on 1 April (summer time): asking for their details comes next.
    expect(list.next?.task.due).toBe('2025-04-01T14:00')
    expect(list.next?.dueAt).toBe('2025-04-01T12:00:00.000Z')
  })

  it('leaves out what is done, dismissed, archived or snoozed past today', async () => {
    const client = await openAt(MONDAY_AFTERNOON)
    const done = await withTaskDueAt(client, 'Acme', '2025-03-10T09:00')
    const dismissed = await withTaskDueAt(client, 'Globex', '2025-03-10T09:00')
    const archived = await withTaskDueAt(client, 'Initech', '2025-03-10T09:00')
    const snoozed = await withTaskDueAt(client, 'Umbrella', '2025-03-10T09:00')
    expect((await client.listFollowUps({})).dueNow).toBe(4)

    await client.updateTask({ interviewId: done.interview.id, taskId: done.task.id, action: 'done' })
    await client.updateTask({ interviewId: dismissed.interview.id, taskId: dismissed.task.id, action: 'dismiss' })
    await client.setArchived({ id: archived.interview.id, archived: true })
    await client.updateTask({
      interviewId: snoozed.interview.id,
      taskId: snoozed.task.id,
      action: 'snooze',
      until: '2025-03-11T09:00',
    })

    const list = await client.listFollowUps({})
    expect(list).toMatchObject({ items: [], total: 0, dueNow: 0 })
    expect(list.next).toMatchObject({ company: 'Umbrella', dueAt: '2025-03-11T08:00:00.000Z' })
  })

  it('lists follow-ups due at the same minute in the order the interview holds them, as its card and tab show them', async () => {
    const names = ['Dana Reyes', 'Lee Park', 'Sam Ito', 'Ana Silva', 'Noor Aziz', 'Kai Berg']
    const client = await openAt('2025-03-07T15:30:00.000Z')
    const created = await client.createInterview({
      fields: fields('Acme', { interviewers: names.map((name) => person(name)) }),
    })
    const thankYous = (titles: string[]) => titles.filter((title) => title.startsWith('Send a thank-you'))
    const listed = (await client.listFollowUps({})).items.map((item) => item.task.title)
    // Six thank-yous due at one minute: ordered by their random ids, they would come in this order 1 time in 720.
    expect(thankYous(listed)).toHaveLength(6)
    expect(thankYous(listed)).toEqual(thankYous(created.tasks.map((task) => task.title)))
  })

  it('reads "today" on the user’s own clock, whatever the interview’s', async () => {
    // The user is in Berlin (the machine's zone): 04:57 on Tuesday there, still 23:57 on Monday in New York.
    const machineZone = process.env.TZ
    process.env.TZ = 'Europe/Berlin'
    try {
      const client = await openAt('2025-03-11T03:57:00.000Z')
      // Snoozed to 09:00 the user's time, 04:00 in New York: today for the user, though not yet in New York.
      await withTaskDueAt(client, 'New York Inc', '2025-03-11T04:00', 'America/New_York')
      await withTaskDueAt(client, 'Berlin GmbH', '2025-03-12T08:00')

      const list = await client.listFollowUps({})
      expect(list.items.map((item) => item.company)).toEqual(['New York Inc'])
      expect(list).toMatchObject({ total: 1, dueNow: 0 })
      expect(list.next).toMatchObject({ company: 'Berlin GmbH', dueAt: '2025-03-12T07:00:00.000Z' })
    } finally {
      if (machineZone === undefined) delete process.env.TZ
      else process.env.TZ = machineZone
    }
  })

  it('returns at most `limit` follow-ups, counting them all', async () => {
    const client = await openAt(MONDAY_AFTERNOON)
    for (const company of ['Acme', 'Globex', 'Initech']) await withTaskDueAt(client, company, '2025-03-10T09:00')

    const list = await client.listFollowUps({ limit: 2 })
    expect(list.items).toHaveLength(2)
    expect(list).toMatchObject({ total: 3, dueNow: 3 })
    await expect(client.listFollowUps({ limit: 0 })).rejects.toMatchObject({ code: 'invalid-input' })
  })
})
