import { randomUUID } from 'node:crypto'
import { readdirSync } from 'node:fs'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { JSONFile } from 'lowdb/node'
import { Low } from 'lowdb'
import { contract } from '../../shared/api/contract'
import type { Interview, InterviewsFile } from '../../shared/domain/interview'
import { STAGE_IDS } from '../../shared/domain/stages'
import { openHost } from '../../electron/host/service'
import { median, withBaseline, type BenchResult } from './result'
import { makeExport, makeInterviews } from './storage-data'
import { msUntilIdle, startServeWeb } from '../reliability/serve-web-process'

const CHANGES = 51
/** Untimed changes first: the first few after start also pay for compiling the code they run. */
const WARM_UP = 50
const LOADS = 3
const settings = { get: () => undefined, set: () => undefined }

async function withTempDir<T>(run: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'debrief-bench-'))
  try {
    return await run(dir)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** The kinds of change a user makes, in turn: each is timed alike on Debrief and on the lowdb baseline. */
const MIX = ['create', 'move', 'edit', 'notes', 'task'] as const
type ChangeKind = (typeof MIX)[number]

/** The fields an edit sends back: the record without what the host owns. */
function fieldsOf(interview: Interview) {
  const { id: _id, stage: _s, order: _o, archived: _a, tasks: _t, createdAt: _c, updatedAt: _u, ...fields } = interview
  return fields
}

/**
 * Median ms of one acknowledged (fsynced) change through the host, over a mix of creates, moves,
 * edits, notes saves and task updates, after WARM_UP untimed changes of the same mix.
 */
async function hostChange(file: InterviewsFile): Promise<number> {
  return withTempDir(async (dir) => {
    await writeFile(join(dir, 'interviews.json'), JSON.stringify(file))
    const host = await openHost({ dataDir: dir, settings, version: 'bench' })
    // A change as the user makes it on a host that has finished starting: search answers once its
    // index is built (the notes suite times that build), which would otherwise share the CPU.
    await host.api.searchNotes({ query: 'warm', limit: 1 })
    const api = host.api
    const template = file.interviews[0]!
    let withTasks: Interview | undefined
    const run = async (kind: ChangeKind, index: number) => {
      const target = file.interviews[index % file.interviews.length]!
      switch (kind) {
        case 'create': {
          const fields = { ...fieldsOf(template), company: `New ${index}` }
          withTasks = await api.createInterview(contract.createInterview.input.parse({ fields }))
          return
        }
        case 'move':
          await api.moveInterview(contract.moveInterview.input.parse({ id: target.id, stage: STAGE_IDS[index % 3]! }))
          return
        case 'edit': {
          const fields = { ...fieldsOf(await api.getInterview({ id: target.id })), round: 1 + (index % 3) }
          await api.updateInterview(contract.updateInterview.input.parse({ id: target.id, fields }))
          return
        }
        case 'notes':
          await api.writeNotes({ id: target.id, markdown: `# ${target.company}\n\nNotes ${index}\n` })
          return
        case 'task': {
          const task = withTasks!.tasks[0]!
          const action = task.status === 'done' ? 'reopen' : 'done'
          withTasks = await api.updateTask({ interviewId: withTasks!.id, taskId: task.id, action })
        }
      }
    }
    const samples: number[] = []
    for (let index = 0; index < WARM_UP + CHANGES; index++) {
      const start = performance.now()
      await run(MIX[index % MIX.length]!, index)
      if (index >= WARM_UP) samples.push(performance.now() - start)
    }
    await host.close()
    return median(samples)
  })
}

/**
 * The same mix with plain lowdb: the whole file rewritten for each change (and not even fsynced),
 * notes written as plain files, after the same warm-up.
 */
async function lowdbChange(file: InterviewsFile): Promise<number> {
  return withTempDir(async (dir) => {
    const db = new Low<InterviewsFile>(new JSONFile(join(dir, 'interviews.json')), structuredClone(file))
    await db.write()
    await mkdir(join(dir, 'notes'))
    const interviews = db.data.interviews
    const run = async (kind: ChangeKind, index: number) => {
      const at = new Date().toISOString()
      const slot = index % interviews.length
      const target = interviews[slot]!
      switch (kind) {
        case 'create':
          interviews.push({
            ...interviews[0]!,
            id: randomUUID(),
            company: `New ${index}`,
            createdAt: at,
            updatedAt: at,
          })
          break
        case 'move':
          interviews[slot] = { ...target, stage: STAGE_IDS[index % 3]!, updatedAt: at }
          break
        case 'edit':
          interviews[slot] = { ...target, round: 1 + (index % 3), updatedAt: at }
          break
        case 'notes':
          await writeFile(join(dir, 'notes', `${target.id}.md`), `# ${target.company}\n\nNotes ${index}\n`)
          return
        case 'task':
          interviews[slot] = { ...target, tasks: [...target.tasks], updatedAt: at }
      }
      await db.write()
    }
    const samples: number[] = []
    for (let index = 0; index < WARM_UP + CHANGES; index++) {
      const start = performance.now()
      await run(MIX[index % MIX.length]!, index)
      if (index >= WARM_UP) samples.push(performance.now() - start)
    }
    return median(samples)
  })
}

/** Median ms to open a host on a folder holding `file`, as the host itself last wrote it. */
async function hostLoad(file: InterviewsFile): Promise<number> {
  return withTempDir(async (dir) => {
    await writeFile(join(dir, 'interviews.json'), JSON.stringify(file))
    // The first open validates the hand-made file in full; its close writes it the host's way.
    await (await openHost({ dataDir: dir, settings, version: 'bench' })).close()
    const samples: number[] = []
    for (let index = 0; index < LOADS; index++) {
      const start = performance.now()
      const host = await openHost({ dataDir: dir, settings, version: 'bench' })
      samples.push(performance.now() - start)
      await host.close()
    }
    return median(samples)
  })
}

const BULK = 10_000

interface BulkFigures {
  /** Interviews per second, from sending the import to its answer. */
  importRate: number
  /** Ms from the import's answer until the host is idle (msUntilIdle: no work seen, no file written, for 2 s). */
  settle: number
  /** The slowest answer to a move sent while the import's compaction runs (ms). */
  moveWhileCompacting: number
  /** Ms from SIGTERM, sent while a second import's compaction runs, to the exit. */
  stop: number
}

const compacting = (dataDir: string) => readdirSync(dataDir).some((name) => name.includes('.compacting.'))

async function untilCompacting(dataDir: string): Promise<void> {
  const deadline = performance.now() + 30_000
  while (!compacting(dataDir) && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 2))
}

