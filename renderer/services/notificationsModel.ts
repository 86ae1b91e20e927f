import { Store } from './store'

export interface Toast {
  id: number
  message: string
  action?: { label: string; run: () => void }
}

const TOAST_LIFETIME_MS = 10_000

/** Short-lived messages in the corner of the workbench, like VS Code's notification toasts. */
export class NotificationsModel extends Store<{ toasts: readonly Toast[] }> {
  #nextId = 1

  constructor() {
    super({ toasts: [] })
  }

  show(message: string, action?: Toast['action']): void {
    const toast: Toast = { id: this.#nextId++, message, ...(action ? { action } : {}) }
    this.update({ toasts: [...this.state.toasts, toast] })
    setTimeout(() => this.dismiss(toast.id), TOAST_LIFETIME_MS)
  }

  dismiss(id: number): void {
    if (this.state.toasts.some((toast) => toast.id === id)) {
      this.update({ toasts: this.state.toasts.filter((toast) => toast.id !== id) })
    }
  }
}
