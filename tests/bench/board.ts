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
import { median, withBaseline, type BenchResult } from './result'

/**
 * The board at 1,000 and 10,000 interviews, Debrief against react-trello on the same cards, in one
 * Chromium: navigation to cards painted, a move to its laid-out frame, JS heap after GC, DOM nodes.
 * Debrief is the build in DEBRIEF_OUT_DIR (default out/), so a build of one's own can be measured:
 *   npx electron-vite build --outDir /tmp/out-x && DEBRIEF_OUT_DIR=/tmp/out-x node --import tsx tests/bench/run.ts board
 */

const LOADS = 3
const MOVES = 7
const PAINT_TIMEOUT_MS = 180_000

interface AppUnderTest {
  kind: 'debrief' | 'react-trello'
  url: string
  /** Matches a card element once it is in the page. */
  cardSelector: string
}

interface Figures {
  paintMs: number
  domNodes: number
  heapMiB: number
  moveMs?: number
}

/** Records, in the page, when the first card has been painted: two frames after it entered the DOM. */
function watchForFirstCard(selector: string): void {
  const observer = new MutationObserver(() => {
    if (!document.querySelector(selector)) return
    observer.disconnect()
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        ;(window as unknown as { cardsPaintedAt: number }).cardsPaintedAt = performance.now()
      }),
    )
  })
  observer.observe(document, { childList: true, subtree: true })
}

async function paintTime(page: Page, url: string): Promise<number> {
  await page.goto(url)
  await page.waitForFunction(() => 'cardsPaintedAt' in window, null, { timeout: PAINT_TIMEOUT_MS })
  return page.evaluate(() => (window as unknown as { cardsPaintedAt: number }).cardsPaintedAt)
}

async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  await cdp.detach()
  return usedSize / 1024 / 1024
}

/**
 * Work a move costs before its frame can be shown: from the move until the page is laid out with it,
 * measured in the page in one go. Debrief moves by Alt+→ on the focused card (the path a drop takes
 * too: one contract call, shown at once); react-trello through its event bus, as its drop does.
 */
async function moveTime(page: Page, app: AppUnderTest, card: Interview): Promise<number> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))))
  return page.evaluate(
    async ({ kind, id, from }) => {
      const element = document.getElementById(`card-${id}`)
      element?.focus()
      const started = performance.now()
      if (kind === 'debrief') {
        element!.dispatchEvent(
          new KeyboardEvent('keydown', { key: 'ArrowRight', code: 'ArrowRight', altKey: true, bubbles: true }),
        )
      } else {
        ;(window as unknown as { moveCard: (...args: string[]) => void }).moveCard(id, from, 'thanked')
      }
      // React renders the update in a microtask; then style and layout are forced, as the frame would.
      for (let turn = 0; turn < 3; turn++) await Promise.resolve()
      void document.body.offsetHeight
      return performance.now() - started
    },
    { kind: app.kind, id: card.id, from: card.stage },
  )
}

async function measure(
  browser: Browser,
  app: AppUnderTest,
  interviewCount: number,
  movable: Interview[] | null,
): Promise<Figures> {
  const page = await browser.context.newPage()
  await page.addInitScript(watchForFirstCard, app.cardSelector)
  const paints: number[] = []
  for (let load = 0; load < LOADS; load++) paints.push(await paintTime(page, app.url))
  // Heap and DOM once the whole board is in: Debrief loads it page by page after the first paint.
  if (app.kind === 'debrief')
    await page.waitForFunction((count) => document.body.innerText.includes(`${count} interviews`), interviewCount, {
      timeout: PAINT_TIMEOUT_MS,
    })
  await page.waitForTimeout(1000)
  const domNodes = await page.evaluate(() => document.getElementsByTagName('*').length)
  const heapMiB = await heapAfterGc(page)
  let moveMs: number | undefined
  if (movable) {
    const moves: number[] = []
    for (const card of movable.slice(0, MOVES)) moves.push(await moveTime(page, app, card))
    moveMs = median(moves)
  }
  await page.close()
  return { paintMs: median(paints), domNodes, heapMiB, moveMs }
}

const debrief = (url: string): AppUnderTest => ({ kind: 'debrief', url, cardSelector: '[data-card-id]' })
const reactTrello = (url: string): AppUnderTest => ({ kind: 'react-trello', url, cardSelector: 'article[data-id]' })

async function runDebrief(browser: Browser, interviews: Interview[], movable: Interview[] | null): Promise<Figures> {
  const dataDir = await mkdtemp(join(tmpdir(), 'debrief-bench-board-'))
  try {
    await seedInterviews(dataDir, interviews)
    const app = await startWebApp(dataDir)
    try {
      return await measure(browser, debrief(app.url), interviews.length, movable)
    } finally {
      await app.stop()
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true })
  }
}

async function runBaseline(
  browser: Browser,
  distDir: string,
  interviews: Interview[],
  movable: Interview[] | null,
): Promise<Figures> {
  const server = await serveBaseline(distDir, interviews)
  try {
    return await measure(browser, reactTrello(server.url), interviews.length, movable)
  } finally {
    await server.close()
  }
}

/** The first cards of the Interviewed column: in view in both boards, so both move what the user sees. */
function firstInterviewed(interviews: Interview[]): Interview[] {
  return interviews.filter((interview) => interview.stage === 'interviewed').slice(0, MOVES)
}

export async function benchBoard(): Promise<BenchResult[]> {
  const distDir = await buildBaseline()
  const all = boardInterviews(10_000, new Date())
  const small = all.slice(0, 1000)
  const browser = await launchBrowser()
  try {
    const ours1k = await runDebrief(browser, small, null)
    const theirs1k = await runBaseline(browser, distDir, small, null)
    const ours10k = await runDebrief(browser, all, firstInterviewed(all))
    const theirs10k = await runBaseline(browser, distDir, all, firstInterviewed(all))
    return [
      withBaseline('board.paint.1k', ours1k.paintMs, 'ms', theirs1k.paintMs),
      withBaseline('board.paint.10k', ours10k.paintMs, 'ms', theirs10k.paintMs),
      withBaseline('board.move.10k', ours10k.moveMs!, 'ms', theirs10k.moveMs!),
      withBaseline('board.heap.10k', ours10k.heapMiB, 'MiB', theirs10k.heapMiB),
      withBaseline('board.dom.1k', ours1k.domNodes, 'nodes', theirs1k.domNodes),
      withBaseline('board.dom.10k', ours10k.domNodes, 'nodes', theirs10k.domNodes),
    ]
  } finally {
    await browser.close()
    await rm(distDir, { recursive: true, force: true })
  }
}
