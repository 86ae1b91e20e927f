import { chromium, type Browser, type BrowserContext } from 'playwright-core'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/support/browser'
import { cardsPaintedAt, openWatched, type AppUnderTest } from './board-probes'
import { median } from './result'

/**
 * Cold loads: each in a fresh browser context, so nothing is cached (no HTTP cache, no V8 code cache,
 * no cookie: the load starts at the address with the token, as a new browser profile would).
 */

const COLD_LOADS = 5
const PAINT_TIMEOUT_MS = 180_000
/** Chromium's trace categories that hold script compilation and evaluation, the main thread's tasks and navigation marks. */
const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'toplevel',
  'blink.user_timing',
]

export function launchColdBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS })
}

function freshContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-GB', timezoneId: 'Europe/Berlin' })
}

async function coldPaint(browser: Browser, app: AppUnderTest): Promise<number> {
  const context = await freshContext(browser)
  try {
    const page = await context.newPage()
    await openWatched(page, app)
    return await cardsPaintedAt(page, PAINT_TIMEOUT_MS)
  } finally {
    await context.close()
  }
}

/** Median, over COLD_LOADS fresh contexts, of navigation start to the first card painted. */
export async function coldPaintMs(browser: Browser, app: AppUnderTest): Promise<number> {
  const paints: number[] = []
  for (let load = 0; load < COLD_LOADS; load++) paints.push(await coldPaint(browser, app))
  return median(paints)
}

interface TraceEvent {
  name: string
  ph: string
  ts: number
  dur?: number
  /** The thread's CPU time in the event: on a busy machine much less than `dur`, which counts waiting for a core too. */
  tdur?: number
  pid: number
  tid: number
  args?: { name?: string; data?: { url?: string }; beginData?: { url?: string } }
}

export interface StartupFigures {
  /** Evaluation (compile included) of the page's entry script and the modules it imports statically. */
  scriptMs: number
  /** The same in CPU time of the page's thread: what it costs, whatever else the machine runs meanwhile. */
  scriptCpuMs: number
  /** The longest task on the page's main thread from navigation to the first card painted. */
  longestTaskMs: number
  /** The CPU time of that task. */
  longestTaskCpuMs: number
  /** All the CPU time the page's main thread spent from navigation to the first card painted. */
  toFirstCardCpuMs: number
}

/**
 * Reads one cold load's trace. The startup chunk is the module graph the page's <script type="module">
 * starts: V8 compiles each of its modules (v8.compileModule, by URL) and then evaluates the graph in
 * one go (the first v8.evaluateModule on the page's thread); later evaluations are chunks loaded on demand.
 */
function startupFromTrace(events: TraceEvent[], origin: string, paintedAtMs: number): StartupFigures {
  const complete = events.filter((event) => event.ph === 'X').sort((a, b) => a.ts - b.ts)
  const thread = (event: TraceEvent) => `${event.pid}:${event.tid}`
  // performance.now() counts from the start of the navigation, the token's redirect included: the first mark.
  const navigationStarts = new Map<string, number>()
  for (const event of events) {
    if (event.name !== 'navigationStart') continue
    navigationStarts.set(thread(event), Math.min(event.ts, navigationStarts.get(thread(event)) ?? Infinity))
  }
  // The page's main thread: where the page's own HTML is parsed.
  const parse = complete.find(
    (event) =>
      event.name === 'ParseHTML' &&
      (event.args?.beginData?.url ?? '').startsWith(origin) &&
      navigationStarts.has(thread(event)),
  )
  if (!parse) throw new Error('The trace holds no parsing of the page: was it loaded?')
  const sameThread = (event: TraceEvent) => thread(event) === thread(parse)
  const navigationStart = navigationStarts.get(thread(parse))!
  const evaluation = complete.find(
    (event) => sameThread(event) && event.name === 'v8.evaluateModule' && event.ts > parse.ts,
  )
  if (!evaluation) throw new Error('The trace holds no evaluation of the page’s modules')
  // Compilation streams alongside the download, often off this thread; what is left of it here is counted.
  const compiles = complete.filter(
    (event) =>
      sameThread(event) &&
      event.name === 'v8.compileModule' &&
      (event.args?.data?.url ?? '').startsWith(origin) &&
      event.ts < evaluation.ts,
  )
  const scriptEvents = [...compiles, evaluation]
  const scriptMs = scriptEvents.reduce((sum, event) => sum + (event.dur ?? 0) / 1000, 0)
  const scriptCpuMs = scriptEvents.reduce((sum, event) => sum + (event.tdur ?? event.dur ?? 0) / 1000, 0)
  const paintedTs = navigationStart + paintedAtMs * 1000
  const tasks = complete.filter(
    (event) => sameThread(event) && event.name === 'RunTask' && event.ts >= navigationStart && event.ts < paintedTs,
  )
  const longest = tasks.reduce<TraceEvent | null>(
    (most, task) => ((task.dur ?? 0) > (most?.dur ?? -1) ? task : most),
    null,
  )
  return {
    scriptMs,
    scriptCpuMs,
    longestTaskMs: (longest?.dur ?? 0) / 1000,
    longestTaskCpuMs: (longest?.tdur ?? longest?.dur ?? 0) / 1000,
    toFirstCardCpuMs: tasks.reduce((sum, task) => sum + (task.tdur ?? task.dur ?? 0) / 1000, 0),
  }
}

/** Median over COLD_LOADS traced cold loads of the startup chunk's evaluation and the longest task before the first card. */
async function tracedColdLoad(browser: Browser, app: AppUnderTest): Promise<StartupFigures> {
  const context = await freshContext(browser)
  try {
    const page = await context.newPage()
    await browser.startTracing(page, { categories: TRACE_CATEGORIES })
    await openWatched(page, app)
    const paintedAt = await cardsPaintedAt(page, PAINT_TIMEOUT_MS)
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] }
    return startupFromTrace(trace.traceEvents, new URL(app.url).origin, paintedAt)
  } finally {
    await context.close()
  }
}

/**
 * Now and then a trace lacks the page's parsing or its modules' evaluation (a few loads in fifty); such a
 * load is measured again.
 */
const TRACE_ATTEMPTS = 3

export async function startupFigures(browser: Browser, app: AppUnderTest): Promise<StartupFigures> {
  const samples: StartupFigures[] = []
  for (let load = 0; load < COLD_LOADS; load++) {
    for (let attempt = 1; ; attempt++) {
      try {
        samples.push(await tracedColdLoad(browser, app))
        break
      } catch (error) {
        if (attempt === TRACE_ATTEMPTS) throw error
      }
    }
  }
  const middle = (figure: keyof StartupFigures) => median(samples.map((sample) => sample[figure]))
  return {
    scriptMs: middle('scriptMs'),
    scriptCpuMs: middle('scriptCpuMs'),
    longestTaskMs: middle('longestTaskMs'),
    longestTaskCpuMs: middle('longestTaskCpuMs'),
    toFirstCardCpuMs: middle('toFirstCardCpuMs'),
  }
}
