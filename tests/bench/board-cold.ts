import { CdpBrowser, type CdpPage } from './cdp-browser'
import { definesNameHelper, watchForFirstCard, type AppUnderTest } from './board-probes'
import { median } from './result'

/**
 * Cold loads: each in a fresh browser context, so nothing is cached (no HTTP cache, no V8 code cache,
 * no cookie: the load starts at the address with the token, as a new browser profile would), in a
 * Chromium driven without Playwright's agents (cdp-browser.ts), so the page does what a user's does.
 */

const COLD_LOADS = 5
const PAINT_TIMEOUT_MS = 180_000
const VIEWPORT = { width: 1400, height: 900 }
/** Chromium's trace categories that hold script compilation and evaluation, the main thread's tasks and navigation marks. */
const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'toplevel',
  'blink.user_timing',
]

export function launchColdBrowser(): Promise<CdpBrowser> {
  return CdpBrowser.launch()
}

/**
 * The browser's first context pays for starting its network service and first renderer (a trivial
 * page took 930 ms there, 100–270 ms in the contexts after it, on the loaded machine), which no load of
 * the app should be charged with: before the measured loads, a page of the app's origin that is not
 * the app (Debrief's 401 page, the baseline's 404, in a context of its own, so nothing of the app is
 * cached) is loaded and closed. An empty error answer makes Chromium show its own error page: as good.
 */
async function warmUp(browser: CdpBrowser, origin: string): Promise<void> {
  const page = await browser.newPage(VIEWPORT)
  try {
    await page.navigate(`${origin}/bench-warm-up`).catch(() => undefined)
    await page.waitFor(`document.readyState === 'complete'`, PAINT_TIMEOUT_MS)
  } finally {
    await page.close()
  }
}

async function openWatchedCold(browser: CdpBrowser, app: AppUnderTest): Promise<CdpPage> {
  const page = await browser.newPage(VIEWPORT)
  await page.addInitScript(`(${definesNameHelper.toString()})()`)
  await page.addInitScript(`(${watchForFirstCard.toString()})(${JSON.stringify(app.cardSelector)})`)
  return page
}

/** Navigation start to the first card painted, as the page's own clock says. */
async function paintedAt(page: CdpPage): Promise<number> {
  await page.waitFor(`'cardsPaintedAt' in window`, PAINT_TIMEOUT_MS)
  return page.evaluate<number>('window.cardsPaintedAt')
}

async function coldPaint(browser: CdpBrowser, app: AppUnderTest): Promise<number> {
  const page = await openWatchedCold(browser, app)
  try {
    await page.navigate(app.url)
    return await paintedAt(page)
  } finally {
    await page.close()
  }
}

/** Median, over COLD_LOADS fresh contexts, of navigation start to the first card painted. */
export async function coldPaintMs(browser: CdpBrowser, app: AppUnderTest): Promise<number> {
  await warmUp(browser, new URL(app.url).origin)
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

/** One traced cold load: the startup chunk's evaluation and the tasks before the first card. */
async function tracedColdLoad(browser: CdpBrowser, app: AppUnderTest): Promise<StartupFigures> {
  const page = await openWatchedCold(browser, app)
  try {
    await browser.startTracing(TRACE_CATEGORIES)
    const painted = await page.navigate(app.url).then(
      () => paintedAt(page),
      (error: unknown) => error as Error,
    )
    const trace = (await browser.stopTracing()) as { traceEvents: TraceEvent[] }
    if (painted instanceof Error) throw painted
    return startupFromTrace(trace.traceEvents, new URL(app.url).origin, painted)
  } finally {
    await page.close()
  }
}

/**
 * Now and then a trace lacks the page's parsing or its modules' evaluation (a few loads in fifty); such a
 * load is measured again.
 */
const TRACE_ATTEMPTS = 3

export async function startupFigures(browser: CdpBrowser, app: AppUnderTest): Promise<StartupFigures> {
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
