import { vi } from 'vitest'
import { randomUUID } from 'node:crypto'
import type { HostEvent, ReminderStatus } from '../../../shared/api/contract'
import { interviewSchema, type FollowUpTask, type Interview } from '../../../shared/domain/interview'
import { DEFAULT_PREFERENCES, type Preferences } from '../../../shared/domain/settings'
import type { Host } from '../../../electron/host/host'
import { OpenTaskIndex } from '../../../electron/host/follow-ups/open-tasks'
import { UpcomingInterviewIndex } from '../../../electron/host/interviews/upcoming-interviews'

/**
 * A host with just what the desktop shell reads, preferences and interviews, that announces
 * changes the way the real one does.
 */
export function shellHost(initial: Partial<Preferences> = {}, interviews: Interview[] = []) {
  let preferences: Preferences = { ...DEFAULT_PREFERENCES, ...initial }
  const listeners = new Set<(event: HostEvent) => void>()
  const emit = (event: HostEvent) => listeners.forEach((listener) => listener(event))
  let reminders: ReminderStatus = { notifications: 'available', pending: 0 }
  const api = {
    getPreferences: async () => preferences,
    listInterviews: async () => interviews.filter((interview) => !interview.archived),
    listUpcomingInterviews: async ({ limit = 5 }: { limit?: number }) =>
      new UpcomingInterviewIndex(() => interviews).next(new Date(), limit).map(({ interviewId, startMs }) => {
        const { company, role, round, timeZone } = interviews.find((each) => each.id === interviewId)!
        return { interviewId, company, role, round, timeZone, start: new Date(startMs).toISOString() }
      }),
    getHostInfo: async () => ({
      version: '1',
      dataDir: '/data',
      notices: [],
      canUndo: false,
      canRedo: false,
      reminders,
    }),
  } as Partial<Host['api']> as Host['api']
  const host: Host = {
    dataDir: '/data',
    api,
    onEvent(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    refreshReminders: vi.fn(),
    addNotice: vi.fn(),
    upcomingFollowUps: (limit) => new OpenTaskIndex(() => interviews).upcoming(limit),
    heldChanges: () => 0,
    takeDownload: () => undefined,
    close: async () => {},
  }
  return {
    host,
    emit,
    /** As setPreferences does: store, then announce. */
    setPreferences(change: Partial<Preferences>) {
      preferences = { ...preferences, ...change }
      emit({ topic: 'preferences' })
    },
    /** As the reminder scheduler does when the notification service goes or comes back. */
    setReminders(status: ReminderStatus) {
      reminders = status
      emit({ topic: 'notices' })
    },
    /** As a save does: change the record, then announce it. */
    replaceInterviews(next: Interview[]) {
      interviews = next
      emit({ topic: 'interviews', ids: next.map((interview) => interview.id), interviews: next })
    },
  }
}

export function task(title: string, due: string, extra: Partial<FollowUpTask> = {}): FollowUpTask {
  return { id: randomUUID(), kind: 'thank-you-email', title, due, status: 'open', ...extra }
}

export function interviewWith(company: string, tasks: FollowUpTask[], extra: Partial<Interview> = {}): Interview {
  const at = '2026-11-20T09:00:00.000Z'
  return interviewSchema.parse({
    id: randomUUID(),
    company,
    role: 'Engineer',
    date: '2026-11-20',
    time: '10:00',
    timeZone: 'Europe/Berlin',
    stage: 'interviewed',
    order: 'a0',
    tasks,
    createdAt: at,
    updatedAt: at,
    ...extra,
  })
}
