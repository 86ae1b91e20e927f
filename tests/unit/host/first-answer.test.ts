import { describe, expect, it, vi } from 'vitest'
import type { ReminderNotification } from '../../../shared/workflow/reminder-text'
import { fields, memorySettings, useTempHosts } from './support'

const hosts = useTempHosts()

const now = () => new Date('2025-03-10T09:00:00.000Z')
const settings = () => memorySettings({ preferences: { quietHours: null } })

/** A folder holding an interview from last week, whose thank-you and summary are long due. */
async function folderWithDueReminders(): Promise<void> {
  const { host, client } = await hosts.open({ now, settings: settings() })
  await client.createInterview({ fields: fields('Acme', { date: '2025-03-03' }) })
  await host.close()
}

describe('start-up work that can wait', () => {
  it('the first cards are answered before the first reminder check runs', async () => {
    await folderWithDueReminders()
    const happened: string[] = []
    const { client } = await hosts.open({
      now,
      settings: settings(),
      notifier: { show: async (note: ReminderNotification) => void happened.push(`shown: ${note.title}`) },
    })
    const page = await client.listStagePage({ stage: 'interviewed', limit: 10 })
    happened.push(`answered: ${page.interviews.map((interview) => interview.company).join()}`)

    await vi.waitFor(() => expect(happened).toHaveLength(2))
    expect(happened[0]).toBe('answered: Acme')
    expect(happened[1]).toMatch(/^shown: /)
  })

  it('starts without being asked when no window opens (a start at login into the tray)', async () => {
    await folderWithDueReminders()
    const shown: ReminderNotification[] = []
    await hosts.open({ now, settings: settings(), notifier: { show: async (note) => void shown.push(note) } })
    await vi.waitFor(() => expect(shown).toHaveLength(1), { timeout: 5_000 })
  })
})
