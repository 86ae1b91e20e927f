import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { OpenTaskIndex } from '../../electron/host/follow-ups/open-tasks'
import type { ReminderSource, TimedReminder } from '../../electron/host/follow-ups/reminders/reminder-sources'
import { createReminderScheduler } from '../../electron/host/follow-ups/reminders/scheduler'
import { boardInterviews } from './board-data'
import { median, type BenchResult } from './result'

/**
 * The reminder scheduler's check, which runs at least once a minute on the host's loop, at 50,000
 * interviews: how long one takes once what is due has been shown (reminders.check.50k, ms), and right
 * after a change to one interview (reminders.check.afterChange.50k), and how
 * many follow-ups it reads (reminders.check.reads.50k) against how many are open
 * (reminders.open.50k). A check reads the index soonest first, from what came due since the last check
 * while nothing changed, and stops at the first not yet due.
 */
const INTERVIEWS = 50_000
const CHECKS = 21

export async function benchReminders(): Promise<BenchResult[]> {
  const now = new Date()
  const interviews = boardInterviews(INTERVIEWS, now)
  const index = new OpenTaskIndex(() => interviews)
  let reads = 0
  const count = function* (reminders: Iterable<TimedReminder>) {
    for (const reminder of reminders) {
      reads++
      yield reminder
    }
  }
  const counted: ReminderSource = {
    get soonestFirst() {
      return count(index.soonestFirst)
    },
    after: (ms) => count(index.after(ms)),
    get version() {
      return index.version
    },
    isOpen: (taskId) => index.isOpen(taskId),
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'debrief-bench-reminders-'))
  const scheduler = createReminderScheduler({
    dataDir,
    getSources: () => [counted],
    notify: async () => undefined,
    getPreferences: () => ({
      workingHours: { start: '09:00', end: '17:30' },
      lunch: { start: '12:00', end: '13:30' },
      quietHours: null,
    }),
    timers: { setTimeout: () => undefined, clearTimeout: () => undefined },
    log: () => undefined,
  })
  try {
    // The first check shows (and records) everything already due; the figures are for the checks after.
    await scheduler.start()
    const times: number[] = []
    const readsPerCheck: number[] = []
    for (let check = 0; check < CHECKS; check++) {
      reads = 0
      const started = performance.now()
      await scheduler.reschedule()
      times.push(performance.now() - started)
      readsPerCheck.push(reads)
    }
    // After a change to one interview (its source's version moves), a check reads every due one again.
    const afterChange: number[] = []
    const first = interviews[0]!
    for (let check = 0; check < 5; check++) {
      index.changed([first.id], () => first)
      const started = performance.now()
      await scheduler.reschedule()
      afterChange.push(performance.now() - started)
    }
    return [
      { name: 'reminders.check.50k', value: median(times), unit: 'ms' },
      { name: 'reminders.check.afterChange.50k', value: median(afterChange), unit: 'ms' },
      { name: 'reminders.check.reads.50k', value: median(readsPerCheck), unit: 'follow-ups' },
      { name: 'reminders.open.50k', value: index.all().length, unit: 'follow-ups' },
    ]
  } finally {
    await scheduler.stop()
    await rm(dataDir, { recursive: true, force: true })
  }
}
