import type { HostEvent } from '../../shared/api/contract'
import type { ReminderNotification } from '../../shared/workflow/reminder-text'
import type { Notifier } from '../host/follow-ups/reminders/notifier'

type ReminderEvent = Extract<HostEvent, { topic: 'reminder' }>

/**
 * The browser app's reminders. notify-send reports no click, so while a page that may show notifications
 * is open (it asked for the event stream with `?notify=1`), each reminder goes to the pages instead, as
 * the browser's own notification, whose click brings that page up on the interview as the desktop app's
 * does. With no such page, the system's notifier shows it as before.
 */
export class PageNotifier implements Notifier {
  private readonly pages = new Set<(event: ReminderEvent) => void>()
  /** Called when a page that may notify comes: reminders waiting for an unavailable service are tried again. */
  onPageReady: () => void = () => undefined

  constructor(private readonly fallback: Notifier) {}

  /** A page's event stream that may notify, until the function returned is called. */
  attach(send: (event: ReminderEvent) => void): () => void {
    this.pages.add(send)
    this.onPageReady()
    return () => this.pages.delete(send)
  }

  async show(notification: ReminderNotification): Promise<void> {
    if (this.pages.size === 0) return this.fallback.show(notification)
    // Every such page gets it; the notification's tag makes the browser show it once.
    for (const send of this.pages) send({ topic: 'reminder', ...notification })
  }
}
