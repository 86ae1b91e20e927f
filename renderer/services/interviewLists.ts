import type { Interview } from '../../shared/domain/interview'

/** List and timing helpers of the DataStore (dataStore.ts). */

/** The longest afterNextPaint waits: a hidden window paints no frames. */
const MOST_WAIT_FOR_PAINT_MS = 200

/** The paint waits in progress, to be cut short when the page is hidden or goes. */
const waitingForPaint = new Set<() => void>()

/**
 * A hidden page paints no frames, and one that is closing never will: what waits for a paint goes
 * now, or a board change made in the last frame before the window closed would never reach the host.
 */
function stopWaitingForPaint(): void {
  if (document.visibilityState !== 'hidden') return
  for (const resolve of [...waitingForPaint]) resolve()
}

if (typeof document !== 'undefined') {
  document.addEventListener('visibilitychange', stopWaitingForPaint)
  window.addEventListener('pagehide', stopWaitingForPaint)
}

/** Resolves once the browser has painted the next frame; at once where nothing paints (tests, a hidden page). */
export function afterNextPaint(): Promise<void> {
  if (typeof requestAnimationFrame === 'undefined' || document.visibilityState === 'hidden') return Promise.resolve()
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer)
      waitingForPaint.delete(done)
      resolve()
    }
    waitingForPaint.add(done)
    const timer = setTimeout(done, MOST_WAIT_FOR_PAINT_MS)
    // rAF runs just before the frame is painted; a task queued from it runs after.
    requestAnimationFrame(() => setTimeout(done, 0))
  })
}

/**
 * `list` (the board's or the archive's) with the `named` interviews replaced by their copies in
 * `byId` where those belong in it, dropped otherwise; named ones new to it are added at the end.
 */
export function placeInList(
  list: readonly Interview[],
  named: ReadonlySet<string>,
  byId: ReadonlyMap<string, Interview>,
  archived: boolean,
): Interview[] {
  const belongs = (interview: Interview) => (interview.archived === true) === archived
  const placed = new Set<string>()
  const kept: Interview[] = []
  for (const interview of list) {
    if (!named.has(interview.id)) kept.push(interview)
    else {
      const replacement = byId.get(interview.id)
      if (replacement && belongs(replacement)) kept.push(replacement)
      placed.add(interview.id)
    }
  }
  for (const replacement of byId.values()) {
    if (!placed.has(replacement.id) && belongs(replacement)) kept.push(replacement)
  }
  return kept
}

/** `list` with each of `removed` replaced by the `added` of the same id, or dropped; the other `added` go at the end. */
export function patchList(
  list: readonly Interview[],
  removed: readonly Interview[],
  added: readonly Interview[],
): Interview[] {
  const next = [...list]
  const replacements = new Map(added.map((interview) => [interview.id, interview]))
  for (const before of removed) {
    const index = next.indexOf(before)
    const after = replacements.get(before.id)
    if (index < 0) continue
    if (after) {
      next[index] = after
      replacements.delete(before.id)
    } else next.splice(index, 1)
  }
  next.push(...replacements.values())
  return next
}
