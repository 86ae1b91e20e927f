import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { HostEvent } from '../../../shared/api/contract'
import type { ReminderNotification } from '../../../shared/workflow/reminder-text'
import { calendar, vevent } from '../../support/ics-builder'

import { openCalendarHost } from './calendar-host'
/** Long enough for a reminder check the host starts on a change to show what it would show. */
const SETTLE_MS = 1500

let dataDir: string
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'debrief-prompt-once-'))
})
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true })
})

function openTestHost(shown: ReminderNotification[]) {
  return openCalendarHost(dataDir, {
    preferences: { quietHours: null },
    notifier: { show: async (notification) => void shown.push(notification) },
  })
}

const asked = (shown: ReminderNotification[]) =>
  shown.filter((each) => `${each.title}\n${each.body}`.includes('How did it go at Umbrella?'))

async function until(condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 10_000
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out')
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

describe('"How did it go?"', () => {
  it('is asked once per interview: not again when its delay is changed afterwards, nor after a restart', async () => {
    const shown: ReminderNotification[] = []
    const first = await openTestHost(shown)
    const events: HostEvent[] = []
    first.host.onEvent((event) => events.push(event))
    try {
      const { settings } = await first.client.getCalendars({})
      await first.client.setCalendarSettings({ ...settings, promptDelayMinutes: 0 })
      // Ended five minutes ago.
      const text = calendar(
        vevent({
          uid: 'umbrella@test',
          summary: 'Interview with Umbrella for Analyst',
          lines: ['DTSTART:20261015T065500Z', 'DTEND:20261015T075500Z'],
        }),
      )
      await first.client.addCalendarSource({ kind: 'file', fileName: 'work.ics', text })
      const [suggestion] = await first.client.listCalendarSuggestions({})
      await first.client.addInterviewFromCalendar({ key: suggestion!.key, company: 'Umbrella', role: 'Analyst' })
      await until(() => asked(shown).length === 1)
      expect(asked(shown)[0]).toMatchObject({ view: 'quick-debrief' })
      // Every window is told too, so the browser app (whose notifications cannot be clicked) can offer it.
      await until(() => events.some((event) => event.topic === 'calendar-prompt'))
      expect(events.filter((event) => event.topic === 'calendar-prompt')).toEqual([
        {
          topic: 'calendar-prompt',
          interviewId: expect.any(String),
          view: 'quick-debrief',
          title: 'How did it go at Umbrella?',
        },
      ])

      // A later delay moves the prompt's due time to 07:57, still past: it was asked, so it is not asked again.
      await first.client.setCalendarSettings({ ...settings, promptDelayMinutes: 2 })
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS))
      expect(asked(shown)).toHaveLength(1)
      expect(events.filter((event) => event.topic === 'calendar-prompt')).toHaveLength(1)
    } finally {
      await first.host.close()
    }

    const second = await openTestHost(shown)
    try {
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS))
      expect(asked(shown)).toHaveLength(1)
      const [interview] = await second.client.listCalendarInterviews({})
      expect(interview).toBeDefined()
    } finally {
      await second.host.close()
    }
  }, 30_000)
})