/** An import of 10,000 interviews into the real browser app, over HTTP, as a user would send it. */
async function bulkImport(): Promise<BulkFigures> {
  const json = makeExport(BULK)
  return withTempDir(async (dir) => {
    const firstDir = join(dir, 'first')
    const first = await startServeWeb(firstDir)
    const start = performance.now()
    await first.call('importData', { json })
    const answered = performance.now()
    const importRate = BULK / ((answered - start) / 1000)
    // What the window does once the import answers: the first cards of every column (boardPages.ts).
    const pages = await Promise.all(
      STAGE_IDS.map((stage) => first.call<{ interviews: Interview[] }>('listStagePage', { stage, limit: 10 })),
    )
    const card = pages.flatMap(({ interviews }) => interviews)[0]
    await untilCompacting(firstDir)
    const moves: number[] = []
    while (compacting(firstDir) || moves.length === 0) {
      const sent = performance.now()
      await first.call('moveInterview', { id: card!.id, stage: STAGE_IDS[moves.length % 3]! })
      moves.push(performance.now() - sent)
    }
    const settle = performance.now() - answered + (await msUntilIdle(first, firstDir))
    await first.stop()

    const secondDir = join(dir, 'second')
    const second = await startServeWeb(secondDir)
    await second.call('importData', { json })
    await untilCompacting(secondDir)
    const stop = await Promise.race([
      second.stop(),
      new Promise<number>((resolve) => setTimeout(() => resolve(60_000), 60_000)),
    ])
    if (second.child.exitCode === null) second.child.kill('SIGKILL')
    return { importRate, settle, moveWhileCompacting: Math.max(...moves), stop }
  })
}

export async function benchStorage(): Promise<BenchResult[]> {
  const bulk = await bulkImport()
  const small = makeInterviews(100)
  const large = makeInterviews(10_000)
  return [
    withBaseline('storage.change.100', await hostChange(small), 'ms', await lowdbChange(small)),
    withBaseline('storage.change.10k', await hostChange(large), 'ms', await lowdbChange(large)),
    { name: 'storage.load.10k', value: await hostLoad(large), unit: 'ms' },
    { name: 'storage.import.10k', value: bulk.importRate, unit: 'interviews/s' },
    { name: 'storage.settle.import.10k', value: bulk.settle, unit: 'ms' },
    { name: 'storage.move.compacting.10k', value: bulk.moveWhileCompacting, unit: 'ms' },
    { name: 'storage.stop.10k', value: bulk.stop, unit: 'ms' },
  ]
}
