import { randomUUID } from 'node:crypto'
import { addHours } from 'date-fns'
import { ApiError } from '../../../shared/api/errors'
import type { FollowUpTask, Interview } from '../../../shared/domain/interview'
import type { Preferences } from '../../../shared/domain/settings'
import {
  instantToWallTime,
  isOutcomeStep,
  regenerateTasks,
  sortByDue,
  wallTimeToInstant,
} from '../../../shared/workflow'
import { interviewEnd, replyDeadline } from '../../../shared/workflow/due-times'
import { outsideQuietHours } from '../../../shared/workflow/quiet-hours'
import { compareWall, dayOf, wallAt, type WallDateTime } from '../../../shared/workflow/wall-time'
import type { Batch, ReplannedTasks } from '../interviews/interview-state'

/** The preferences that follow-up due times are computed from (shared/workflow/due-times.ts). */
const TIMING_KEYS = ['workingHours', 'lunch', 'fewDays', 'businessDays', 'replyWithinHours', 'quietHours'] as const

export function changesTimings(before: Preferences, after: Preferences): boolean {
  return TIMING_KEYS.some((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]))
}

/**
 * An outcome task counts from when the outcome came in, which is not stored: it is worked back from
 * the due time the old preferences gave, then forward with the new ones.
 */
function outcomeDue(task: FollowUpTask, timeZone: string, before: Preferences, after: Preferences): WallDateTime {
  if (task.kind === 'reply-quickly') {
    const cameIn = addHours(wallTimeToInstant(task.due, timeZone), -before.replyWithinHours)
    return replyDeadline(cameIn, timeZone, after)
  }
  // Thanking after a rejection is due at the end of the next working day: the day stays, the hour follows.
  return wallAt(dayOf(task.due), after.workingHours.end)
}

/**
 * One interview's follow-ups under new timings, or null when none moves. As after an edit
 * (shared/workflow/regenerate.ts), done and dismissed tasks stay as they are and snoozes are kept.
 * An open task whose due time has already passed keeps it: its reminder has come, and moving it
 * would either show it a second time or pretend it is not late. The rest follow the new timings.
 * `nowThere` is the present on the interview's clock.
 */
function replanTasks(
  interview: Interview,
  before: Preferences,
  after: Preferences,
  now: Date,
  nowThere: WallDateTime,
  userZone: string,
  newId: () => string,
): FollowUpTask[] | null {
  const isToCome = (task: FollowUpTask) => task.status === 'open' && compareWall(task.due, nowThere) > 0
  // Most of a long search lies in the past: an interview with nothing still to come has nothing to move.
  if (!interview.tasks.some(isToCome)) return null
  const previous = new Map(interview.tasks.map((task) => [task.id, task]))
  const regenerated = regenerateTasks(interview.tasks, interview, after, { newId, now, userZone })
  const tasks = sortByDue(
    regenerated.map((task) => {
      const was = previous.get(task.id)
      if (was?.status !== 'open') return task
      if (!isToCome(was)) return { ...task, due: was.due }
      if (isOutcomeStep(task)) {
        const due = outcomeDue(was, interview.timeZone, before, after)
        return {
          ...task,
          due: outsideQuietHours(due, interview.timeZone, userZone, after.quietHours, interviewEnd(interview)),
        }
      }
      return task
    }),
  )
  return JSON.stringify(tasks) === JSON.stringify(interview.tasks) ? null : tasks
}

/** Every interview whose follow-ups move, archived ones included, so the data agrees with the settings. */
export function replanInterviews(
  interviews: Iterable<Interview>,
  before: Preferences,
  after: Preferences,
  now: Date,
  userZone: string,
  newId: () => string = randomUUID,
): ReplannedTasks[] {
  // The present on each zone's clock, worked out once per zone rather than once per interview.
  const nowByZone = new Map<string, WallDateTime>()
  const nowIn = (timeZone: string) => {
    let wall = nowByZone.get(timeZone)
    if (wall === undefined) {
      wall = instantToWallTime(now, timeZone)
      nowByZone.set(timeZone, wall)
    }
    return wall
  }
  const replanned: ReplannedTasks[] = []
  for (const interview of interviews) {
    const tasks = replanTasks(interview, before, after, now, nowIn(interview.timeZone), userZone, newId)
    if (tasks) replanned.push({ id: interview.id, tasks })
  }
  return replanned
}

/** What a change of preferences needs of the running host; call it inside the host's queue. */
export interface PreferenceAccess {
  current(): Preferences
  /** Writes the preferences to settings.json and makes them the ones in use. */
  save(preferences: Preferences): void
  interviews(): Iterable<Interview>
  now(): Date
  /** The user's clock, whose quiet hours no follow-up falls in. */
  readonly timeZone: string
  /** Journals the batch as one durable line, then writes its preferences and tells every window. */
  commitBatch(batch: Batch): Promise<void>
}

/**
 * Saves the preferences and, when the timings changed, moves the open follow-ups to match, as one
 * journaled unit: the line holding the new preferences and every moved follow-up is written first,
 * then settings.json. A kill in between is finished at the next start (the journal's line is a redo
 * record), so settings and due times always agree. If the line cannot be written, nothing changes.
 */
export async function changePreferences(access: PreferenceAccess, next: Preferences): Promise<Preferences> {
  const before = access.current()
  if (!changesTimings(before, next)) {
    access.save(next)
    return next
  }
  const replanned = replanInterviews(access.interviews(), before, next, access.now(), access.timeZone)
  try {
    await access.commitBatch({
      parts: replanned.length > 0 ? [{ op: 'replan', interviews: replanned }] : [],
      preferences: { before, after: next },
    })
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new ApiError({ code: 'storage', message: `${reason} Your settings were left as they were.` })
  }
  return next
}
