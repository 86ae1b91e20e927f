import { randomUUID } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Interview } from '../../../shared/domain/interview'
import { fields, makeTempDir, open, person, type TestHost } from './support'

/** The host keeps each interview's follow-up checklist in step with the workflow rules (shared/workflow). */
let dir: string
let cleanup: () => Promise<void>
let opened: TestHost

beforeEach(async () => {
  ;({ dir, cleanup } = await makeTempDir())
  opened = await open(dir, { now: () => new Date('2025-03-07T15:30:00.000Z') })
})

afterEach(async () => {
  await opened.host.close()
  await cleanup()
})

function kinds(interview: Interview): string[] {
  return interview.tasks.filter((task) => task.status === 'open').map((task) => `${task.kind}:${task.title}`)
}

describe('follow-up tasks in the host', () => {
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
