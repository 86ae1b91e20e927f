/**
 * The host's background work (writing a compacted snapshot, indexing an import for search, sharing the
 * strings of a large board, the pieces of an export) runs in slices of a few ms, and each slice waits
 * for its turn: one slice per turn of the event loop, whichever job it belongs to, with the loop's I/O
 * (a request, a disk write's completion) between turns. When each job yielded with its own
 * setImmediate, the three jobs that follow an import of 10,000 ran a slice each in the same turn, and a
 * move waited behind all three (the slowest move during the compaction, 66–70 ms on a quiet machine).
 */

/** A slice stops after this much work: a request that arrives meanwhile is answered within a few ms. */
export const SLICE_BUDGET_MS = 4

/**
 * A change in progress holds background turns back, so its own steps (the journal's write, the answer)
 * wait behind none: the slowest of ~330 moves sent during an import's compaction went from 72–76 ms to
 * 33–47 ms (three runs each, host at real-time priority beside another agent's load). Never longer
 * than this at a time, so a long run of changes cannot starve the compaction, and background work a
 * change might await still moves.
 */
const CHANGE_FIRST_MOST_MS = 50

const waiting: Array<() => void> = []
let turnQueued = false
let changesRunning = 0
let heldBack: NodeJS.Timeout | undefined

/** Resolves on a later turn of the loop, after the I/O that came meanwhile; one waiter per turn. */
export function backgroundTurn(): Promise<void> {
  return new Promise((resolve) => {
    waiting.push(resolve)
    queueTurn()
  })
}

/** Runs a change (the host's change queue): background turns wait until it is done. */
export async function asChange<T>(change: () => Promise<T>): Promise<T> {
  changesRunning++
  try {
    return await change()
  } finally {
    changesRunning--
    queueTurn()
  }
}

function queueTurn(): void {
  if (turnQueued || waiting.length === 0) return
  if (changesRunning > 0) {
    heldBack ??= setTimeout(() => {
      heldBack = undefined
      if (!turnQueued) giveTurn()
    }, CHANGE_FIRST_MOST_MS)
    return
  }
  turnQueued = true
  // An immediate queued while the check phase runs waits for the next turn, after its poll for I/O.
  setImmediate(() => {
    turnQueued = false
    if (changesRunning > 0) queueTurn()
    else giveTurn()
  })
}

function giveTurn(): void {
  clearTimeout(heldBack)
  heldBack = undefined
  waiting.shift()?.()
  queueTurn()
}

/**
 * Calls `step` until it returns false, in slices of about `budgetMs`, each on its own background turn.
 * `step` does one unit of work (an interview, a search entry) and says whether more remains.
 */
export async function inSlices(step: () => boolean, budgetMs = SLICE_BUDGET_MS): Promise<void> {
  for (;;) {
    await backgroundTurn()
    const until = performance.now() + budgetMs
    let more: boolean
    do more = step()
    while (more && performance.now() < until)
    if (!more) return
  }
}
