import { Notification } from 'electron'
import type { OpenTarget } from '../../shared/api/bridge'
import { createNodeNotifier, type Notifier } from '../host/follow-ups/reminders/notifier'

/**
 * Reminders on the desktop: Electron's Notification where the platform supports it, so a click can
 * open the interview, on the follow-up itself when the notification is about one (on its quick debrief or
 * preparation view when it is a calendar prompt); node-notifier
 * otherwise (it still shows the reminder, without the click).
 */
export function createDesktopNotifier(onClick: (target: OpenTarget | undefined) => void): Notifier {
  if (!Notification.isSupported()) return createNodeNotifier()
  // Electron drops a Notification that nothing references: keep each until it is closed or clicked.
  const shown = new Set<Notification>()
  return {
    async show({ title, body, interviewId, taskId, view }) {
      const notification = new Notification({ title, body })
      shown.add(notification)
      notification.on('click', () => {
        shown.delete(notification)
        if (interviewId === undefined) return onClick(undefined)
        onClick({ interviewId, ...(taskId === undefined ? {} : { taskId }), ...(view === undefined ? {} : { view }) })
      })
      notification.on('close', () => shown.delete(notification))
      notification.show()
    },
  }
}
