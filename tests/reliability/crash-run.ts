import { spawn } from 'node:child_process'
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import Conf from 'conf'
import { readBackup } from '../../electron/host/backup/backups'
import { openHost } from '../../electron/host/service'
import { nodeFileSystem } from '../../electron/host/storage/durable-file'
import { settingsStoreOptions } from '../../electron/host/settings/settings-file'
import { ExpectedState, type DiskState } from './crash-model'
import { canonicalJson } from '../../electron/host/storage/canonical-json'
import { STAGE_IDS } from '../../shared/domain/stages'
import { FIRST_PAGES_LIMIT, readFirstPages } from '../../electron/host/interviews/first-pages'
import type { ChildLine, Phase, PlannedChange, RecordJson } from './crash-protocol'
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
  /** Kills that landed inside each multi-step phase, as the folder and the child's last call showed. */
  landed: Record<Phase, number>
  /** Multi-step operations the kill left part done. */
  partial: number
  /** Everything that went wrong, each with the kill it followed. */
  problems: string[]
}

/** Each run aims at one of these in turn: plain changes, then each phase a kill must land inside. */
const FOCUSES = ['none', 'compaction', 'import', 'restore', 'settings', 'backup'] as const
export const PHASES: Phase[] = ['compaction', 'import', 'restore', 'settings', 'backup']

/** Notices the host gives after a kill inside a multi-step operation: expected, not a problem. */
const EXPECTED_NOTICES = [
  /stopped in the middle of an import, a restore or a settings change/,
  /stopped while it was taking a backup/,
]

/** How long after a phase begins its kill may come (ms): about the phase's length with a small board. */
const PHASE_KILL_MS: Record<Phase, number> = { compaction: 20, import: 60, restore: 40, settings: 15, backup: 10 }

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
    // jsonc-parser's CommonJS entry is a UMD file whose require('./impl/…') esbuild cannot follow; its ESM entry bundles.
    mainFields: ['module', 'main'],
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

/**
 * Starts the child, kills it with SIGKILL `afterMs` after it reports ready (or, aimed at a phase,
 * after the phase begins: a compaction or backup it signals, or the start of its operation), and
 * collects its complete lines. An aimed run that never reaches its phase is killed after 3 s.
 */
function runChild(
  script: string,
  dataDir: string,
  seed: number,
  afterMs: number,
  focus: (typeof FOCUSES)[number],
  day: number,
): Promise<ChildRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, dataDir, String(seed), focus, String(day)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let armed = false
    const kill = (delay: number) => {
      if (armed) return
      armed = true
      setTimeout(() => {
        killedByUs = true
        child.kill('SIGKILL')
      }, delay)
    }
    const aimedAt = (line: ChildLine) =>
      (line.k === 'phase' && line.phase === focus) || (line.k === 'start' && line.op === focus)
    const lines: ChildLine[] = []
    let buffer = ''
    let stderr = ''
    let killedByUs = false as boolean
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
          if (focus === 'none') kill(afterMs)
          else setTimeout(() => kill(0), 3000)
        } else if (focus !== 'none' && aimedAt(line)) kill(afterMs)
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
    // Temporary files (ours `.tmp`, conf's `.tmp-<n>`) are never read, and removed at the next start.
    if (entry.name.endsWith('.tmp') || entry.name.includes('.tmp-')) continue
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

/** What a backup holds, read as restore reads it. */
async function backupContent(dataDir: string, name: string): Promise<DiskState['backup']> {
  const folder = join(dataDir, 'backups', name)
  try {
    const content = await readBackup(folder, nodeFileSystem, { timeZone: 'Europe/Berlin' })
    const records = new Map(
      content.interviews.map((record) => [record.id, JSON.parse(JSON.stringify(record)) as RecordJson]),
    )
    return { records, notes: content.notes }
  } catch {
    return undefined
  }
}

/** Where the kill landed, from what it left: a compaction's or backup's unfinished file, or the call in flight. */
async function phaseOfKill(dataDir: string, pending: PlannedChange | undefined): Promise<Phase[]> {
  const phases: Phase[] = []
  if ((await readdir(dataDir).catch(() => [])).some((name) => name.includes('.compacting.'))) phases.push('compaction')
  const backups = await readdir(join(dataDir, 'backups')).catch(() => [])
  if (backups.some((name) => name.endsWith('.partial'))) phases.push('backup')
  if (pending?.op === 'import' || pending?.op === 'restore' || pending?.op === 'settings') phases.push(pending.op)
  return phases
}

