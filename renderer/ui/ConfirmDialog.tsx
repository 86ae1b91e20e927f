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

/** A confirmation with a safe way through first, as VS Code asks "Save" / "Don't Save" / "Cancel". */
export interface ChoiceRequest extends ConfirmRequest {
  /** The first button, the one with the focus: e.g. "Save". */
  preferredLabel: string
}

/** Which button answered: the preferred one, the confirm one, or cancel (Escape too). */
export type Choice = 'preferred' | 'confirm' | 'cancel'

interface Pending extends ConfirmRequest {
  preferredLabel?: string
  answer(choice: Choice): void
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
  return ask(request).then((choice) => choice === 'confirm')
}

/** askConfirm with a third, preferred button before the other two. */
export function askChoice(request: ChoiceRequest): Promise<Choice> {
  return ask(request)
}

function ask(request: ConfirmRequest & { preferredLabel?: string }): Promise<Choice> {
  pending.state?.answer('cancel')
  return new Promise((resolve) => {
    pending.set({
      ...request,
      answer: (choice) => {
        pending.set(null)
        resolve(choice)
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
    const focused = request.preferredLabel ? 'preferred' : request.danger ? 'cancel' : 'confirm'
    dialog.querySelector<HTMLButtonElement>(`[data-choice=${focused}]`)?.focus()
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
        request?.answer('cancel')
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
            {request.preferredLabel && (
              <button
                type="button"
                data-choice="preferred"
                className="button button-primary"
                onClick={() => request.answer('preferred')}
              >
                {request.preferredLabel}
              </button>
            )}
            <button
              type="button"
              data-choice="confirm"
              className={`button ${request.danger ? 'button-danger' : 'button-primary'}`}
              onClick={() => request.answer('confirm')}
            >
              {request.confirmLabel}
            </button>
            <button
              type="button"
              data-choice="cancel"
              className="button button-secondary"
              onClick={() => request.answer('cancel')}
            >
              {request.cancelLabel ?? 'Cancel'}
            </button>
          </div>
        </form>
      )}
    </dialog>
  )
}
