import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import type { Interview } from '../../shared/domain/interview'
import { launchBrowser, type Browser } from '../e2e/support/browser'
import { seedInterviews } from '../e2e/support/seed-board'
import { startWebApp } from '../e2e/support/web-app'
import { boardInterviews } from './board-data'
import { buildBaseline, serveBaseline } from './board-baseline'
import { serveFloor } from './board-floor'
import { coldPaintMs, launchColdBrowser, startupFigures, type StartupFigures } from './board-cold'
import type { CdpBrowser as ColdBrowser } from './cdp-browser'
import { measureMoves, type MoveFigures } from './board-move'
import { cardsPaintedAt, debrief, openWatched, reactTrello, type AppUnderTest } from './board-probes'
import { median, withBaseline, type BenchResult } from './result'

/**
 * The board at 1,000 and 10,000 interviews, Debrief against react-trello on the same cards, in
 * Chromium: navigation to the first card painted, cold (a fresh context per load, nothing cached, in a
 * Chromium no DevTools agent watches: board-cold.ts) and warm (reloads of one page, assets cached); at 10,000 the startup chunk's evaluation and the longest
 * task before the first card (from a trace), a move by real input to its painted frame, JS heap after
 * GC, DOM nodes; and the floor under the cold figure, a bare React page of the same cards (board-floor.ts).
 * Debrief is the build in DEBRIEF_OUT_DIR (default out/), so a build of one's own can be measured (an
 * absolute path inside the project, so that serve-web finds node_modules):
 *   npx electron-vite build --outDir $PWD/node_modules/.out-x && DEBRIEF_OUT_DIR=node_modules/.out-x node --import tsx tests/bench/run.ts board
 */

const WARM_LOADS = 3
const PAINT_TIMEOUT_MS = 180_000

interface Figures {
  coldPaintMs: number
  warmPaintMs: number
  domNodes: number
  heapMiB: number
  startup?: StartupFigures
  moves?: { key: MoveFigures | null; drop: MoveFigures }
}

async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  await cdp.detach()
  return usedSize / 1024 / 1024
}

async function measure(
  browser: Browser,
  cold: ColdBrowser,
  app: AppUnderTest,
  interviewCount: number,
  detailed: boolean,
): Promise<Figures> {
  const coldPaint = await coldPaintMs(cold, app)
  const startup = detailed && app.kind === 'debrief' ? await startupFigures(cold, app) : undefined
  const page = await browser.context.newPage()
  const paints: number[] = []
  await openWatched(page, app)
  await cardsPaintedAt(page, PAINT_TIMEOUT_MS)
  for (let load = 0; load < WARM_LOADS; load++) {
    await page.goto(app.url)
    paints.push(await cardsPaintedAt(page, PAINT_TIMEOUT_MS))
  }
  // Heap and DOM once the whole board is in: Debrief loads it page by page after the first paint.
  if (app.kind === 'debrief')
    await page.waitForFunction((count) => document.body.innerText.includes(`${count} interviews`), interviewCount, {
      timeout: PAINT_TIMEOUT_MS,
    })
  await page.waitForTimeout(1000)
  const domNodes = await page.evaluate(() => document.getElementsByTagName('*').length)
  const heapMiB = await heapAfterGc(page)
  const moves = detailed ? await measureMoves(page, app) : undefined
  await page.close()
  return { coldPaintMs: coldPaint, warmPaintMs: median(paints), domNodes, heapMiB, startup, moves }
}

async function runDebrief(browser: Browser, cold: ColdBrowser, interviews: Interview[], detailed: boolean) {
  const dataDir = await mkdtemp(join(tmpdir(), 'debrief-bench-board-'))
  try {
    await seedInterviews(dataDir, interviews)
    const app = await startWebApp(dataDir)
    try {
      return await measure(browser, cold, debrief(app.url), interviews.length, detailed)
    } finally {
      await app.stop()
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true })
  }
}

