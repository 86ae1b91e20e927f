import { spawn, type ChildProcess } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { Worker } from 'node:worker_threads'
import { seedInterviews } from '../e2e/support/seed-board'
import { readUrl, SERVE_WEB, stopProcess } from '../e2e/support/web-app'
import { boardInterviews } from './board-data'
import { downloadPath } from '../../shared/api/downloads'
import { BOARD_START_LIMIT, BOARD_START_PATH } from '../../electron/web/board-start'
import { median, type BenchResult } from './result'

/**
 * The host at 50,000 interviews (10,000 with notes), a coach's or recruiter's archive, as serve-web
 * runs it in its own process (the build in DEBRIEF_OUT_DIR, default out/), over loopback HTTP:
 * - scale.start.50k: from starting the process to the answer holding the board's first cards (the
 *   request the page's HTML starts, electron/web/board-start.ts), warm (the first start, which writes
 *   the snapshot the host's way, is not counted): answered from the pages the last run kept
 *   (electron/host/interviews/first-pages.ts); median of STARTS. scale.start.read.50k: to the answer of
 *   a call that needs every interview read (getHostInfo), asked at once after the first cards;
 * - scale.rss.50k: the host's resident memory at rest, the search and follow-up indexes built: once
 *   V8 has given back the free pages the start left (restingMiB), and scale.rss.loaded.50k the same 2 s
 *   after the first search, before it has;
 * - scale.followups.50k: listFollowUps (Today's list), median of CALLS;
 * - scale.wait.export.50k: the longest a getHostInfo sent every 50 ms waits during a calendar and a
 *   JSON export, each asked for and then downloaded, and scale.rss.export.50k the largest resident memory seen meanwhile.
 */

const INTERVIEWS = 50_000
const WITH_NOTES = 10_000
const STARTS = 2
const CALLS = 11
const POLL_MS = 50
/** How long an idle host is left for V8 to return the start's free heap pages. */
const REST_WATCH_MS = 70_000
/** The readings at its end that make the answer. */
const REST_SAMPLES = 5

interface RunningHost {
  child: ChildProcess
  origin: string
  token: string
}

async function startHost(dataDir: string): Promise<RunningHost & { firstCardsMs: number; readMs: number }> {
  const started = performance.now()
  const child = spawn(process.execPath, [SERVE_WEB, '--data-dir', dataDir, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const url = new URL(await readUrl(child, 120_000))
  const host = { child, origin: url.origin, token: url.searchParams.get('token')! }
  const response = await fetch(`${host.origin}${BOARD_START_PATH}?limit=${BOARD_START_LIMIT}`, {
    headers: { Authorization: `Bearer ${host.token}` },
  })
  const pages = (await response.json()) as { ok: boolean; value?: Array<{ interviews: unknown[] }> }
  if (!pages.value?.some((page) => page.interviews.length > 0)) throw new Error('The host answered with no cards')
  const firstCardsMs = performance.now() - started
  await call(host, 'getHostInfo', {})
  return { ...host, firstCardsMs, readMs: performance.now() - started }
}

async function call<T>(host: RunningHost, method: string, input: unknown): Promise<T> {
  const response = await fetch(`${host.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` },
    body: JSON.stringify(input),
  })
  const body = (await response.json()) as { ok: boolean; value: T; error?: unknown }
  if (!body.ok) throw new Error(`${method} failed: ${JSON.stringify(body.error)}`)
  return body.value
}

/** Reads a download to its end and drops it, in a thread of its own (workerData: url and token). */
const DOWNLOAD_THREAD = `
const { parentPort, workerData } = require('node:worker_threads')
;(async () => {
  const response = await fetch(workerData.url, { headers: { Authorization: 'Bearer ' + workerData.token } })
  if (!response.ok || !response.body) throw new Error('The download failed: HTTP ' + response.status)
  for await (const _piece of response.body) {}
  parentPort.postMessage('done')
})()
`

/**
 * Saves a file the host offered as the window's download link does: streamed, read to its end, apart
 * from the window that goes on asking the host (a browser's downloads are not the page's work). Read on
 * this process's own loop, the download's pieces delayed the getHostInfo answers timed beside it by up to
 * 52 ms (that loop's delay, measured with monitorEventLoopDelay during the exports).
 */
async function download(host: RunningHost, { download }: { download: string }): Promise<void> {
  const thread = new Worker(DOWNLOAD_THREAD, {
    eval: true,
    workerData: { url: `${host.origin}${downloadPath(download)}`, token: host.token },
  })
  await new Promise<void>((resolve, reject) => {
    thread.once('message', () => resolve())
    thread.once('error', reject)
    thread.once('exit', (code) => reject(new Error(`The download stopped (thread exit ${code})`)))
  })
  await thread.terminate()
}

async function residentMiB(child: ChildProcess): Promise<number> {
  const status = await readFile(`/proc/${child.pid}/status`, 'utf8')
  const kib = Number(/^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1])
  return kib / 1024
}

