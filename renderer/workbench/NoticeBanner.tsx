import { restoreNoticeText } from '../../shared/api/backup-text'
import type { Notice } from '../../shared/api/contract'
import { messageOf } from '../services/dataStore'
import { useServices, useStoreValue } from '../services/services'
import { allowBrowserNotifications, browserNotificationPermission } from '../transport/httpTransport'
import { Icon } from '../ui/Icon'

/** The banner's id: the status bar's notices item takes the keyboard here. */
export const NOTICES_ID = 'notices'

const LEVEL_ICONS: Record<Notice['level'], string> = { info: 'info', warning: 'warning', error: 'error' }

/** The browser app, where this browser could show the reminders itself (Settings › Reminders offers it too). */
function canShowHere(): boolean {
  return !window.debrief && browserNotificationPermission() === 'default'
}

const BLOCKED =
  'This browser blocks Debrief’s notifications. Allow them in the site settings (beside the address) to see reminders here.'

/** Said once they are allowed: a browser shows them only while a tab is open (a walkthrough found nothing said so). */
const SHOWN_HERE = 'Reminders will show in this browser, while Debrief is open in one of its tabs.'

/** The host's notices (a restored file, a second instance…) and a lost connection, above the editor. */
export function NoticeBanner() {
  const { data, notifications } = useServices()
  const notices = useStoreValue(data, (state) => state.notices)
  const loadError = useStoreValue(data, (state) => state.loadError)

  const dismiss = (id: string) => {
    data.dismissNotice(id).catch((error: unknown) => notifications.error(messageOf(error)))
  }
  const retry = () => {
    void data.refreshInterviews()
    void data.refreshNotices()
    void data.refreshPreferences()
  }

  if (notices.length === 0 && !loadError) return null
  return (
    <section id={NOTICES_ID} className="notice-banner" aria-label="Notices" tabIndex={-1}>
      {loadError && (
        <div role="alert" className="notice" data-level="error">
          <Icon name="debug-disconnect" />
          <span className="notice-message">{loadError}</span>
          <button type="button" className="notice-action" onClick={retry}>
            Retry
          </button>
        </div>
      )}
      {notices.map((notice) => (
        <div key={notice.id} role="alert" className="notice" data-level={notice.level}>
          <Icon name={LEVEL_ICONS[notice.level]} />
          <span className="notice-message">
            {/* A restore's backups said on the user's clock and in their language, as the backups table does. */}
            {notice.restore ? restoreNoticeText(notice.restore) : notice.message}
            {notice.detail && (
              <details className="notice-detail">
                <summary>Details</summary>
                <span>{notice.detail}</span>
              </details>
            )}
          </span>
          {notice.remindersWaiting && canShowHere() && (
            <button
              type="button"
              className="notice-action"
              onClick={() =>
                void allowBrowserNotifications().then((allowed) => {
                  // A browser setting, not a failure: a hint, not an error kept on screen once allowed.
                  if (allowed) notifications.done(SHOWN_HERE)
                  else notifications.info(BLOCKED)
                })
              }
            >
              Show them in this browser
            </button>
          )}
          {/* Changes held in memory: the notice stays until the host has written them. */}
          {notice.unsavedChanges === undefined && (
            <button type="button" className="notice-action" onClick={() => dismiss(notice.id)}>
              Dismiss
            </button>
          )}
        </div>
      ))}
    </section>
  )
}
