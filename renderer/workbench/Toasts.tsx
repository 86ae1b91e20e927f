import { useEffect, useRef } from 'react'
import type { ToastKind } from '../services/notificationsModel'
import { useServices, useStore } from '../services/services'
import { Icon } from '../ui/Icon'

const KIND_ICONS: Record<ToastKind, string> = { done: 'check', info: 'info', error: 'error' }

/**
 * Notification toasts in the bottom-right corner, each with an optional action such as Undo. A failure
 * is an alert, read out at once; the others are statuses, read out when the reader is free. None goes
 * by time while the pointer is over them, the keyboard in them, or the window hidden.
 */
export function Toasts() {
  const { notifications } = useServices()
  const { toasts } = useStore(notifications)

  const containerRef = useRef<HTMLDivElement>(null)

  // A toast closed with the keyboard in it takes the focus away without a blur: let go of the hold then.
  useEffect(() => {
    if (!containerRef.current?.contains(document.activeElement)) notifications.hold('focus', false)
  }, [notifications, toasts])

  useEffect(() => {
    const followVisibility = () => notifications.hold('hidden', document.hidden)
    followVisibility()
    document.addEventListener('visibilitychange', followVisibility)
    return () => document.removeEventListener('visibilitychange', followVisibility)
  }, [notifications])

  return (
    <div
      ref={containerRef}
      className="toasts"
      aria-live="polite"
      onPointerEnter={() => notifications.hold('pointer', true)}
      onPointerLeave={() => notifications.hold('pointer', false)}
      onFocus={() => notifications.hold('focus', true)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) notifications.hold('focus', false)
      }}
    >
      {toasts.map((toast) => (
        <div key={toast.id} className="toast" data-kind={toast.kind} role={toast.kind === 'error' ? 'alert' : 'status'}>
          <Icon name={KIND_ICONS[toast.kind]} />
          <span className="toast-message">{toast.message}</span>
          {toast.action && (
            <button
              type="button"
              className="toast-action"
              onClick={() => {
                notifications.dismiss(toast.id)
                toast.action?.run()
              }}
            >
              {toast.action.label}
            </button>
          )}
          <button
            type="button"
            className="icon-button"
            aria-label="Close notification"
            onClick={() => notifications.dismiss(toast.id)}
          >
            <Icon name="close" />
          </button>
        </div>
      ))}
    </div>
  )
}
