import { messageOf } from './dataStore'
import { Store } from './store'

/**
 * What a toast reports, as VS Code's notifications carry a severity: `done` confirms something the user
 * did (a check), `info` tells them something (an "i"), `error` says what failed (in red, read out at
 * once, and kept until closed, as VS Code keeps its error notifications: a failure that went away after
 * ten seconds could go unseen).
 */
export type ToastKind = 'done' | 'info' | 'error'

export interface ToastAction {
  label: string
  run: () => void
  /**
   * It undoes the last change, which was made to this interview: offered by one notice at a time, the
   * newest, and by none once the history has stepped (Undid …), so no notice offers to undo what it no
   * longer can.
   */
  undoesLastOf?: string
}

export interface Toast {
  id: number
  kind: ToastKind
  message: string
  action?: ToastAction
  /**
   * A confirmation (done) or a refusal (refused): about the user's last action, so the next confirmation
   * takes its place. Kept, "Undid “Move Acme to Result inquired”" stood beside the next move, and "…still
   * to come: it can move to Thanked once…" beside "Moved … to Not selected" (a walkthrough).
   */
  aboutLastAction?: true
}

const TOAST_LIFETIME_MS = 10_000
/**
 * At most this many toasts at once, as VS Code shows three: six done in a row stacked over half the
 * editor. A new one pushes out the oldest confirmation or hint; a failure stays until it is closed.
 */
const MOST_SHOWN = 3
/**
 * Once the user lets go of the toasts, one held past its time stays this long: gone the instant the
 * pointer leaves, it would seem to flee from the pointer.
 */
const AFTER_HOLD_MS = 2_000

/**
 * Why the toasts are held: the pointer is over them, the keyboard is in them, or the window is hidden.
 * While any holds, no toast goes by time (WCAG 2.2.1: the user reaching for Undo is not raced by a timer).
 */
export type ToastHold = 'pointer' | 'focus' | 'hidden'

/** The time a toast has left to live, counted only while nothing holds the toasts. */
interface Lifetime {
  leftMs: number
  since: number
  timer?: ReturnType<typeof setTimeout>
}

/**
 * What the user asked for cannot be done as things stand ("Select a card on the board first"): a command
 * throws it to be told as a hint with its own words, where any other error is a failure of the command.
 */
export class ActionRefused extends Error {}

/** Short-lived messages in the corner of the workbench, like VS Code's notification toasts. */
export class NotificationsModel extends Store<{ toasts: readonly Toast[] }> {
  #nextId = 1
  readonly #lifetimes = new Map<number, Lifetime>()
  readonly #holds = new Set<ToastHold>()

  constructor() {
    super({ toasts: [] })
  }

  /**
   * Confirms what the user just did ("Archived Globex."), with Undo where it can be taken back. It takes
   * the place of the confirmations and refusals before it: only the last action's is still so.
   */
  done(message: string, action?: ToastAction): void {
    for (const toast of this.state.toasts) if (toast.aboutLastAction) this.dismiss(toast.id)
    this.#add('done', message, action, true)
  }

  /** Tells the user something that is neither a success nor a failure ("Copied."). */
  info(message: string, action?: ToastAction): void {
    this.#add('info', message, action)
  }

  /** Says why what the user asked for is not done ("Open an interview first."): a hint, until the next confirmation. */
  refused(message: string, action?: ToastAction): void {
    this.#add('info', message, action, true)
  }

  /** Says what failed; it stays until the user closes it. */
  error(message: string): void {
    this.#add('error', message)
  }

  /** A command that did not go through: a refusal as the hint it is, anything else as "<title> failed: …". */
  commandFailed(title: string, error: unknown): void {
    if (error instanceof ActionRefused) this.refused(error.message)
    else this.error(`${title} failed: ${messageOf(error)}`)
  }

  dismiss(id: number): void {
    clearTimeout(this.#lifetimes.get(id)?.timer)
    this.#lifetimes.delete(id)
    if (!this.state.toasts.some((toast) => toast.id === id)) return
    this.update({ toasts: this.state.toasts.filter((toast) => toast.id !== id) })
    // No pointer or keyboard can be in toasts that are all gone, whatever event the leaving did not send.
    if (this.state.toasts.length === 0) {
      this.#holds.delete('pointer')
      this.#holds.delete('focus')
    }
  }

  /**
   * Takes Undo off every notice: the history stepped, so none of them names the last change now. With
   * `undoneOf`, the last change, made to that interview, was undone: the notice that offered it goes, as
   * what it says is no longer so ("Marked … done" stayed beside "Undid “Mark done …”", a walkthrough).
   */
  withdrawUndo(undoneOf?: string): void {
    const offering = this.state.toasts.find((toast) => toast.action?.undoesLastOf !== undefined)
    if (!offering) return
    if (undoneOf !== undefined && offering.action?.undoesLastOf === undoneOf) {
      this.dismiss(offering.id)
      return
    }
    const { action: _withdrawn, ...withoutUndo } = offering
    this.update({ toasts: this.state.toasts.map((toast) => (toast === offering ? withoutUndo : toast)) })
  }

  /** Holds the toasts for one reason, or lets go of it; they go by time again once nothing holds them. */
  hold(reason: ToastHold, held: boolean): void {
    const wasHeld = this.#holds.size > 0
    if (held) this.#holds.add(reason)
    else this.#holds.delete(reason)
    const isHeld = this.#holds.size > 0
    if (isHeld === wasHeld) return
    const now = Date.now()
    for (const [id, lifetime] of this.#lifetimes) {
      if (isHeld) {
        clearTimeout(lifetime.timer)
        lifetime.leftMs -= now - lifetime.since
      } else {
        lifetime.leftMs = Math.max(lifetime.leftMs, AFTER_HOLD_MS)
        this.#live(id, lifetime)
      }
    }
  }

  #add(kind: ToastKind, message: string, action?: ToastAction, aboutLastAction = false): void {
    if (action?.undoesLastOf !== undefined) this.withdrawUndo()
    // Said again (a refused move tried twice), it is said once, anew: two of the same stacked up (a walkthrough).
    const same = this.state.toasts.find((toast) => toast.kind === kind && toast.message === message)
    if (same) this.dismiss(same.id)
    const toast: Toast = {
      id: this.#nextId++,
      kind,
      message,
      ...(action ? { action } : {}),
      ...(aboutLastAction ? { aboutLastAction } : {}),
    }
    this.update({ toasts: [...this.state.toasts, toast] })
    const overflow = this.state.toasts.length - MOST_SHOWN
    const pushedOut = this.state.toasts.filter((each) => each.kind !== 'error').slice(0, Math.max(0, overflow))
    for (const each of pushedOut) this.dismiss(each.id)
    if (kind === 'error') return
    const lifetime: Lifetime = { leftMs: TOAST_LIFETIME_MS, since: Date.now() }
    this.#lifetimes.set(toast.id, lifetime)
    if (this.#holds.size === 0) this.#live(toast.id, lifetime)
  }

  #live(id: number, lifetime: Lifetime): void {
    lifetime.since = Date.now()
    lifetime.timer = setTimeout(() => this.dismiss(id), lifetime.leftMs)
  }
}
