import type { ToastKind } from '../services/notificationsModel'
import { useServices, useStore } from '../services/services'
import { Icon } from '../ui/Icon'

const KIND_ICONS: Record<ToastKind, string> = { done: 'check', info: 'info', error: 'error' }

/**
 * Notification toasts in the bottom-right corner, each with an optional action such as Undo. A failure
 * is an alert, read out at once; the others are statuses, read out when the reader is free.
 */
export function Toasts() {
  const { notifications } = useServices()
  const { toasts } = useStore(notifications)

  return (
    <div className="toasts" aria-live="polite">
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
