import { spawn } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { openHost } from '../../electron/host/service'
import { ExpectedState, type DiskState } from './crash-model'
import type { ChildLine, PlannedChange, RecordJson } from './crash-protocol'
import { seededRandom } from './random'

export interface CrashRunOptions {
  kills: number
  seed: number
  /** The longest the child runs before its kill, in ms; the moment is random below it. */
  maxRunMs?: number
  log?: (line: string) => void
}

export interface CrashRunResult {
  kills: number
  acknowledged: number
  lost: number
  /** Everything that went wrong, each with the kill it followed. */
  problems: string[]
}

const CHILD_SOURCE = fileURLToPath(new URL('./crash-child.ts', import.meta.url))

/** One plain .mjs file for the child: node starts it in a fraction of the time tsx needs, so 200 kills fit in minutes. */
async function bundleChild(folder: string): Promise<string> {
  const outfile = join(folder, 'crash-child.mjs')
  await build({
    entryPoints: [CHILD_SOURCE],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'silent',
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  })
  return outfile
}

interface ChildRun {
  lines: ChildLine[]
  /** Non-empty when the child ended by itself: it must only ever end by our kill. */
  failure?: string
}

/** Starts the child, kills it with SIGKILL `afterMs` after it reports ready, and collects its complete lines. */
function runChild(script: string, dataDir: string, seed: number, afterMs: number): Promise<ChildRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, dataDir, String(seed)], { stdio: ['ignore', 'pipe', 'pipe'] })
    const lines: ChildLine[] = []
    let buffer = ''
    let stderr = ''
    let killedByUs = false
    child.stdout.setEncoding('utf8')
    child.stderr.setEncoding('utf8')
    child.stderr.on('data', (chunk: string) => (stderr += chunk))
    child.stdout.on('data', (chunk: string) => {
      buffer += chunk
      const parts = buffer.split('\n')
      buffer = parts.pop()!
      for (const part of parts) {
        const line = JSON.parse(part) as ChildLine
        lines.push(line)
        if (line.k === 'ready') {
          setTimeout(() => {
            killedByUs = true
            child.kill('SIGKILL')
          }, afterMs)
        }
      }
    })
    // A line cut by the kill was never fully printed: its call counts as unacknowledged.
    child.on('close', (code, signal) => {
      if (killedByUs && signal === 'SIGKILL') resolve({ lines })
      else
        resolve({ lines, failure: `child exited by itself (code ${code}, signal ${signal}): ${stderr.slice(-2000)}` })
    })
  })
}

/** Every file the host keeps must still parse: JSON files whole, journals line by line (a torn last line excepted). */
async function unreadableFiles(dataDir: string): Promise<string[]> {
  const problems: string[] = []
  const utf8 = new TextDecoder('utf-8', { fatal: true })
  for (const entry of await readdir(dataDir, { recursive: true, withFileTypes: true })) {
    // A backup a kill cut short is never read: the next backup starts it again.
    if (!entry.isFile() || entry.parentPath.includes('.partial')) continue
    const path = join(entry.parentPath, entry.name)
    if (entry.name.includes('.corrupt-')) problems.push(`${entry.name} was set aside as damaged`)
    if (entry.name.endsWith('.tmp')) continue
    const content = await readFile(path)
    try {
      if (entry.name.endsWith('.json') || entry.name.endsWith('.json.bak')) JSON.parse(content.toString('utf8'))
      else if (entry.name.startsWith('interviews.journal')) {
        const lines = content.toString('utf8').split('\n')
        lines.pop()
        for (const line of lines) JSON.parse(line)
      } else if (entry.name.endsWith('.md')) utf8.decode(content)
    } catch (error) {
      problems.push(`${entry.name} does not parse: ${(error as Error).message}`)
    }
  }
  return problems
}

async function readNotes(dataDir: string, ids: Iterable<string>): Promise<Map<string, string>> {
  const notes = new Map<string, string>()
  for (const id of ids) {
    notes.set(id, await readFile(join(dataDir, 'notes', `${id}.md`), 'utf8').catch(() => ''))
  }
  return notes
}

/** Opens the data folder as the app would after the crash and reads what it holds. */
async function openAfterCrash(
  dataDir: string,
  noteIds: Iterable<string>,
): Promise<{ disk: DiskState; notices: string[] }> {
  const host = await openHost({
    dataDir,
    settings: { get: () => undefined, set: () => undefined },
    version: 'crash-test',
    timeZone: 'Europe/Berlin',
  })
  try {
    const notices = (await host.api.getHostInfo({})).notices.map((notice) => `${notice.level}: ${notice.message}`)
    const listed = await host.api.listInterviews({ includeArchived: true })
    const records = new Map(listed.map((record) => [record.id, JSON.parse(JSON.stringify(record)) as RecordJson]))
    const notes = await readNotes(dataDir, noteIds)
    return { disk: { records, notesOf: (id) => notes.get(id) ?? '' }, notices }
  } finally {
    await host.close()
  }
}

/**
 * The crash test: a host in a child process making random changes, killed with SIGKILL at random
 * moments `kills` times; after each kill the folder must parse, open without a warning, and hold every
 * change the child saw acknowledged.
 */
export async function runCrashTest(options: CrashRunOptions): Promise<CrashRunResult> {
  const log = options.log ?? (() => undefined)
  const random = seededRandom(options.seed)
  const work = await mkdtemp(join(tmpdir(), 'debrief-crash-'))
  const dataDir = join(work, 'data')
  const expected = new ExpectedState()
  const result: CrashRunResult = { kills: 0, acknowledged: 0, lost: 0, problems: [] }
  try {
    const script = await bundleChild(work)
    for (let kill = 1; kill <= options.kills; kill++) {
      const run = await runChild(script, dataDir, random.int(1, 2 ** 30), random.int(0, options.maxRunMs ?? 200))
      result.kills++
      if (run.failure) result.problems.push(`kill ${kill}: ${run.failure}`)
      let pending: PlannedChange | undefined
      for (const line of run.lines) {
        if (line.k === 'start') pending = line
        else if (line.k === 'ack') {
          const { k: _kind, ...acknowledged } = line
          expected.apply(acknowledged)
          result.acknowledged++
          pending = undefined
        }
      }
      for (const problem of await unreadableFiles(dataDir)) result.problems.push(`kill ${kill}: ${problem}`)
      const noteIds = new Set([...expected.notes.keys(), ...(pending?.op === 'notes' ? [pending.id] : [])])
      const { disk, notices } = await openAfterCrash(dataDir, noteIds)
      for (const notice of notices) result.problems.push(`kill ${kill}: the host told the user "${notice}"`)
      const { lost } = expected.reconcile(disk, pending)
      result.lost += lost.length
      for (const loss of lost) result.problems.push(`kill ${kill}: lost ${loss}`)
      for (const divergence of expected.divergences.splice(0)) result.problems.push(`kill ${kill}: ${divergence}`)
      if (kill % 20 === 0) log(`  ${kill} kills, ${result.acknowledged} acknowledged, ${result.lost} lost`)
    }
  } finally {
    await rm(work, { recursive: true, force: true })
  }
  return result
}
