/** How long after a warning a second interrupt counts as "yes, quit and lose them". */
export const SECOND_INTERRUPT_MS = 5000

/** What an interrupt (Ctrl+C, the desktop's quit signal) does: quit now, or warn and keep running. */
export type InterruptOutcome = 'quit' | 'warn'

/**
 * One rule for every door: with nothing held in memory an interrupt quits. With changes the disk
 * refused, the first one warns and Debrief keeps running; a second within SECOND_INTERRUPT_MS quits
 * anyway; one after that asks once more, as the first did.
 */
export class InterruptGuard {
  private warnedAt: number | undefined

  constructor(private readonly now: () => number = Date.now) {}

  decide(unsavedChanges: number): InterruptOutcome {
    if (unsavedChanges === 0) return 'quit'
    const at = this.now()
    if (this.warnedAt !== undefined && at - this.warnedAt <= SECOND_INTERRUPT_MS) return 'quit'
    this.warnedAt = at
    return 'warn'
  }
}

/** The warning, for the terminal and the window alike. */
export function interruptWarning(unsavedChanges: number, dataDir: string, again: string): string {
  const what = unsavedChanges === 1 ? 'your last change' : `your last ${unsavedChanges} changes`
  return (
    `Debrief was asked to quit, but it could not save ${what} to ${dataDir} yet; they are kept in memory ` +
    `and written as soon as the folder takes them. Debrief keeps running. ${again} within ` +
    `${SECOND_INTERRUPT_MS / 1000} seconds to quit anyway and lose them.`
  )
}
