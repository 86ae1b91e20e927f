import { randomUUID } from 'node:crypto'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { generateNKeysBetween } from 'fractional-indexing'
import { contract } from '../../shared/api/contract'
import { interviewsFileSchema, type Interview } from '../../shared/domain/interview'
import { STAGE_IDS } from '../../shared/domain/stages'
import { summaryTemplate } from '../../shared/notes/summary'
import type { Host } from '../../electron/host/host'
import { NOTES_FOLDER, NotesStore } from '../../electron/host/notes/notes-store'
import { NotesSearch } from '../../electron/host/notes/search/notes-search'
import { openHost } from '../../electron/host/service'
import { median, type BenchResult } from './result'

const SEARCHES = 400
const AUTOSAVES = 101
const NOTES_BYTES = 2048
const settings = { get: () => undefined, set: () => undefined }

/** A small deterministic generator (mulberry32), so every run searches the same notes. */
function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

const FUNCTION_WORDS = (
  'the of and to a in i that was it for on with as they we he she at be this have from or by but not what ' +
  'all were when there can an your which their so if will about would do my me our us how more'
).split(' ')
const SYLLABLES = 'ka to ri mon sel dar vin qu est lo pra ne tis ver gal bo cre mu ph ant or el sta ik un'.split(' ')

/**
 * Notes-like text: half function words, half content words drawn from 6,000 made-up words with
 * Zipf's law (a few words in nearly every interview, most in a handful), as natural language has it.
 */
function vocabulary(next: () => number) {
  const words = new Set<string>()
  while (words.size < 6000) {
    const length = 2 + Math.floor(next() * 3)
    words.add(Array.from({ length }, () => SYLLABLES[Math.floor(next() * SYLLABLES.length)]).join(''))
  }
  const list = [...words]
  const cumulative: number[] = []
  let sum = 0
  for (let rank = 1; rank <= list.length; rank++) cumulative.push((sum += 1 / rank))
  const zipf = () => {
    const target = next() * sum
    let low = 0
    let high = list.length - 1
    while (low < high) {
      const middle = (low + high) >>> 1
      if (cumulative[middle]! < target) low = middle + 1
      else high = middle
    }
    return list[low]!
  }
  const uniform = () => list[Math.floor(next() * list.length)]!
  return { zipf, uniform }
}

const next = random(42)
const words = vocabulary(next)

/** About 2 KB of notes in the summary template's shape, with one reference code no other note has. */
function notesFor(index: number): string {
  const word = () => (next() < 0.5 ? FUNCTION_WORDS[Math.floor(FUNCTION_WORDS.length * next() ** 2)]! : words.zipf())
  const sentence = () => `${Array.from({ length: 6 + Math.floor(next() * 10) }, word).join(' ')}.`
  let text = summaryTemplate(`Company ${index}: Senior engineer`).replace(/- $/gm, () => `- ${sentence()}`)
  text += `\nReference code uniq${index.toString(36)}x.\n`
  while (text.length < NOTES_BYTES) text += `\n${sentence()} ${sentence()}`
  return text.slice(0, NOTES_BYTES)
}

function interviews(count: number): Interview[] {
  const perStage = Math.ceil(count / STAGE_IDS.length)
  const keys = generateNKeysBetween(null, null, perStage)
  return Array.from({ length: count }, (_, index) => ({
    id: randomUUID(),
    company: `Company ${index}`,
    role: 'Senior backend engineer',
    round: 1,
    date: '2025-03-07',
    time: '14:00',
    timeZone: 'Europe/Berlin',
    format: 'video' as const,
    location: '',
    interviewers: [
      {
        id: randomUUID(),
        name: `Person ${index}`,
        title: '',
        email: '',
        phone: '',
        mailingAddress: '',
        linkedin: '',
        cardCollected: false,
      },
    ],
    arrangers: [],
    decision: { expectedDate: '', informer: 'hr' as const, informerName: '', channel: '' as const },
    outcome: { receivedOn: '', note: '' },
    stage: STAGE_IDS[index % STAGE_IDS.length]!,
    order: keys[Math.floor(index / STAGE_IDS.length)]!,
    archived: false,
    tasks: [],
    createdAt: '2025-03-07T15:00:00.000Z',
    updatedAt: '2025-03-07T15:00:00.000Z',
  }))
}

