import { createClient, type Client } from '../../shared/api/client'
import { ApiError } from '../../shared/api/errors'
import { TASK_ACTIONS, type Interview } from '../../shared/domain/interview'
import { STAGE_IDS } from '../../shared/domain/stages'
import { dispatch } from '../../shared/api/dispatch'
import { openHost } from '../../electron/host/service'
import type { Acknowledged, ChildLine, PlannedChange } from './crash-protocol'
import { seededRandom, type Random } from './random'

/**
 * The crash test's victim: opens the host on argv[2] and makes random changes through the contract
 * without end, printing each call before it starts and once it has returned, until it is SIGKILLed.
 * Pipes are synchronous on Linux and macOS, so a printed `ack` reaches the parent even if the kill
 * follows at once.
 */

const [dataDir, seedText] = process.argv.slice(2)
const random = seededRandom(Number(seedText))
/** Small, so compaction (snapshot rewrite and journal rotation) runs often and gets killed too. */
const COMPACT_AT_BYTES = 16 * 1024
const FEW_RECORDS = 4
const MANY_RECORDS = 25

function print(line: ChildLine): void {
  process.stdout.write(`${JSON.stringify(line)}\n`)
}

/** Strictly increasing, so every real change gets a new updatedAt and the parent can tell it happened. */
function monotonicClock(): () => Date {
  let last = 0
  return () => {
    last = Math.max(Date.now(), last + 1)
    return new Date(last)
  }
}

function fieldsOf(interview: Interview) {
  const { company, role, round, date, time, timeZone, format, location, interviewers, arrangers, decision, outcome } =
    interview
  return { company, role, round, date, time, timeZone, format, location, interviewers, arrangers, decision, outcome }
}

function wallTime(random: Random): string {
  return `2025-0${random.int(1, 9)}-1${random.int(0, 9)}T${random.int(10, 19)}:${random.int(10, 59)}`
}

function plan(records: Map<string, Interview>, counter: number): PlannedChange {
  const all = [...records.values()]
  if (all.length < FEW_RECORDS || random.chance(0.12))
    return { op: 'create', company: `Company ${seedText}-${counter}` }
  const target = random.pick(all)
  const roll = random.next()
  if (all.length > MANY_RECORDS && roll < 0.3) return { op: 'delete', id: target.id }
  if (roll < 0.2) return { op: 'update', id: target.id, location: `Room ${counter} ☕ ‮${random.int(1, 999)}` }
  if (roll < 0.35) return { op: 'move', id: target.id, stage: random.pick(STAGE_IDS) }
  if (roll < 0.42) return { op: 'archive', id: target.id, archived: !target.archived }
  if (roll < 0.47) return { op: 'delete', id: target.id }
  if (roll < 0.6 && target.tasks.length > 0) {
    const action = random.pick(TASK_ACTIONS)
    const task = random.pick(target.tasks)
    return {
      op: 'task',
      id: target.id,
      taskId: task.id,
      action,
      ...(action === 'snooze' ? { until: wallTime(random) } : {}),
    }
  }
  if (roll < 0.7) return { op: 'undo' }
  if (roll < 0.75) return { op: 'redo' }
  return {
    op: 'notes',
    id: target.id,
    markdown: `# ${target.company}\n\nNote ${counter}: ${'ok '.repeat(random.int(0, 200))}`,
  }
}

async function stateAfterStep(client: Client, id: string): Promise<Interview | null> {
  try {
    return await client.getInterview({ id })
  } catch (error) {
    if (error instanceof ApiError && error.code === 'not-found') return null
    throw error
  }
}

async function perform(client: Client, change: PlannedChange, records: Map<string, Interview>): Promise<Acknowledged> {
  switch (change.op) {
    case 'create': {
      const record = await client.createInterview({
        fields: {
          company: change.company,
          role: 'Engineer',
          date: '2025-03-07',
          time: '14:00',
          timeZone: 'Europe/Berlin',
          interviewers: [{ id: crypto.randomUUID(), name: 'Dana Reyes' }],
          decision: { expectedDate: '2025-03-20' },
        },
      })
      return { op: 'create', id: record.id, record }
    }
    case 'update': {
      const fields = { ...fieldsOf(records.get(change.id)!), location: change.location }
      return { op: 'update', id: change.id, record: await client.updateInterview({ id: change.id, fields }) }
    }
    case 'move':
      return { op: 'move', id: change.id, record: await client.moveInterview({ id: change.id, stage: change.stage }) }
    case 'archive': {
      const record = await client.setArchived({ id: change.id, archived: change.archived })
      return { op: 'archive', id: change.id, record }
    }
    case 'delete':
      await client.deleteInterview({ id: change.id })
      return { op: 'delete', id: change.id, record: null }
    case 'task': {
      const { id, taskId, action, until } = change
      const record = await client.updateTask({ interviewId: id, taskId, action, ...(until ? { until } : {}) })
      return { op: 'task', id, record }
    }
    case 'undo':
    case 'redo': {
      const { change: done } = await client[change.op]({})
      const record = done ? await stateAfterStep(client, done.interviewId) : null
      return { op: change.op, id: done?.interviewId ?? null, record }
    }
    case 'notes':
      await client.writeNotes({ id: change.id, markdown: change.markdown })
      return { op: 'notes', id: change.id, markdown: change.markdown }
  }
}

const host = await openHost({
  dataDir: dataDir!,
  settings: { get: () => undefined, set: () => undefined },
  version: 'crash-test',
  now: monotonicClock(),
  timeZone: 'Europe/Berlin',
  compactAtBytes: COMPACT_AT_BYTES,
})
const client = createClient({
  call: (method, input) => dispatch(host.api, method, input, console.error),
  subscribe: (listener) => host.onEvent(listener),
})
const records = new Map((await client.listInterviews({ includeArchived: true })).map((record) => [record.id, record]))
print({ k: 'ready' })
for (let counter = 0; ; counter++) {
  const change = plan(records, counter)
  print({ k: 'start', ...change })
  const acknowledged = await perform(client, change, records)
  if ('record' in acknowledged && acknowledged.id !== null) {
    if (acknowledged.record) records.set(acknowledged.id, acknowledged.record as Interview)
    else records.delete(acknowledged.id)
  }
  print({ k: 'ack', ...acknowledged })
}
