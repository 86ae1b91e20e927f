import { restoreNoticeText } from '../../shared/api/backup-text'
import type { Notice, ReminderStatus, RestoredBackups } from '../../shared/api/contract'
import { createNotice } from './storage/notices'

/**
 * What the host tells every window (getHostInfo's notices): what start-up found, warnings as they come,
 * and the one notice that stays while reminders wait for the notification service. `changed` tells the
 * windows to read them again.
 */
export class HostNotices {
  /** The notice while reminders wait for the notification service; it goes once they are shown. */
  private reminderNotice: Notice | undefined
  /**
   * The user closed that notice: it stays closed while the service is still away (it came back with every
   * change of the waiting count, three times in a walkthrough), and is said again only after a recovery.
   */
  private reminderNoticeDismissed = false

  constructor(
    private notices: Notice[],
    private readonly now: () => Date,
    private readonly changed: () => void,
  ) {}

  get all(): Notice[] {
    return this.notices
  }

  add(level: Notice['level'], message: string): void {
    this.notices = [...this.notices, createNotice(level, message, this.now())]
    this.changed()
  }

  /**
   * The notice of a restore, in its words (each window says the times on its user's clock). It takes the
   * place of an earlier restore's: each restore added a banner, three stacked after three (a walkthrough).
   */
  restored(restore: RestoredBackups): void {
    const notice = { ...createNotice('info', restoreNoticeText(restore), this.now()), restore }
    this.notices = [...this.notices.filter((shown) => !shown.restore), notice]
    this.changed()
  }

  /** True when a notice with this id was shown and is gone now. */
  dismiss(id: string): boolean {
    if (this.reminderNotice?.id === id) {
      this.reminderNotice = undefined
      this.reminderNoticeDismissed = true
    }
    const before = this.notices.length
    this.notices = this.notices.filter((notice) => notice.id !== id)
    return this.notices.length !== before
  }

  remindersWaiting(status: ReminderStatus, reason: string | undefined): void {
    const waiting = status.notifications === 'unavailable' && status.pending > 0
    if (!waiting) this.reminderNoticeDismissed = false
    // What happens, in a line; the system's own words folded under Details, for whoever fixes the desktop
    // (in the message they made it four lines of D-Bus at 1,000 px: a walkthrough). No count: the
    // reminders held are not Today's list (one shown before the service failed is not held), and a
    // number beside Today's other one read as a mistake.
    const message =
      waiting && !this.reminderNoticeDismissed
        ? 'Desktop notifications are not working, so your reminders wait in Today until they do.'
        : undefined
    const detail = `The system said: ${(reason ?? 'no answer').replace(/\.$/, '')}.`
    // The same words: the notice already shown stays as it is, and no window is told to read it again.
    if (message === this.reminderNotice?.message && detail === this.reminderNotice?.detail) return
    const old = this.reminderNotice
    this.reminderNotice =
      message === undefined
        ? undefined
        : { ...createNotice('warning', message, this.now()), remindersWaiting: true, detail }
    this.notices = [
      ...this.notices.filter((notice) => notice !== old),
      ...(this.reminderNotice ? [this.reminderNotice] : []),
    ]
    this.changed()
  }
}
