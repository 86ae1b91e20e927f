import { afterEach, describe, expect, it } from 'vitest'
import type { ReminderNotification } from '../../../shared/workflow/reminder-text'
import { fields, makeTempDir, open, type TestHost } from './support'

const SAMPLE_COMPANIES = /Northwind|Bluebird|Fernhill|Cobalt|Harbor|Quill/

let opened: { host?: TestHost; cleanup: () => Promise<void> } | undefined

afterEach(async () => {
  await opened?.host?.host.close()
  await opened?.cleanup()
  opened = undefined
})

/** A desktop that keeps what it was shown. */
function desktop() {
  const shown: ReminderNotification[] = []
  const text = () => shown.map((notification) => `${notification.title}\n${notification.body}`).join('\n')
  return { notifier: { show: async (notification: ReminderNotification) => void shown.push(notification) }, text }
}

describe('reminders and the sample interviews', () => {
  it('never reminds of a sample: neither once they are loaded nor after a restart', async () => {
    const { dir, cleanup } = await makeTempDir()
    opened = { cleanup }
    const first = desktop()
    opened.host = await open(dir, { notifier: first.notifier })
    // Loaded first, the samples' due follow-ups were the first reminders (a walkthrough saw "Send Amara
    // Okafor a LinkedIn request", about a made-up person).
    await opened.host.client.loadSamples({ timeZone: 'Europe/Berlin' })
    await opened.host.client.createInterview({ fields: fields('Acme') })
    await expect.poll(first.text).toMatch(/Acme/)
    expect(first.text()).not.toMatch(SAMPLE_COMPANIES)

    await opened.host.host.close()
    opened.host = undefined
    const afterRestart = desktop()
    opened.host = await open(dir, { notifier: afterRestart.notifier })
    await opened.host.client.createInterview({ fields: fields('Globex') })
    await expect.poll(afterRestart.text).toMatch(/Globex/)
    expect(afterRestart.text()).not.toMatch(SAMPLE_COMPANIES)
  })
})
