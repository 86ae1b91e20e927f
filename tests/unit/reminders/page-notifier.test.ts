import { describe, expect, it } from 'vitest'
import type { HostEvent } from '../../../shared/api/contract'
import type { ReminderNotification } from '../../../shared/workflow/reminder-text'
import { PageNotifier } from '../../../electron/web/page-notifier'

const REMINDER: ReminderNotification = {
  title: 'Follow up with Acme',
  body: 'Thank Dana Reyes by email',
  interviewId: 'acme',
  taskId: 'thanks',
}

function systemNotifier() {
  const shown: ReminderNotification[] = []
  return { shown, show: async (notification: ReminderNotification) => void shown.push(notification) }
}

describe("serve-web's notifier", () => {
  it('gives a reminder to the pages that may notify, and to the system while there is none', async () => {
    const system = systemNotifier()
    const pages = new PageNotifier(system)
    let ready = 0
    pages.onPageReady = () => ready++
    const received: HostEvent[] = []

    await pages.show(REMINDER)
    expect(system.shown).toEqual([REMINDER])

    const detach = pages.attach((event) => received.push(event))
    expect(ready).toBe(1)
    await pages.show(REMINDER)
    expect(received).toEqual([{ topic: 'reminder', ...REMINDER }])
    expect(system.shown).toHaveLength(1)

    detach()
    await pages.show(REMINDER)
    expect(system.shown).toHaveLength(2)
    expect(received).toHaveLength(1)
  })

  it('fails as the system notifier does when there is no page, so the reminder waits', async () => {
    const pages = new PageNotifier({ show: () => Promise.reject(new Error('no D-Bus session')) })
    await expect(pages.show(REMINDER)).rejects.toThrow('no D-Bus session')
  })
})
