/** One batch's write of one file, as its journal line says: what it replaced and what it wrote, each named by content. */
export interface BatchWrite {
  before: string
  after: string
}

/**
 * What a start must do about one file (a notes file, the preferences) that the batches in the replayed
 * journal wrote, oldest first, given what the file holds now: 'finish' when it holds what one of them
 * replaced and each later one replaced what the one before it wrote (a kill came before the writes
 * were done: only the last one's is written); 'written' when it holds the last one's; 'later'
 * otherwise (a save after them, or between two of them). Redoing each batch in turn wrote an old
 * import's notes over a newer import's, when a save between the two had put the old text back: the
 * crash test lost one (seed 987260725).
 */
export function batchChainState(writes: readonly BatchWrite[], now: string): 'written' | 'finish' | 'later' {
  const last = writes.at(-1)
  if (!last || now === last.after) return 'written'
  for (let index = writes.length - 1; index >= 0; index--) {
    if (writes[index]!.before === now) return 'finish'
    if (index > 0 && writes[index]!.before !== writes[index - 1]!.after) return 'later'
  }
  return 'later'
}
