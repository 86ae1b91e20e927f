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
}

export interface Toast {
  id: number
  kind: ToastKind
  message: string
  action?: ToastAction
}

const TOAST_LIFETIME_MS = 10_000

/**
 * What the user asked for cannot be done as things stand ("Select a card on the board first"): a command
 * throws it to be told as a hint with its own words, where any other error is a failure of the command.
 */
export class ActionRefused extends Error {}

/** Short-lived messages in the corner of the workbench, like VS Code's notification toasts. */
export class NotificationsModel extends Store<{ toasts: readonly Toast[] }> {
  #nextId = 1

  constructor() {
    super({ toasts: [] })
  }

  /** Confirms what the user just did ("Archived Globex."), with Undo where it can be taken back. */
  done(message: string, action?: ToastAction): void {
    this.#add('done', message, action)
  }

  /** Tells the user something that is neither a success nor a failure ("Open an interview first."). */
  info(message: string, action?: ToastAction): void {
    this.#add('info', message, action)
  }

  /** Says what failed; it stays until the user closes it. */
  error(message: string): void {
    this.#add('error', message)
  }

  /** A command that did not go through: a refusal as the hint it is, anything else as "<title> failed: …". */
  commandFailed(title: string, error: unknown): void {
    if (error instanceof ActionRefused) this.info(error.message)
    else this.error(`${title} failed: ${messageOf(error)}`)
  }

  dismiss(id: number): void {
    if (this.state.toasts.some((toast) => toast.id === id)) {
      this.update({ toasts: this.state.toasts.filter((toast) => toast.id !== id) })
    }
  }

  #add(kind: ToastKind, message: string, action?: ToastAction): void {
    const toast: Toast = { id: this.#nextId++, kind, message, ...(action ? { action } : {}) }
    this.update({ toasts: [...this.state.toasts, toast] })
    if (kind !== 'error') setTimeout(() => this.dismiss(toast.id), TOAST_LIFETIME_MS)
  }
}
