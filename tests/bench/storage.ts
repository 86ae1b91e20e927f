import { randomUUID } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { generateNKeysBetween } from 'fractional-indexing'
import { JSONFile } from 'lowdb/node'
import { Low } from 'lowdb'
import { contract } from '../../shared/api/contract'
import { interviewsFileSchema, type Interview, type InterviewsFile } from '../../shared/domain/interview'
import { STAGE_IDS } from '../../shared/domain/stages'
import { openHost } from '../../electron/host/service'
import { median, withBaseline, type BenchResult } from './result'

const CHANGES = 51
/** Untimed changes first: the first few after start also pay for compiling the code they run. */
const WARM_UP = 50
const LOADS = 3
const settings = { get: () => undefined, set: () => undefined }

function card(name: string) {
  return {
    id: randomUUID(),
    name,
    title: 'Engineering manager, platform infrastructure',
    email: `${name.toLowerCase().replace(/ /g, '.')}@example.com`,
    phone: '+49 30 1234 5678',
    mailingAddress: 'Example GmbH, Hauptstrasse 12, 10115 Berlin, Germany',
    linkedin: `https://www.linkedin.com/in/${name.toLowerCase().replace(/ /g, '-')}`,
    cardCollected: true,
  }
}

/** A realistic record of about 2 KB: two full business cards, an arranger, notes on the decision and outcome. */
function makeInterviews(count: number): InterviewsFile {
  const perStage = Math.ceil(count / STAGE_IDS.length)
  const keys = generateNKeysBetween(null, null, perStage)
  const interviews: Interview[] = Array.from({ length: count }, (_, index) => ({
    id: randomUUID(),
    company: `Company ${index}`,
    role: 'Senior backend engineer, payments platform',
    round: 1 + (index % 3),
    date: '2025-03-07',
    time: '14:00',
    timeZone: 'Europe/Berlin',
    format: 'video',
    location: 'https://meet.example.com/abc-defg-hij',
    interviewers: [card('Dana Reyes'), card('Lee Park')],
    arrangers: [card('Sam Okafor')],
    decision: { expectedDate: '2025-03-14', informer: 'hr', informerName: 'Sam Okafor', channel: 'email' },
    outcome: {
      receivedOn: '',
      note: 'Asked about on-call load, the migration off the monolith and how the team measures delivery. '.repeat(4),
    },
    stage: STAGE_IDS[index % STAGE_IDS.length]!,
    order: keys[Math.floor(index / STAGE_IDS.length)]!,
    archived: false,
    tasks: [],
    createdAt: '2025-03-07T15:00:00.000Z',
    updatedAt: '2025-03-07T15:00:00.000Z',
  }))
  return interviewsFileSchema.parse({ schemaVersion: 1, seq: 0, interviews, undo: [], redo: [] })
}

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

export async function benchStorage(): Promise<BenchResult[]> {
  const small = makeInterviews(100)
  const large = makeInterviews(10_000)
  return [
    withBaseline('storage.change.100', await hostChange(small), 'ms', await lowdbChange(small)),
    withBaseline('storage.change.10k', await hostChange(large), 'ms', await lowdbChange(large)),
    { name: 'storage.load.10k', value: await hostLoad(large), unit: 'ms' },
  ]
}