/** Opens the data folder as the app would after the crash (settings.json through conf) and reads what it holds. */
async function openAfterCrash(
  dataDir: string,
  noteIds: Iterable<string>,
  pending: PlannedChange | undefined,
): Promise<{ disk: DiskState; notices: string[] }> {
  const { cwd, name } = settingsStoreOptions(dataDir)
  // Read before the host opens (and finishes what the kill interrupted): what the restore had to reach.
  const backup = pending?.op === 'restore' ? await backupContent(dataDir, pending.name) : undefined
  const kept = await readFirstPages(dataDir, 'crash-test', nodeFileSystem)
  const host = await openHost({
    dataDir,
    settings: () => new Conf<Record<string, unknown>>({ cwd, configName: name, projectName: 'debrief' }),
    version: 'crash-test',
    timeZone: 'Europe/Berlin',
  })
  try {
    const notices = (await host.api.getHostInfo({})).notices
      .filter((notice) => !EXPECTED_NOTICES.some((expected) => expected.test(notice.message)))
      .map((notice) => `${notice.level}: ${notice.message}`)
    const listed = await host.api.listInterviews({ includeArchived: true })
    const records = new Map(listed.map((record) => [record.id, JSON.parse(JSON.stringify(record)) as RecordJson]))
    const ids = new Set([...noteIds, ...(backup ? [...backup.notes.keys(), ...backup.records.keys()] : [])])
    const notes = await readNotes(dataDir, ids)
    const preferences = JSON.parse(JSON.stringify(await host.api.getPreferences({}))) as unknown
    // Pages kept for the next start to show at once must be those of the interviews the host has read.
    for (const stage of kept ? STAGE_IDS : []) {
      const page = await host.api.listStagePage({ stage, limit: FIRST_PAGES_LIMIT })
      if (canonicalJson(page) !== canonicalJson(kept![stage]))
        notices.push(`error: the kept first page of ${stage} is not the board's`)
    }
    const disk: DiskState = {
      records,
      notesOf: (id) => notes.get(id) ?? '',
      preferences,
      ...(backup ? { backup } : {}),
    }
    return { disk, notices }
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
  const landed = Object.fromEntries(PHASES.map((phase) => [phase, 0])) as Record<Phase, number>
  const result: CrashRunResult = { kills: 0, acknowledged: 0, lost: 0, landed, partial: 0, problems: [] }
  try {
    const script = await bundleChild(work)
    for (let kill = 1; kill <= options.kills; kill++) {
      const focus = FOCUSES[kill % FOCUSES.length]!
      // Aimed at a phase, the kill comes within its first few ms, when most of it is still to do.
      const delay = focus === 'none' ? random.int(0, options.maxRunMs ?? 200) : random.int(0, PHASE_KILL_MS[focus])
      // Each run is a later day than the last, so it takes its daily backup at start.
      const run = await runChild(script, dataDir, random.int(1, 2 ** 30), delay, focus, kill * 2)
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
      const phases = await phaseOfKill(dataDir, pending)
      for (const phase of phases) result.landed[phase]++
      if (process.env.DEBRIEF_CRASH_TRACE) {
        const ops = run.lines.flatMap((line) => (line.k === 'ack' ? [line.op] : []))
        log(
          `kill ${kill} (${focus}): acknowledged ${ops.join(' ')}; in flight ${pending?.op ?? 'nothing'}; inside ${phases.join(' ') || 'no phase'}`,
        )
      }
      for (const problem of await unreadableFiles(dataDir)) result.problems.push(`kill ${kill}: ${problem}`)
      const noteIds = new Set([
        ...expected.notes.keys(),
        ...(pending?.op === 'notes' ? [pending.id] : []),
        ...(pending?.op === 'import' ? Object.keys(pending.notes) : []),
      ])
      if (process.env.DEBRIEF_CRASH_TRACE) {
        const journal = await readFile(join(dataDir, 'interviews.journal'), 'utf8').catch(() => '')
        const ops = journal
          .split('\n')
          .filter(Boolean)
          .map((line) => /"seq":(\d+),.*?"op":"(\w+)"/.exec(line)?.slice(1).join(':'))
        log(`  journal before reopening: ${ops.join(' ')}`)
      }
      const keep = process.env.DEBRIEF_CRASH_KEEP
      if (keep) await rm(join(keep, 'before-reopen'), { recursive: true, force: true })
      if (keep) await cp(dataDir, join(keep, 'before-reopen'), { recursive: true, force: true })
      const { disk, notices } = await openAfterCrash(dataDir, noteIds, pending)
      if (process.env.DEBRIEF_CRASH_TRACE) log(`  model ${expected.records.size} disk ${disk.records.size}`)
      for (const notice of notices) result.problems.push(`kill ${kill}: the host told the user "${notice}"`)
      const { lost } = expected.reconcile(disk, pending)
      result.lost += lost.length
      for (const loss of lost) result.problems.push(`kill ${kill}: lost ${loss}`)
      for (const divergence of expected.divergences.splice(0)) result.problems.push(`kill ${kill}: ${divergence}`)
      for (const partial of expected.partial.splice(0)) {
        result.partial++
        result.problems.push(`kill ${kill}: left part done: ${partial}`)
      }
      if (keep && (lost.length > 0 || notices.length > 0)) {
        await writeFile(join(keep, 'lines.json'), JSON.stringify(run.lines))
        log(`stopped at kill ${kill}: the folder before reopening is in ${keep}/before-reopen`)
        break
      }
      if (kill % 20 === 0) log(`  ${kill} kills, ${result.acknowledged} acknowledged, ${result.lost} lost`)
    }
  } finally {
    await rm(work, { recursive: true, force: true })
  }
  return result
}
