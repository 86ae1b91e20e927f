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

/** The signals that ask Debrief to quit: Ctrl+C, a shutdown or service manager, a closed terminal. */
export const QUIT_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const
export type QuitSignal = (typeof QUIT_SIGNALS)[number]

/**
 * Makes `handler` the only listener for the quit signals. The settings stores (conf, and
 * electron-store over it) write through atomically, which imports when-exit: at import it hooks
 * these signals, and its hook re-sends the signal to the process. Beside Debrief's own handler that
 * turned one Ctrl+C into two and quit with changes held in memory (issue 14). What when-exit would do
 * on the way out (remove its temporary files) Debrief's start does anyway. Call once every store is
 * open, so that whatever a library hooked by then is gone.
 */
export function ownQuitSignals(handler: (signal: QuitSignal) => void): void {
  for (const signal of QUIT_SIGNALS) {
    for (const listener of process.listeners(signal)) process.off(signal, listener)
    process.on(signal, () => handler(signal))
  }
}
