import { describe, expect, it, vi } from 'vitest'
import type { ReminderNotification } from '../../../shared/workflow/reminder-text'
import { NotificationUnavailableError } from '../../../electron/host/follow-ups/reminders/notifier'
import { HostNotices } from '../../../electron/host/host-notices'
import { fields, memorySettings, useTempHosts } from './support'

/** What the user is told while desktop notifications are unavailable: host info, a notice, and the end of both. */
const hosts = useTempHosts()

describe('reminders while the notification service is away', () => {
  it('counts the waiting reminders, says why in a notice, and clears both once they are shown', async () => {
    let serviceUp = false
    const shown: ReminderNotification[] = []
    const notifier = {
      show: async (notification: ReminderNotification) => {
        if (!serviceUp) throw new NotificationUnavailableError('Could not connect: No such file or directory')
        shown.push(notification)
      },
    }
    // An interview from last week: its thank-you and summary are long due. No quiet hours, whatever the hour.
    const { host, client } = await hosts.open({
      notifier,
      now: () => new Date('2025-03-10T09:00:00.000Z'),
      settings: memorySettings({ preferences: { quietHours: null } }),
    })
    await client.createInterview({ fields: fields('Acme', { date: '2025-03-03' }) })

    await vi.waitFor(async () => expect((await client.getHostInfo({})).reminders.notifications).toBe('unavailable'))
    const waiting = await client.getHostInfo({})
    expect(waiting.reminders.pending).toBeGreaterThan(1)
    expect(waiting.notices.map(({ message, detail }) => ({ message, detail }))).toEqual([
      {
        message: 'Desktop notifications are not working, so your reminders wait in Today until they do.',
        detail: 'The system said: Could not connect: No such file or directory.',
      },
    ])
    expect(shown).toEqual([])

    serviceUp = true
    // As on a wake from sleep: check again at once.
    host.refreshReminders()
    await vi.waitFor(() => expect(shown).toHaveLength(1))
    const after = await client.getHostInfo({})
    expect(after.reminders).toEqual({ notifications: 'available', pending: 0 })
    expect(after.notices).toEqual([])
    // Grouped: every waiting reminder in the one notification.
    expect(shown[0]!.title).toBe(`${waiting.reminders.pending} follow-ups are due`)
  })
})

describe('the notice while reminders wait', () => {
  const away = { notifications: 'unavailable' as const, pending: 3 }
  const reason = 'no desktop session to show notifications in'

  it('stays closed once the user closes it while the service is still away, and is said again after a recovery', () => {
    let changes = 0
    const notices = new HostNotices(
      [],
      () => new Date('2025-03-10T09:00:00.000Z'),
      () => changes++,
    )
    notices.remindersWaiting(away, reason)
    const [shown] = notices.all
    expect(shown?.message).toMatch(/^Desktop notifications are not working/)
    // Another reminder comes due: the same notice, not a new one, and no window is told to read it again.
    notices.remindersWaiting({ ...away, pending: 4 }, reason)
    expect(notices.all).toEqual([shown])
    expect(changes).toBe(1)

    expect(notices.dismiss(shown!.id)).toBe(true)
    notices.remindersWaiting({ ...away, pending: 5 }, reason)
    notices.remindersWaiting({ ...away, pending: 6 }, reason)
    expect(notices.all).toEqual([])

    notices.remindersWaiting({ notifications: 'available', pending: 0 }, undefined)
    notices.remindersWaiting(away, reason)
    expect(notices.all.map((notice) => notice.message)).toEqual([shown!.message])
  })
})
