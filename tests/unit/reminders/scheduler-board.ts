import { afterEach, beforeEach, vi } from 'vitest'
import type { Interview } from '../../../shared/domain/interview'
import type { ReminderNotification } from '../../../shared/workflow/reminder-text'
import { OpenTaskIndex } from '../../../electron/host/follow-ups/open-tasks'
import type { ReminderSource } from '../../../electron/host/follow-ups/reminders/reminder-sources'
import {
  createReminderScheduler,
  type ReminderPreferences,
  type ReminderScheduler,
} from '../../../electron/host/follow-ups/reminders/scheduler'
import { makeTempDir } from './support'

/**
 * A reminder scheduler over a board, as the host runs it, with the clock pinned by fake timers; due times
 * are wall-clock times in the interview's zone. In June Berlin is UTC+2 and New York UTC-4.
 */
export interface SchedulerBoard {
  dir: string
  interviews: Interview[]
  /** The host's open-task index over `interviews`, built afresh at each start as a restarted host does. */
  index: OpenTaskIndex
  shown: ReminderNotification[]
  logged: string[]
  running: ReminderScheduler | undefined
}

export const board = {} as SchedulerBoard

/** Registers the fresh data folder, clock and board each test of the calling file gets. */
export function useSchedulerBoard(): void {
  let cleanup: () => Promise<void>
  beforeEach(async () => {
    ;({ dir: board.dir, cleanup } = await makeTempDir())
    board.interviews = []
    board.shown = []
    board.logged = []
    vi.useFakeTimers()
  })
  afterEach(async () => {
    await board.running?.stop()
    board.running = undefined
    vi.useRealTimers()
    await cleanup()
  })
}

/** Starts a scheduler over the board the way the host does; "a restart" is stop() then start() again. */
export async function start(preferences: ReminderPreferences = { ...defaults() }): Promise<ReminderScheduler> {
  await board.running?.stop()
  board.running = createReminderScheduler({
    dataDir: board.dir,
    getSources: freshIndex(),
    notify: async (notification) => void board.shown.push(notification),
    getPreferences: () => preferences,
    timeZone: () => 'Europe/Berlin',
    log: (line) => void board.logged.push(line),
  })
  await board.running.start()
  return board.running
}

/** The sources a host passes: a new open-task index over the board. */
export function freshIndex(): () => ReminderSource[] {
  board.index = new OpenTaskIndex(() => board.interviews)
  return () => [board.index]
}

/** The board after a change, told to the index as the host tells it. */
export function replaceBoard(next: Interview[]): void {
  const ids = [...board.interviews, ...next].map(({ id }) => id)
  board.interviews = next
  board.index.changed(ids, (id) => board.interviews.find((each) => each.id === id))
}

export function defaults(): ReminderPreferences {
  return { workingHours: { start: '09:00', end: '17:30' }, lunch: { start: '12:00', end: '13:30' } }
}

export function setClock(iso: string): void {
  vi.setSystemTime(new Date(iso))
}

/** Lets time pass up to `iso`, every timer firing on the way, and waits for the check it started. */
export async function runUntil(iso: string): Promise<void> {
  await vi.advanceTimersByTimeAsync(Date.parse(iso) - Date.now())
  await board.running?.settled()
}

export function bodies(): string[] {
  return board.shown.map((notification) => notification.body)
}
