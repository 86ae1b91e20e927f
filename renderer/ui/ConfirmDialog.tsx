import { useId, useLayoutEffect, useRef, useSyncExternalStore } from 'react'

/** What an in-app confirmation asks, and the words of its two buttons. */
export interface ConfirmRequest {
  title: string
  message: string
  /** The button that goes ahead, e.g. "Remove 6 samples"; it names the action, never just "OK". */
  confirmLabel: string
  cancelLabel?: string
  /** A destructive action: its button is styled as a warning, and Cancel has the focus. */
  danger?: boolean
}

interface Pending extends ConfirmRequest {
  answer(confirmed: boolean): void
}

/** The confirmation on screen, if any: one per window. */
const pending = {
  state: null as Pending | null,
  listeners: new Set<() => void>(),
  set(value: Pending | null) {
    this.state = value
    for (const listener of this.listeners) listener()
  },
  subscribe: (listener: () => void) => {
    pending.listeners.add(listener)
    return () => void pending.listeners.delete(listener)
  },
  getSnapshot: () => pending.state,
}

/**
 * Asks the user in an in-app dialog instead of the browser's `confirm()`: focus stays inside it,
 * Escape cancels, and focus goes back where it was (or to the editor when that is gone). Resolves
 * true only when the user confirms. A second request cancels the first.
 */
export function askConfirm(request: ConfirmRequest): Promise<boolean> {
  pending.state?.answer(false)
  return new Promise((resolve) => {
    pending.set({
      ...request,
      answer: (confirmed) => {
        pending.set(null)
        resolve(confirmed)
      },
    })
  })
}

/** Where focus goes after the dialog: the element that had it, else the active editor, never the page body. */
function restoreFocus(previous: Element | null): void {
  if (previous instanceof HTMLElement && previous.isConnected) {
    previous.focus()
    return
  }
  const fallback = document.querySelector<HTMLElement>('[role="tabpanel"]:not([hidden]), main')
  if (fallback) {
    if (!fallback.hasAttribute('tabindex')) fallback.tabIndex = -1
    fallback.focus()
  }
}

/** Mounted once by the workbench; shows the confirmation `askConfirm` asks for. */
export function ConfirmDialogHost() {
  const request = useSyncExternalStore(pending.subscribe, pending.getSnapshot)
  const dialogRef = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const messageId = useId()

  useLayoutEffect(() => {
    const dialog = dialogRef.current
    if (!dialog || !request) return
    const previous = document.activeElement
    dialog.showModal()
    dialog.querySelector<HTMLButtonElement>(request.danger ? '[data-choice=cancel]' : '[data-choice=confirm]')?.focus()
    return () => {
      if (dialog.open) dialog.close()
      restoreFocus(previous)
    }
  }, [request])

  return (
    <dialog
      ref={dialogRef}
      className="confirm-dialog"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={messageId}
      // Escape fires "cancel"; the dialog would close itself, so the answer is given here instead.
      onCancel={(event) => {
        event.preventDefault()
        request?.answer(false)
      }}
    >
      {request && (
        <form method="dialog" onSubmit={(event) => event.preventDefault()}>
          <h2 id={titleId} className="confirm-dialog-title">
            {request.title}
          </h2>
          <p id={messageId} className="confirm-dialog-message">
            {request.message}
          </p>
          <div className="confirm-dialog-actions">
            <button
              type="button"
              data-choice="confirm"
              className={`button ${request.danger ? 'button-danger' : 'button-primary'}`}
              onClick={() => request.answer(true)}
            >
              {request.confirmLabel}
            </button>
            <button
              type="button"
              data-choice="cancel"
              className="button button-secondary"
              onClick={() => request.answer(false)}
            >
              {request.cancelLabel ?? 'Cancel'}
            </button>
          </div>
        </form>
      )}
    </dialog>
  )
}
