import { WallInstants } from '../../../../shared/api/follow-up-list'
import type { DueReminder } from '../../../../shared/workflow/reminder-text'
import { effectiveDue } from '../../../../shared/workflow/task-state'

/** An open reminder with the instant it comes due (its snooze or due time on its interview's clock). */
export interface TimedReminder extends DueReminder {
  readonly dueMs: number
}

/** Where reminders come from, as it stands at one check: the open-task index, the calendar's prompts. */
export interface ReminderSource {
  /** The open reminders, soonest first: a check reads them only up to the first that is not yet due. */
  readonly soonestFirst: Iterable<TimedReminder>
  /** Those due after `ms`, soonest first. */
  after(ms: number): Iterable<TimedReminder>
  /** Equal (===) as long as the reminders and their due times are unchanged. */
  readonly version: unknown
  /** Whether a task is still open, so that the record of one shown and since closed is forgotten. */
  isOpen(taskId: string): boolean
}

/** A short list of reminders (the calendar's prompts) as a source, sorted once: its length is a few per linked event. */
export function listedReminders(reminders: readonly DueReminder[], instants = new WallInstants()): ReminderSource {
  const open = reminders.filter(({ task }) => task.status === 'open')
  const timed = open.map((reminder) => ({
    ...reminder,
    dueMs: instants.instant(effectiveDue(reminder.task), reminder.interview.timeZone),
  }))
  const ids = new Set(open.map(({ task }) => task.id))
  const sorted = timed.sort((a, b) => a.dueMs - b.dueMs)
  return {
    soonestFirst: sorted,
    after: (ms) => sorted.filter((reminder) => reminder.dueMs > ms),
    version: sorted.map(({ task, dueMs }) => `${task.id}@${dueMs}`).join(' '),
    isOpen: (taskId) => ids.has(taskId),
  }
}

/**
 * The source without the reminders of the interviews `leftOut()` names: the samples, whose follow-ups came
 * on the desktop as real ones ("Send Amara Okafor a LinkedIn request", about a made-up person; a
 * walkthrough). One object while the source's version and the set are the same, so its version holds.
 */
export function leavingOut(leftOut: () => ReadonlySet<string>): (source: ReminderSource) => ReminderSource {
  let last: { version: unknown; ids: ReadonlySet<string>; source: ReminderSource } | undefined
  return (source) => {
    const ids = leftOut()
    if (ids.size === 0) return source
    if (last && last.version === source.version && last.ids === ids) return last.source
    const kept = (reminder: TimedReminder) => !ids.has(reminder.interview.id)
    const filtered: ReminderSource = {
      get soonestFirst() {
        return only(source.soonestFirst, kept)
      },
      after: (ms) => only(source.after(ms), kept),
      version: {},
      isOpen: (taskId) => source.isOpen(taskId),
    }
    last = { version: source.version, ids, source: filtered }
    return filtered
  }
}

function* only<T>(items: Iterable<T>, kept: (item: T) => boolean): Iterable<T> {
  for (const item of items) if (kept(item)) yield item
}

/**
 * A source's version and the instant through which its due reminders were read, at the last check, with
 * those of them not shown yet (quiet hours, notifications off or unavailable): while the version holds,
 * they are still due and unshown, so a retry reads only what came due since. At 50,000 interviews a
 * retry with the notification service down read ~100,000 due reminders again: 106 ms in which the host
 * answered nothing (probe exportwait with a CPU profile, the longest wait during the exports).
 */
export interface ReadThrough {
  version: unknown
  throughMs: number
  unshown: readonly DueReminder[]
}

/** What one check found in its sources. */
export interface DueRead {
  /** Due and not shown for its due time, soonest first within each source. */
  due: DueReminder[]
  /** When the first reminder not yet due comes due, if any. */
  nextDueMs: number | undefined
  /** A source's version differs from the last check's (or there was none): closed tasks may be forgotten. */
  anyChanged: boolean
  /** What to remember for the next check: `shown` says whether `due` was shown, or waits. */
  readThrough(shown: boolean): ReadThrough[]
}

/**
 * The reminders due at `nowMs`. Soonest first, so the walk ends at the first reminder not yet due: it
 * costs what is due, not the board. While a source is unchanged since the last check (`last`, by its
 * place in `sources`), only what came due after that check is read, beside what it found and could not
 * show (a wait of a minute reads one or two reminders, not every overdue one). `shownFor`: the due time
 * each task was last shown for.
 */
export function readDue(
  sources: readonly ReminderSource[],
  last: ReadonlyArray<ReadThrough | undefined>,
  shownFor: ReadonlyMap<string, string>,
  nowMs: number,
): DueRead {
  const dueBySource: DueReminder[][] = []
  let nextDueMs: number | undefined
  const versions = sources.map((source) => source.version)
  let anyChanged = false
  for (const [place, source] of sources.entries()) {
    const before = last[place]
    const unchanged = before !== undefined && before.version === versions[place] && before.throughMs <= nowMs
    if (!unchanged) anyChanged = true
    const found: DueReminder[] = []
    for (const reminder of unchanged ? source.after(before.throughMs) : source.soonestFirst) {
      if (reminder.dueMs > nowMs) {
        if (nextDueMs === undefined || reminder.dueMs < nextDueMs) nextDueMs = reminder.dueMs
        break
      }
      if (shownFor.get(reminder.task.id) !== effectiveDue(reminder.task)) found.push(reminder)
    }
    dueBySource.push(unchanged && before.unshown.length > 0 ? before.unshown.concat(found) : found)
  }
  return {
    due: dueBySource.length === 1 ? dueBySource[0]! : ([] as DueReminder[]).concat(...dueBySource),
    nextDueMs,
    anyChanged,
    readThrough: (shown) =>
      versions.map((version, place) => ({ version, throughMs: nowMs, unshown: shown ? [] : dueBySource[place]! })),
  }
}
