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
