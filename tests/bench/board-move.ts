import type { Page } from 'playwright-core'
import {
  armMoveWatch,
  readMoveTiming,
  settle,
  type AppUnderTest,
  type MoveTiming,
  type MoveWatch,
} from './board-probes'
import { median } from './result'

/**
 * A card moved from Interviewed to Thanked by real input, as a user moves it: the keyboard (Alt+→ on the
 * focused card, sent through CDP; Debrief only, react-trello has no keyboard move) and a mouse drag
 * dropped on the first card of Thanked. Each move is timed from the input event to the frame that
 * shows the card in Thanked, and the card is checked to be there; a move that never lands fails the run.
 */

const MOVES = 7
const FROM = 'Interviewed'
const TO = 'Thanked'
const MOVE_TIMEOUT_MS = 30_000

export interface MoveFigures {
  /** Median from input event to the painted frame showing the card in its new column. */
  frameMs: number
  /** Median PerformanceEventTiming.duration; a move Chromium left unreported (under 16 ms) counts as 8 ms, the most it can round to. */
  eventTimingMs: number
  /** How many of the moves the Event Timing API reported (those that took 16 ms or more). */
  reported: number
}

/** The first card of a column and where it is on screen. */
async function firstCardOf(page: Page, app: AppUnderTest, column: string) {
  return page.evaluate(
    ({ kind, column }) => {
      const sections = [...document.querySelectorAll(kind === 'debrief' ? '.board-column' : 'section')]
      const section = sections.find((each) =>
        kind === 'debrief'
          ? each.querySelector('h2')?.textContent === column
          : (each.getAttribute('title') ?? each.querySelector('header span')?.textContent) === column,
      )
      const card = section?.querySelector(kind === 'debrief' ? '[data-card-id]' : 'article[data-id]')
      if (!card) throw new Error(`No card in the ${column} column`)
      const box = card.getBoundingClientRect()
      return {
        id: card.getAttribute(kind === 'debrief' ? 'data-card-id' : 'data-id')!,
        x: box.left + box.width / 2,
        y: box.top + box.height / 2,
        top: box.top,
      }
    },
    { kind: app.kind, column },
  )
}

async function timed(page: Page, watch: MoveWatch, act: () => Promise<void>): Promise<MoveTiming> {
  await page.evaluate(armMoveWatch, watch)
  await act()
  return readMoveTiming(page, MOVE_TIMEOUT_MS)
}

async function keyboardMove(page: Page, app: AppUnderTest): Promise<MoveTiming> {
  const card = await firstCardOf(page, app, FROM)
  await page.focus(`#card-${card.id}`)
  await settle(page, 100)
  const watch = { kind: app.kind, cardId: card.id, toColumn: TO, events: ['keydown'], key: 'ArrowRight' }
  return timed(page, watch, () => page.keyboard.press('Alt+ArrowRight'))
}

/** Drags the first card of Interviewed onto the top edge of Thanked's first card, so it lands first there, in view. */
async function dropMove(page: Page, app: AppUnderTest): Promise<MoveTiming> {
  const card = await firstCardOf(page, app, FROM)
  const target = await firstCardOf(page, app, TO)
  await page.mouse.move(card.x, card.y)
  await page.mouse.down()
  await page.mouse.move(card.x + 20, card.y + 10, { steps: 4 })
  await page.mouse.move(target.x, target.top + 12, { steps: 12 })
  await settle(page, 100)
  const watch = { kind: app.kind, cardId: card.id, toColumn: TO, events: ['drop', 'mouseup'] }
  return timed(page, watch, () => page.mouse.up())
}

function figures(timings: MoveTiming[]): MoveFigures {
  const reported = timings.filter((timing) => timing.eventTimingMs !== null)
  return {
    frameMs: median(timings.map((timing) => timing.frameMs)),
    eventTimingMs: median(timings.map((timing) => timing.eventTimingMs ?? 8)),
    reported: reported.length,
  }
}

export async function measureMoves(
  page: Page,
  app: AppUnderTest,
): Promise<{ key: MoveFigures | null; drop: MoveFigures }> {
  let key: MoveFigures | null = null
  if (app.kind === 'debrief') {
    const timings: MoveTiming[] = []
    for (let move = 0; move < MOVES; move++) {
      timings.push(await keyboardMove(page, app))
      await settle(page)
    }
    key = figures(timings)
  }
  const timings: MoveTiming[] = []
  for (let move = 0; move < MOVES; move++) {
    timings.push(await dropMove(page, app))
    await settle(page)
  }
  return { key, drop: figures(timings) }
}
