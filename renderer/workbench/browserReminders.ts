import type { OpenTarget } from '../../shared/api/bridge'
import { openTarget } from '../calendar/calendarScreens'
import type { Services } from '../services/services'
import { pageMayNotify } from '../transport/httpTransport'

/**
 * The browser app's reminders, which serve-web sends to a page that may notify: shown as the browser's
 * own notification, whose click brings this page up on the interview (on the follow-up, or the quick
 * debrief or preparation view, it names), as a click on the desktop app's reminder does. Should the
 * permission have been taken back since, a toast says it instead (a calendar prompt has its own).
 *
 * Started with the window's services, in the same task that opens the event stream: the host counts a
 * reminder as shown once the stream took it, so none may come before this listens.
 */
export function startBrowserReminders({ client, workbench, notifications }: Services): () => void {
  if (window.debrief) return () => undefined
  return client.onEvent((event) => {
    if (event.topic !== 'reminder') return
    const { title, body, interviewId, taskId, view } = event
    const target: OpenTarget | undefined =
      interviewId === undefined ? undefined : { interviewId, ...(taskId && { taskId }), ...(view && { view }) }
    const open = () => target && openTarget(workbench, target)
    if (!pageMayNotify()) {
      if (!view) notifications.info(`${title}: ${body}`, target && { label: 'Open', run: open })
      return
    }
    // One tag per reminder: two pages that both show it leave one notification.
    const shown = new Notification(title, { body, tag: taskId ?? interviewId ?? title })
    shown.onclick = () => {
      window.focus()
      shown.close()
      open()
    }
  })
}