async function runBaseline(
  browser: Browser,
  cold: ColdBrowser,
  distDir: string,
  interviews: Interview[],
  detailed: boolean,
) {
  const server = await serveBaseline(distDir, interviews)
  try {
    return await measure(browser, cold, reactTrello(server.url), interviews.length, detailed)
  } finally {
    await server.close()
  }
}

function moveResults(ours: Figures, theirs: Figures): BenchResult[] {
  const { key, drop } = ours.moves!
  const theirDrop = theirs.moves!.drop
  // The figure the target is set on: the slower of Debrief's two ways to move, against react-trello's drop.
  const slowest = Math.max(key!.frameMs, drop.frameMs)
  return [
    withBaseline('board.move.10k', slowest, 'ms', theirDrop.frameMs),
    { name: 'board.move.key.10k', value: key!.frameMs, unit: 'ms' },
    withBaseline('board.move.drop.10k', drop.frameMs, 'ms', theirDrop.frameMs),
    { name: 'board.move.key.event.10k', value: key!.eventTimingMs, unit: 'ms' },
    withBaseline('board.move.drop.event.10k', drop.eventTimingMs, 'ms', theirDrop.eventTimingMs),
  ]
}

/** The cold load of a bare React page showing the same first screen (board-floor.ts): what is not Debrief's own work. */
async function floorPaintMs(cold: ColdBrowser): Promise<number> {
  const floor = await serveFloor()
  try {
    return await coldPaintMs(cold, debrief(floor.url))
  } finally {
    await floor.close()
  }
}

export async function benchBoard(): Promise<BenchResult[]> {
  const distDir = await buildBaseline()
  const all = boardInterviews(10_000, new Date())
  const small = all.slice(0, 1000)
  const browser = await launchBrowser()
  const cold = await launchColdBrowser()
  try {
    const ours1k = await runDebrief(browser, cold, small, false)
    const theirs1k = await runBaseline(browser, cold, distDir, small, false)
    const ours10k = await runDebrief(browser, cold, all, true)
    const theirs10k = await runBaseline(browser, cold, distDir, all, true)
    const floor = await floorPaintMs(cold)
    return [
      withBaseline('board.paint.cold.1k', ours1k.coldPaintMs, 'ms', theirs1k.coldPaintMs),
      withBaseline('board.paint.cold.10k', ours10k.coldPaintMs, 'ms', theirs10k.coldPaintMs),
      { name: 'board.paint.cold.floor', value: floor, unit: 'ms' },
      withBaseline('board.paint.1k', ours1k.warmPaintMs, 'ms', theirs1k.warmPaintMs),
      withBaseline('board.paint.10k', ours10k.warmPaintMs, 'ms', theirs10k.warmPaintMs),
      { name: 'startup.script.ms', value: ours10k.startup!.scriptMs, unit: 'ms' },
      { name: 'startup.script.cpu.ms', value: ours10k.startup!.scriptCpuMs, unit: 'ms' },
      { name: 'startup.longtask.ms', value: ours10k.startup!.longestTaskMs, unit: 'ms' },
      { name: 'startup.longtask.cpu.ms', value: ours10k.startup!.longestTaskCpuMs, unit: 'ms' },
      { name: 'board.paint.cold.cpu.10k', value: ours10k.startup!.toFirstCardCpuMs, unit: 'ms' },
      ...moveResults(ours10k, theirs10k),
      withBaseline('board.heap.10k', ours10k.heapMiB, 'MiB', theirs10k.heapMiB),
      withBaseline('board.dom.1k', ours1k.domNodes, 'nodes', theirs1k.domNodes),
      withBaseline('board.dom.10k', ours10k.domNodes, 'nodes', theirs10k.domNodes),
    ]
  } finally {
    await cold.close()
    await browser.close()
    await rm(distDir, { recursive: true, force: true })
  }
}
