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

const waiting: Array<() => void> = []
let turnQueued = false

/** Resolves on a later turn of the loop, after the I/O that came meanwhile; one waiter per turn. */
export function backgroundTurn(): Promise<void> {
  return new Promise((resolve) => {
    waiting.push(resolve)
    queueTurn()
  })
}

function queueTurn(): void {
  if (turnQueued || waiting.length === 0) return
  turnQueued = true
  // An immediate queued while the check phase runs waits for the next turn, after its poll for I/O.
  setImmediate(() => {
    turnQueued = false
    waiting.shift()!()
    queueTurn()
  })
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
