import { useServices, useStore } from '../services/services'
import { Icon } from '../ui/Icon'

/** Notification toasts in the bottom-right corner, each with an optional action such as Undo. */
export function Toasts() {
  const { notifications } = useServices()
  const { toasts } = useStore(notifications)

  return (
    <div className="toasts" aria-live="polite">
      {toasts.map((toast) => (
        <div key={toast.id} className="toast" role="status">
          <Icon name="info" />
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