/** A data folder with `count` interviews, each with its notes file, as a long-time user would have. */
async function dataFolder(count: number): Promise<{ dir: string; records: Interview[] }> {
  const dir = await mkdtemp(join(tmpdir(), 'debrief-bench-notes-'))
  const records = interviews(count)
  const file = interviewsFileSchema.parse({ schemaVersion: 1, seq: 0, interviews: records, undo: [], redo: [] })
  await writeFile(join(dir, 'interviews.json'), JSON.stringify(file))
  await mkdir(join(dir, 'notes'))
  for (let start = 0; start < count; start += 200) {
    await Promise.all(
      records
        .slice(start, start + 200)
        .map((record, offset) => writeFile(join(dir, 'notes', `${record.id}.md`), notesFor(start + offset))),
    )
  }
  return { dir, records }
}

function percentile(samples: number[], fraction: number): number {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!
}

/**
 * What people type: a word they remember (any word, or a frequent one), two of them, the start of
 * one, a word every template has, and a reference only one interview's notes hold.
 */
function queries(count: number): string[] {
  const shapes = [
    () => words.uniform(),
    () => words.zipf(),
    () => `${words.zipf()} ${words.zipf()}`,
    () => `${words.uniform()} ${words.zipf()}`,
    () => words.uniform().slice(0, 4),
    () => 'improve',
    () => `uniq${Math.floor(next() * 10_000).toString(36)}x`,
  ]
  return Array.from({ length: count }, (_, index) => shapes[index % shapes.length]!())
}

/** Milliseconds to build the search index over a data folder, as the host does at start (reading every notes file). */
async function indexBuild(dir: string, records: Interview[]): Promise<number> {
  const start = performance.now()
  const search = new NotesSearch({
    notes: new NotesStore(dir),
    interviews: () => records,
    emit: () => undefined,
    exclusive: (task) => task(),
    folder: join(dir, NOTES_FOLDER),
    onWatchError: (error) => console.warn(error),
  })
  await search.ready
  const elapsed = performance.now() - start
  search.close()
  return elapsed
}

/** A host on the folder, with its index built. */
async function openIndexed(dir: string): Promise<Host> {
  const host = await openHost({ dataDir: dir, settings, version: 'bench' })
  await host.api.searchNotes(contract.searchNotes.input.parse({ query: 'warmup' }))
  return host
}

async function searchLatencies(host: Host): Promise<number[]> {
  const samples: number[] = []
  for (const query of queries(SEARCHES)) {
    const input = contract.searchNotes.input.parse({ query })
    const start = performance.now()
    await host.api.searchNotes(input)
    samples.push(performance.now() - start)
  }
  return samples
}

/** Median ms of one acknowledged notes save (fsynced), typing on one interview's notes. */
async function autosave(host: Host, id: string): Promise<number> {
  let { revision } = await host.api.readNotes({ id })
  let text = (await host.api.readNotes({ id })).markdown
  const samples: number[] = []
  for (let index = 0; index < AUTOSAVES; index++) {
    text += ` word${index}`
    const start = performance.now()
    ;({ revision } = await host.api.writeNotes({ id, markdown: text, baseRevision: revision }))
    samples.push(performance.now() - start)
  }
  return median(samples)
}

export async function benchNotes(): Promise<BenchResult[]> {
  const large = await dataFolder(10_000)
  const small = await dataFolder(100)
  try {
    const indexMs = median([await indexBuild(large.dir, large.records), await indexBuild(large.dir, large.records)])
    const host = await openIndexed(large.dir)
    const latencies = await searchLatencies(host)
    const autosaveLarge = await autosave(host, large.records[1234]!.id)
    await host.close()
    const smallHost = await openIndexed(small.dir)
    const autosaveSmall = await autosave(smallHost, small.records[12]!.id)
    await smallHost.close()
    return [
      { name: 'search.p50.10k', value: percentile(latencies, 0.5), unit: 'ms' },
      { name: 'search.p95.10k', value: percentile(latencies, 0.95), unit: 'ms' },
      { name: 'search.index.10k', value: indexMs, unit: 'ms' },
      { name: 'notes.autosave.100', value: autosaveSmall, unit: 'ms' },
      { name: 'notes.autosave.10k', value: autosaveLarge, unit: 'ms' },
    ]
  } finally {
    await rm(large.dir, { recursive: true, force: true })
    await rm(small.dir, { recursive: true, force: true })
  }
}
