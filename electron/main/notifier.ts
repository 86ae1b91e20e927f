import { Notification } from 'electron'
import type { OpenTarget } from '../../shared/api/bridge'
import {
  createNodeNotifier,
  NotificationUnavailableError,
  SHOW_TIMEOUT_MS,
  type Notifier,
} from '../host/follow-ups/reminders/notifier'

/**
 * Reminders on the desktop: Electron's Notification where the platform supports it, so a click can
 * open the interview, on the follow-up itself when the notification is about one (on its quick debrief or
 * preparation view when it is a calendar prompt); node-notifier
 * otherwise (it still shows the reminder, without the click).
 *
 * `show` resolves only once the system says the notification is shown (its 'show' event). A 'failed'
 * event, or no word within SHOW_TIMEOUT_MS, rejects with a NotificationUnavailableError as the
 * node-notifier path does: the scheduler keeps the reminder pending and tries again, so a reminder the
 * system dropped is never recorded as delivered.
 */
export function createDesktopNotifier(onClick: (target: OpenTarget | undefined) => void): Notifier {
  if (!Notification.isSupported()) return createNodeNotifier()
  // Electron drops a Notification that nothing references: keep each until it is closed or clicked.
  const kept = new Set<Notification>()
  return {
    show({ title, body, interviewId, taskId, view }) {
      const notification = new Notification({ title, body })
      kept.add(notification)
      notification.on('click', () => {
        kept.delete(notification)
        if (interviewId === undefined) return onClick(undefined)
        onClick({ interviewId, ...(taskId === undefined ? {} : { taskId }), ...(view === undefined ? {} : { view }) })
      })
      notification.on('close', () => kept.delete(notification))
      return new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => {
          // Taken back, so the retry cannot put a second copy beside one the system shows late.
          fail(`no answer from the notification service within ${SHOW_TIMEOUT_MS / 1000} s`)
          notification.close()
        }, SHOW_TIMEOUT_MS)
        const fail = (reason: string) => {
          clearTimeout(timer)
          kept.delete(notification)
          reject(new NotificationUnavailableError(reason))
        }
        notification.once('show', () => {
          clearTimeout(timer)
          resolve()
        })
        notification.once('failed', (_event, error) => fail(error || 'the system could not show the notification'))
        notification.show()
      })
    },
  }
}
