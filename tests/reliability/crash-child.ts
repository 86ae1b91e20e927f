import { writeSync } from 'node:fs'
import * as fsp from 'node:fs/promises'
import { join } from 'node:path'
import Conf from 'conf'
import { createClient, type Client } from '../../shared/api/client'
import { ApiError } from '../../shared/api/errors'
import { INTERVIEWS_SCHEMA_VERSION, TASK_ACTIONS, type Interview } from '../../shared/domain/interview'
import { STAGE_IDS } from '../../shared/domain/stages'
import type { Preferences } from '../../shared/domain/settings'
import { dispatch } from '../../shared/api/dispatch'
import { openHost } from '../../electron/host/service'
import type { FileSystem } from '../../electron/host/storage/durable-file'
import { replanInterviews } from '../../electron/host/settings/preference-changes'
import { settingsStoreOptions } from '../../electron/host/settings/settings-file'
import type { Acknowledged, ChildLine, Phase, PlannedChange, RecordJson } from './crash-protocol'
import { seededRandom, type Random } from './random'

/**
 * The crash test's victim: opens the host on argv[2] and makes random changes through the contract
 * without end, printing each call before it starts and once it has returned, until it is SIGKILLed.
 * Lines are written synchronously (print), so a printed `ack` reaches the parent even if the kill
 * follows at once.
 */

const [dataDir, seedText, focusText = 'none', dayText = '0'] = process.argv.slice(2)
const random = seededRandom(Number(seedText))
/** The phase this run aims its kill at (crash-run.ts picks it): its operation comes early and often. */
const focus = focusText as Phase | 'none'
/** Small, so compaction (snapshot rewrite and journal rotation) runs often and gets killed too. */
const COMPACT_AT_BYTES = 16 * 1024
const FEW_RECORDS = 4
const MANY_RECORDS = 25
/** An import adds new interviews up to this board size; beyond it, it brings newer versions of existing ones. */
const BOARD_LIMIT = 150
const DAY_MS = 24 * 60 * 60 * 1000

/**
 * Written straight to fd 1, every byte before the next step: process.stdout may queue a large line
 * (an import's acknowledgement is hundreds of KB) and let the child run on, so a kill would show a
 * later change on disk whose call the parent never saw start.
 */
function print(line: ChildLine): void {
  const bytes = Buffer.from(`${JSON.stringify(line)}\n`, 'utf8')
  const pause = new Int32Array(new SharedArrayBuffer(4))
  for (let done = 0; done < bytes.length;) {
    try {
      done += writeSync(1, bytes, done, bytes.length - done)
    } catch (error) {
      // The pipe is non-blocking and full until the parent reads: wait a millisecond, without running on.
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error
      Atomics.wait(pause, 0, 0, 1)
    }
  }
}

/**
 * Strictly increasing, so every real change gets a new updatedAt and the parent can tell it happened.
 * Each run starts `dayText` days ahead (a new day: its daily backup is taken); a run aimed at the
 * backup also moves a day ahead every 100 ms, so backups are taken while it runs.
 */
function monotonicClock(): () => Date {
  let last = 0
  const started = Date.now()
  return () => {
    const elapsedDays = focus === 'backup' ? Math.floor((Date.now() - started) / 100) : 0
    last = Math.max(Date.now() + (Number(dayText) + elapsedDays) * DAY_MS, last + 1)
    return new Date(last)
  }
}

/** Real files; tells the parent when a compaction or a backup begins, so it can aim a kill inside. */
function phaseSignallingFileSystem(): FileSystem {
  const wrapper = { ...fsp } as FileSystem
  wrapper.open = (async (...args: Parameters<typeof fsp.open>) => {
    if (String(args[0]).includes('.compacting.')) print({ k: 'phase', phase: 'compaction' })
    return fsp.open(...args)
  }) as typeof fsp.open
  wrapper.mkdir = (async (...args: Parameters<typeof fsp.mkdir>) => {
    if (String(args[0]).endsWith('.partial')) print({ k: 'phase', phase: 'backup' })
    return fsp.mkdir(...args)
  }) as typeof fsp.mkdir
  return wrapper
}

function fieldsOf(interview: Interview) {
  const { company, role, round, date, time, timeZone, format, location, interviewers, arrangers, decision, outcome } =
    interview
  return { company, role, round, date, time, timeZone, format, location, interviewers, arrangers, decision, outcome }
}

function wallTime(random: Random): string {
  return `2025-0${random.int(1, 9)}-1${random.int(0, 9)}T${random.int(10, 19)}:${random.int(10, 59)}`
}

/** Working hours that move follow-ups, alternating between two. */
function otherHours(preferences: Preferences): Preferences {
  const early = preferences.workingHours.start === '08:00'
  return { ...preferences, workingHours: early ? { start: '09:00', end: '17:30' } : { start: '08:00', end: '17:30' } }
}

