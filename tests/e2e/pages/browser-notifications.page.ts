import type { BrowserContext, Page } from 'playwright-core'

/** A notification the page showed: what the user reads. */
export interface ShownNotification {
  title: string
  body: string
}

interface StandInWindow {
  notificationsShown: Array<ShownNotification & EventTarget & { onclick: ((event: Event) => void) | null }>
}

/**
 * The browser's own notifications, as the browser app shows them. Headless Chromium gives a test no
 * notification to click, so `install` puts a stand-in for `window.Notification` in every page before
 * the app loads (permission granted and asked for, as after the user allowed it): it keeps each notification shown
 * and lets the test click one as the user would. The real permission is granted as well.
 */
export class BrowserNotificationsPage {
  constructor(readonly page: Page) {}

  /**
   * `chosen: false`: the user has not yet chosen to see the reminders here. `answer: 'denied'`: asked,
   * the browser refuses (the user blocked them), where by default it allows them.
   */
  static async install(
    context: BrowserContext,
    origin: string,
    { chosen = true, answer = 'granted' as 'granted' | 'denied' } = {},
  ): Promise<void> {
    await context.grantPermissions(['notifications'], { origin })
    await context.addInitScript(
      ({ chosen, answer }) => {
        const shown: StandInWindow['notificationsShown'] = []
        class StandInNotification extends EventTarget {
          static readonly permission = answer === 'granted' ? 'granted' : 'default'
          static requestPermission = () => Promise.resolve(answer)
          onclick: ((event: Event) => void) | null = null
          readonly body: string
          constructor(
            readonly title: string,
            options: NotificationOptions = {},
          ) {
            super()
            this.body = options.body ?? ''
            shown.push(this)
          }
          close() {}
        }
        Object.assign(window, { Notification: StandInNotification, notificationsShown: shown })
        // As after the user chose "Show them in this browser" in Settings › Reminders (about:blank has no storage).
        if (chosen && location.protocol === 'http:') localStorage.setItem('debrief.remindersInBrowser', 'yes')
      },
      { chosen, answer },
    )
  }

  /** The first notification shown, once there is one. */
  async first(): Promise<ShownNotification> {
    await this.page.waitForFunction(() => (window as unknown as StandInWindow).notificationsShown.length > 0)
    return this.page.evaluate(() => {
      const { title, body } = (window as unknown as StandInWindow).notificationsShown[0]!
      return { title, body }
    })
  }

  /** Clicks the notification with this title, as the user does in the system's notification area. */
  async click(title: string): Promise<void> {
    await this.page.evaluate((wanted) => {
      const notification = (window as unknown as StandInWindow).notificationsShown.find((each) => each.title === wanted)
      if (!notification) throw new Error(`No notification "${wanted}" was shown`)
      const click = new Event('click')
      notification.dispatchEvent(click)
      notification.onclick?.(click)
    }, title)
  }
}
