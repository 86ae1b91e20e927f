import { useState } from 'react'
import { allowBrowserNotifications, browserNotificationPermission } from '../transport/httpTransport'

/**
 * The browser app only: whether this browser shows Debrief's reminders itself, so that a click on one
 * opens its interview (the system's notifications, which it uses otherwise, report no click).
 */
export function BrowserNotifications() {
  const [permission, setPermission] = useState(browserNotificationPermission)
  if (window.debrief) return null
  if (permission === 'granted') {
    return <p className="settings-hint">This browser shows them while Debrief is open; a click opens the interview.</p>
  }
  if (permission === 'unsupported') {
    return <p className="settings-hint">This browser cannot show notifications; the system shows them instead.</p>
  }
  if (permission === 'denied') {
    return (
      <p className="settings-hint">
        This browser blocks Debrief’s notifications. Allow them in the site settings (beside the address) so that a
        click on a reminder opens its interview.
      </p>
    )
  }
  return (
    <div className="settings-action">
      <button
        type="button"
        className="button button-secondary"
        onClick={() => void allowBrowserNotifications().then(() => setPermission(browserNotificationPermission()))}
      >
        Show them in this browser
      </button>
      <span className="settings-hint">So that a click on a reminder opens its interview here.</span>
    </div>
  )
}