/** An export file's content: new interviews while the board is small, newer versions of its own beyond. */
function importPlan(records: Map<string, Interview>, counter: number, now: Date): PlannedChange {
  const all = [...records.values()]
  const template = all[0]!
  const at = new Date(now.getTime() + DAY_MS).toISOString()
  const imported: Interview[] =
    all.length < BOARD_LIMIT
      ? Array.from({ length: random.int(50, 150) }, (_, index) => ({
          ...template,
          id: crypto.randomUUID(),
          company: `Imported ${seedText}-${counter}-${index}`,
          updatedAt: at,
        }))
      : // The name stays short and without spaces at its ends: the host trims names at the door, and an
        // import whose text differs from what it stores could not be recognised on disk after a kill.
        all.map((record) => ({ ...record, company: `${record.company.split(' · ')[0]} · ${counter}`, updatedAt: at }))
  const notes = Object.fromEntries(
    imported
      .filter((_, index) => index % 3 === 0)
      .map((record) => [record.id, `# ${record.company}\n\nImported ${counter}\n`]),
  )
  return { op: 'import', records: imported as unknown as RecordJson[], notes }
}

/** How many operations of the run come before the aimed one. */
const focusAfter = random.int(0, 4)

async function bulkPlan(client: Client, records: Map<string, Interview>, counter: number, now: Date) {
  const wanted = focus === 'compaction' ? 'import' : focus
  if (records.size < FEW_RECORDS || wanted === 'none' || wanted === 'backup') return undefined
  if (counter < focusAfter || (counter > focusAfter && !random.chance(0.1))) return undefined
  if (wanted === 'import') return importPlan(records, counter, now)
  if (wanted === 'restore') {
    const backups = await client.listBackups({})
    return backups.length > 0 ? { op: 'restore' as const, name: random.pick(backups).name } : undefined
  }
  const before = await client.getPreferences({})
  const after = otherHours(before)
  return {
    op: 'settings' as const,
    before,
    after,
    moves: replanInterviews(records.values(), before, after, now, 'Europe/Berlin').length,
  }
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
    // Headings only: notes with a summary also close "Write your summary" as a change of their own,
    // which this model does not follow (the rule has its own tests in tests/unit/workflow).
    markdown: `# ${target.company}\n\n## Note ${counter}: ${'ok '.repeat(random.int(0, 200))}`,
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
    case 'import': {
      const json = JSON.stringify({
        schemaVersion: INTERVIEWS_SCHEMA_VERSION,
        interviews: change.records,
        notes: change.notes,
      })
      await client.importData({ json })
      return { op: 'import', ...(await everything(client)) }
    }
    case 'restore':
      await client.restoreBackup({ name: change.name })
      return { op: 'restore', ...(await everything(client)) }
    case 'settings':
      await client.setPreferences(change.after as Preferences)
      return { op: 'settings', ...(await everything(client)) }
  }
}

/** Every record and every notes file, as they are after a multi-step operation. */
async function everything(client: Client): Promise<{ records: RecordJson[]; notes: Record<string, string> }> {
  const records = (await client.listInterviews({ includeArchived: true })) as unknown as RecordJson[]
  const folder = join(dataDir!, 'notes')
  const names = (await fsp.readdir(folder).catch(() => [] as string[])).filter((name) =>
    /^[0-9a-f-]{36}\.md$/.test(name),
  )
  const notes: Record<string, string> = {}
  for (const name of names) notes[name.slice(0, -3)] = await fsp.readFile(join(folder, name), 'utf8')
  return { records, notes }
}

const clock = monotonicClock()
const { cwd, name } = settingsStoreOptions(dataDir!)
const host = await openHost({
  dataDir: dataDir!,
  // As serve-web keeps them: settings.json through conf, which a settings change writes after its journal line.
  settings: () => new Conf<Record<string, unknown>>({ cwd, configName: name, projectName: 'debrief' }),
  version: 'crash-test',
  now: clock,
  timeZone: 'Europe/Berlin',
  compactAtBytes: COMPACT_AT_BYTES,
  fileSystem: phaseSignallingFileSystem(),
  ...(focus === 'backup' ? { backupCheckMs: 20 } : {}),
})
const client = createClient({
  call: (method, input) => dispatch(host.api, method, input, console.error),
  subscribe: (listener) => host.onEvent(listener),
})
const records = new Map((await client.listInterviews({ includeArchived: true })).map((record) => [record.id, record]))
print({ k: 'ready' })
for (let counter = 0; ; counter++) {
  const change = (await bulkPlan(client, records, counter, clock())) ?? plan(records, counter)
  print({ k: 'start', ...change })
  const acknowledged = await perform(client, change, records)
  if ('records' in acknowledged) {
    records.clear()
    for (const record of acknowledged.records) records.set(record.id, record as unknown as Interview)
  } else if ('record' in acknowledged && acknowledged.id !== null) {
    if (acknowledged.record) records.set(acknowledged.id, acknowledged.record as Interview)
    else records.delete(acknowledged.id)
  }
  print({ k: 'ack', ...acknowledged })
}