async function seed(dataDir: string): Promise<void> {
  const interviews = boardInterviews(INTERVIEWS, new Date())
  await seedInterviews(dataDir, interviews)
  const notes = join(dataDir, 'notes')
  await mkdir(notes)
  const text = (company: string) =>
    `# ${company}\n\n## What we discussed\n\nThe migration off the monolith, on-call load, how they measure delivery.\n\n` +
    '## Where I can improve\n\n- Shorter answers on system design\n- Ask about the team earlier\n'
  for (const interview of interviews.slice(0, WITH_NOTES)) {
    await writeFile(join(notes, `${interview.id}.md`), text(interview.company))
  }
}

/**
 * The resident memory of an idle host once V8's memory reducer has run. After the start the heap keeps
 * the pages freed by it (the snapshot's 160 MB text, the copies of strings made one, shared-strings.ts):
 * at 50,000 interviews 252 MiB were live in a 396 MiB heap, and the reducer gave back ~100 MiB some
 * 40–45 s later, when it judged the host idle (probe of this folder: 430–451 MiB up to 42 s, 332–336
 * MiB from 44 s to 88 s). So the host is left idle for REST_WATCH_MS and the answer is the median of
 * its last REST_SAMPLES readings, one a second. (An earlier rule, "settled once below the loaded
 * figure and steady for 10 s", took a plateau before the reducer ran for rest: 440 MiB for 334.)
 */
async function restingMiB(host: RunningHost): Promise<number> {
  const readings: number[] = []
  const until = performance.now() + REST_WATCH_MS
  while (performance.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 1000))
    readings.push(await residentMiB(host.child))
  }
  return median(readings.slice(-REST_SAMPLES))
}

/**
 * Sends getHostInfo every POLL_MS while `work` runs: the longest wait for an answer (a refused or reset
 * request counts as waiting until it failed), and the largest resident memory, sampled on its own timer
 * so a busy host cannot hide its peak.
 */
async function whileWorking(host: RunningHost, work: () => Promise<void>): Promise<{ waitMs: number; rssMiB: number }> {
  let waitMs = 0
  let rssMiB = 0
  let working = true
  const sampler = setInterval(() => {
    residentMiB(host.child).then(
      (mib) => (rssMiB = Math.max(rssMiB, mib)),
      () => undefined,
    )
  }, POLL_MS)
  const poll = (async () => {
    while (working) {
      const sent = performance.now()
      try {
        await call(host, 'getHostInfo', {})
      } catch (error) {
        console.warn(`getHostInfo failed after ${Math.round(performance.now() - sent)} ms during an export:`, error)
      }
      waitMs = Math.max(waitMs, performance.now() - sent)
      await new Promise((resolve) => setTimeout(resolve, POLL_MS))
    }
  })()
  try {
    await work()
  } finally {
    working = false
    await poll
    clearInterval(sampler)
  }
  return { waitMs, rssMiB }
}

export async function benchScale(): Promise<BenchResult[]> {
  const dataDir = await mkdtemp(join(tmpdir(), 'debrief-bench-scale-'))
  try {
    await seed(dataDir)
    const starts: number[] = []
    const reads: number[] = []
    let host: (RunningHost & { firstCardsMs: number; readMs: number }) | undefined
    for (let start = 0; start <= STARTS; start++) {
      if (host) await stopProcess(host.child)
      host = await startHost(dataDir)
      if (start === 0) continue
      starts.push(host.firstCardsMs)
      reads.push(host.readMs)
    }
    const running = host!
    try {
      // At rest: the search index and the follow-ups built, as after the first look at Today and a search.
      await call(running, 'searchNotes', { query: 'monolith', limit: 1 })
      await call(running, 'listFollowUps', {})
      await new Promise((resolve) => setTimeout(resolve, 2000))
      const loadedMiB = await residentMiB(running.child)
      const followUps: number[] = []
      for (let each = 0; each < CALLS; each++) {
        const sent = performance.now()
        await call(running, 'listFollowUps', {})
        followUps.push(performance.now() - sent)
      }
      const restMiB = await restingMiB(running)
      const exports = await whileWorking(running, async () => {
        await download(running, await call(running, 'exportCalendar', {}))
        await download(running, await call(running, 'exportData', { format: 'json' }))
      })
      return [
        { name: 'scale.start.50k', value: median(starts), unit: 'ms' },
        { name: 'scale.start.read.50k', value: median(reads), unit: 'ms' },
        { name: 'scale.rss.50k', value: restMiB, unit: 'MiB' },
        { name: 'scale.rss.loaded.50k', value: loadedMiB, unit: 'MiB' },
        { name: 'scale.followups.50k', value: median(followUps), unit: 'ms' },
        { name: 'scale.wait.export.50k', value: exports.waitMs, unit: 'ms' },
        { name: 'scale.rss.export.50k', value: exports.rssMiB, unit: 'MiB' },
      ]
    } finally {
      await stopProcess(running.child)
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true })
  }
}
