import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { JSONFile } from 'lowdb/node'
import { Low } from 'lowdb'
import { contract } from '../../shared/api/contract'
import type { InterviewsFile } from '../../shared/domain/interview'
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

/** Median ms of one acknowledged (fsynced) update through the host. */
async function hostChange(file: InterviewsFile): Promise<number> {
  return withTempDir(async (dir) => {
    await writeFile(join(dir, 'interviews.json'), JSON.stringify(file))
    const host = await openHost({ dataDir: dir, settings, version: 'bench' })
    // A change as the user makes it on a host that has finished starting: search answers once its
    // index is built (the notes suite times that build), which would otherwise share the CPU.
    await host.api.searchNotes({ query: 'warm', limit: 1 })
    const target = file.interviews[0]!
    const {
      id: _id,
      stage: _stage,
      order: _order,
      archived: _a,
      tasks: _t,
      createdAt: _c,
      updatedAt: _u,
      ...fields
    } = target
    const samples: number[] = []
    for (let index = 0; index < WARM_UP + CHANGES; index++) {
      const input = contract.updateInterview.input.parse({
        id: target.id,
        fields: { ...fields, round: 1 + (index % 2) },
      })
      const start = performance.now()
      await host.api.updateInterview(input)
      if (index >= WARM_UP) samples.push(performance.now() - start)
    }
    await host.close()
    return median(samples)
  })
}

/** The same update with plain lowdb: the whole file rewritten each time (and not even fsynced). */
async function lowdbChange(file: InterviewsFile): Promise<number> {
  return withTempDir(async (dir) => {
    const db = new Low<InterviewsFile>(new JSONFile(join(dir, 'interviews.json')), structuredClone(file))
    await db.write()
    const samples: number[] = []
    for (let index = 0; index < CHANGES; index++) {
      const start = performance.now()
      const target = db.data.interviews[0]!
      db.data.interviews[0] = { ...target, round: 1 + (index % 2), updatedAt: new Date().toISOString() }
      await db.write()
      samples.push(performance.now() - start)
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
  /** Ms from the import's answer until the host is idle (under 5% of a core and no file written for 2 s). */
  settle: number
  /** Ms from SIGTERM, sent just after a second import's answer while its compaction runs, to the exit. */
  stop: number
}

/** An import of 10,000 interviews into the real browser app, over HTTP, as a user would send it. */
async function bulkImport(): Promise<BulkFigures> {
  const json = makeExport(BULK)
  return withTempDir(async (dir) => {
    const first = await startServeWeb(join(dir, 'first'))
    const start = performance.now()
    await first.call('importData', { json })
    const importRate = BULK / ((performance.now() - start) / 1000)
    const settle = await msUntilIdle(first, join(dir, 'first'))
    await first.stop()

    const second = await startServeWeb(join(dir, 'second'))
    await second.call('importData', { json })
    const stop = await Promise.race([
      second.stop(),
      new Promise<number>((resolve) => setTimeout(() => resolve(60_000), 60_000)),
    ])
    if (second.child.exitCode === null) second.child.kill('SIGKILL')
    return { importRate, settle, stop }
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
    { name: 'storage.stop.10k', value: bulk.stop, unit: 'ms' },
  ]
}
