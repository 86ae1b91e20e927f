import type { HostEvent } from '../../../../shared/api/contract'
import { promptView } from '../../../../shared/calendar/prompt'
import type { Interview } from '../../../../shared/domain/interview'
import type { Preferences } from '../../../../shared/domain/settings'
import type { CalendarCenter } from '../../calendar/calendar-center'
import type { HostNotices } from '../../host-notices'
import { DamagedSamplesFileError, type SampleRegistry } from '../../interviews/samples'
import type { OpenTaskIndex } from '../open-tasks'
import type { Notifier } from './notifier'
import { leavingOut, listedReminders } from './reminder-sources'
import { createReminderScheduler, type ReminderScheduler } from './scheduler'

/** What the running host gives its reminders: where they come from, and whom they tell. */
export interface HostReminderParts {
  dataDir: string
  now: () => Date
  /** The open follow-ups, soonest first. */
  followUps: OpenTaskIndex
  /** The calendar's "How did it go?" and preparation prompts. */
  calendar: CalendarCenter
  interview: (id: string) => Interview | undefined
  preferences: () => Preferences
  notices: HostNotices
  emit: (event: HostEvent) => void
  /** The sample interviews, which are never reminded of. */
  samples: Pick<SampleRegistry, 'loaded' | 'known'>
}

/**
 * The host's reminder scheduler, started: the open follow-ups and the calendar's prompts as its
 * sources; a prompt shown is recorded on its calendar link and tells the windows which view it opens.
 */
export function startHostReminders(parts: HostReminderParts, notifier: Notifier): ReminderScheduler {
  const { calendar, notices, samples } = parts
  const withoutSamples = leavingOut(() => samples.known())
  const scheduler = createReminderScheduler({
    dataDir: parts.dataDir,
    now: parts.now,
    getSources: () => [
      withoutSamples(parts.followUps),
      listedReminders(
        calendar.debriefPrompts(parts.interview, {
          hours: parts.preferences().quietHours,
          // The scheduler reads quiet hours on the system's clock too.
          timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
        }),
      ),
    ],
    onShown: async (shown) => {
      await calendar.promptsShown(shown.map(({ task }) => task.id))
      for (const { interview, task } of shown) {
        const view = promptView(task.kind)
        if (view) parts.emit({ topic: 'calendar-prompt', interviewId: interview.id, view, title: task.title })
      }
    },
    notify: (notification) => notifier.show(notification),
    getPreferences: parts.preferences,
    onStatus: (status, reason) => notices.remindersWaiting(status, reason),
    warn: (message) => notices.add('warning', message),
  })
  // Which interviews are samples is known before the first check. A damaged list is told here, once (then
  // it reads as no samples); any other failure to read it leaves every interview reminded of.
  void samples
    .loaded()
    .catch((error: unknown) => {
      if (error instanceof DamagedSamplesFileError) notices.add('warning', error.message)
    })
    .then(() => scheduler.start())
  return scheduler
}
