import { randomUUID } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  interviewSchema,
  type FollowUpTask,
  type Interview,
  type InterviewFieldsInput,
} from '../../../shared/domain/interview'

export async function makeTempDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'debrief-reminders-'))
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) }
}

export function task(due: string, extra: Partial<FollowUpTask> = {}): FollowUpTask {
  return {
    id: randomUUID(),
    kind: 'write-summary',
    title: 'Write your summary of the interview',
    due,
    status: 'open',
    ...extra,
  }
}

/** A result inquiry due at `due` (the workflow puts it in the first good call window after the decision date). */
export function inquiry(due: string, extra: Partial<FollowUpTask> = {}): FollowUpTask {
  return task(due, { kind: 'inquire-result', title: 'Ask about the result', ...extra })
}

export function interview(
  fields: Partial<InterviewFieldsInput> & { tasks?: FollowUpTask[]; archived?: boolean } = {},
): Interview {
  const { tasks = [], archived = false, ...rest } = fields
  return interviewSchema.parse({
    id: randomUUID(),
    company: 'Acme',
    role: 'Backend Engineer',
    date: '2026-06-01',
    time: '10:00',
    timeZone: 'Europe/Berlin',
    decision: { expectedDate: '2026-06-09', channel: 'phone' },
    stage: 'awaiting-result',
    order: 'a0',
    archived,
    tasks,
    createdAt: '2026-06-01T08:00:00.000Z',
    updatedAt: '2026-06-01T08:00:00.000Z',
    ...rest,
  })
}
