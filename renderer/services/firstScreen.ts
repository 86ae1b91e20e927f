import type { DataStore } from './dataStore'
import { afterNextPaint } from './interviewLists'

const painted = new WeakMap<DataStore, Promise<void>>()

/**
 * Resolves once the window's first screen is painted: the board's first cards, or why there are none
 * (an empty board, a failed load). What the first paint does not need waits for this: the desktop
 * window is shown then, and the palette and other panels load after it.
 */
export function afterFirstScreen(data: DataStore): Promise<void> {
  let promise = painted.get(data)
  if (!promise) {
    promise = new Promise<void>((resolve) => {
      const check = () => {
        if (data.state.status === 'loading') return
        stop()
        // React renders the new state in a task of its own, queued before the frame this waits for.
        void afterNextPaint().then(resolve)
      }
      const stop = data.subscribe(check)
      check()
    })
    painted.set(data, promise)
  }
  return promise
}

/**
 * Resolves once the board's first pages are in (or failed), or after `mostMs`, whichever is first: the
 * first render waits for them, so the board is rendered, laid out and painted once, with its cards,
 * rather than empty and then again. They were asked for before the UI's code was even evaluated
 * (boot.ts), so they are usually in already; a slow host shows the empty board after `mostMs`.
 */
export function firstPagesIn(data: DataStore, mostMs: number): Promise<void> {
  return new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer)
      stop()
      resolve()
    }
    const timer = setTimeout(done, mostMs)
    const stop = data.subscribe(() => {
      if (data.state.status !== 'loading') done()
    })
    if (data.state.status !== 'loading') done()
  })
}
