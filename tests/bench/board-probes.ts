import type { Page } from 'playwright-core'

/**
 * What the board benchmark runs inside the page. Each function is serialised by Playwright, so it may
 * use nothing from outside its own body.
 *
 * "Painted" is read by a frame callback: a requestAnimationFrame after the DOM change runs just before
 * that frame's style, layout and paint, and a task posted from it runs once they are done. The task is
 * posted at user-blocking priority: as a plain message it also waited behind every task the page had
 * queued (React's scheduler posts its work as messages), and often behind the next frame too; traced at
 * 10k, a keyboard move's frame ended 28 ms after the key while the message ran at 43 ms. At that
 * priority it ran within ~1 ms of the frame's end (at most one short task of React's still went first).
 */

export interface AppUnderTest {
  kind: 'debrief' | 'react-trello'
  url: string
  /** Matches a card element once it is in the page. */
  cardSelector: string
}

export const debrief = (url: string): AppUnderTest => ({ kind: 'debrief', url, cardSelector: '[data-card-id]' })
export const reactTrello = (url: string): AppUnderTest => ({
  kind: 'react-trello',
  url,
  cardSelector: 'article[data-id]',
})

/**
 * Init script for every page the bench opens: tsx compiles with esbuild's keepNames, which wraps the
 * named functions inside these probes in a `__name` helper the page does not have.
 */
export function definesNameHelper(): void {
  Reflect.set(globalThis, '__name', (target: unknown) => target)
}

/** Opens `app` in `page`, recording when its first card is painted. */
export async function openWatched(page: Page, app: AppUnderTest): Promise<void> {
  await page.addInitScript(definesNameHelper)
  await page.addInitScript(watchForFirstCard, app.cardSelector)
  await page.goto(app.url)
}

/** Init script: records `cardsPaintedAt`, when the frame holding the first card has been painted. */
export function watchForFirstCard(selector: string): void {
  const observer = new MutationObserver(() => {
    if (!document.querySelector(selector)) return
    observer.disconnect()
    requestAnimationFrame(() => {
      const painted = () => {
        ;(window as unknown as { cardsPaintedAt: number }).cardsPaintedAt = performance.now()
      }
      void scheduler.postTask(painted, { priority: 'user-blocking' })
    })
  })
  observer.observe(document, { childList: true, subtree: true })
}

export async function cardsPaintedAt(page: Page, timeout: number): Promise<number> {
  await page.waitForFunction(() => 'cardsPaintedAt' in window, null, { timeout })
  return page.evaluate(() => (window as unknown as { cardsPaintedAt: number }).cardsPaintedAt)
}

export interface MoveWatch {
  kind: AppUnderTest['kind']
  cardId: string
  /** The heading of the column the card must end up in. */
  toColumn: string
  /** The input event whose handling makes the move: `keydown`, or `drop` / `mouseup` for a drag. */
  events: string[]
  /** For a keyboard move, the key that moves (the Alt pressed before it is an input event too). */
  key?: string
}

export interface MoveTiming {
  /** From the input event's timestamp to the end of the frame showing the card in its new column. */
  frameMs: number
  /** PerformanceEventTiming.duration of that input event; null when Chromium left it unreported (under 16 ms). */
  eventTimingMs: number | null
}

/**
 * Arms the page for one move: notes the timestamp of the next input event named in `events`, then
 * waits until the card is in `toColumn` and the frame showing it has been painted. The result lands
 * in `window.moveTiming`; the Event Timing entry for the same event follows shortly after.
 */
export function armMoveWatch(watch: MoveWatch): void {
  const state = window as unknown as {
    moveTiming?: { frameMs: number; eventTimingMs: number | null; eventType: string }
    moveCleanup?: () => void
  }
  state.moveCleanup?.()
  delete state.moveTiming
  let input: Event | null = null
  let frameMs: number | null = null
  let eventTimingMs: number | null = null

  const columnOf = (card: Element | null): string | null => {
    if (!card) return null
    if (watch.kind === 'debrief') return card.closest('.board-column')?.querySelector('h2')?.textContent ?? null
    const lane = card.closest('section')
    return lane?.getAttribute('title') ?? lane?.querySelector('header span')?.textContent ?? null
  }
  const card = () =>
    watch.kind === 'debrief'
      ? document.getElementById(`card-${watch.cardId}`)
      : document.querySelector(`article[data-id="${watch.cardId}"]`)

  const publish = () => {
    if (frameMs === null || !input) return
    state.moveTiming = { frameMs, eventTimingMs, eventType: input.type }
  }
  let frameAsked = false
  // The move may be made by a listener that runs before this page's own (the drag library listens on
  // window from the drag's start): whichever comes second, the input or the card in its column, asks
  // for the frame.
  const whenMoved = () => {
    if (frameAsked || !input || columnOf(card()) !== watch.toColumn) return
    frameAsked = true
    mutations.disconnect()
    const started = input.timeStamp
    requestAnimationFrame(() => {
      const painted = () => {
        frameMs = performance.now() - started
        // Event Timing entries are delivered after the frame; give the observer a moment.
        setTimeout(publish, 150)
      }
      void scheduler.postTask(painted, { priority: 'user-blocking' })
    })
  }
  const onInput = (event: Event) => {
    if (watch.key && (event as KeyboardEvent).key !== watch.key) return
    input ??= event
    whenMoved()
  }
  for (const type of watch.events) window.addEventListener(type, onInput, { capture: true })
  const mutations = new MutationObserver(whenMoved)
  mutations.observe(document.body, { childList: true, subtree: true, characterData: true })

  // Chromium reports no event under 16 ms, the smallest threshold it accepts.
  const timings = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (input && entry.name === input.type && Math.abs(entry.startTime - input.timeStamp) < 1) {
        eventTimingMs = entry.duration
      }
    }
  })
  timings.observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit)

  state.moveCleanup = () => {
    for (const type of watch.events) window.removeEventListener(type, onInput, { capture: true })
    mutations.disconnect()
    timings.disconnect()
  }
}

export async function readMoveTiming(page: Page, timeout: number): Promise<MoveTiming> {
  await page.waitForFunction(() => 'moveTiming' in window, null, { timeout })
  return page.evaluate(() => {
    const state = window as unknown as { moveTiming: MoveTiming; moveCleanup: () => void }
    state.moveCleanup()
    return state.moveTiming
  })
}

/** Lets the page finish what a move started (the host's answer, focus moves) before the next one. */
export function settle(page: Page, ms = 300): Promise<void> {
  return page.evaluate((wait) => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, wait))), ms)
}
