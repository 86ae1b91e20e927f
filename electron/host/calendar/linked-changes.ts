import type { HistoryEntry, Interview } from '../../../shared/domain/interview'
import { instantToWallTime } from '../../../shared/workflow/time-zone'
import { updateChange, type TaskPlanner } from '../interviews/interview-changes'
import type { LinkedEventChange } from './calendar-center'

/**
 * What a calendar change does to the interviews that came from it. A moved event moves the interview
 * (its follow-ups follow), in the undo history like any edit, unless the user has set another time
 * themselves; a cancelled or deleted event is told, and the interview stays as the user left it.
 */

export interface LinkedChangesOutcome {
  entries: HistoryEntry[]
  notices: string[]
}

function whenText(interview: Pick<Interview, 'date' | 'time' | 'timeZone'>): string {
  return `${interview.date} ${interview.time} (${interview.timeZone})`
}

export function linkedChanges(
  changes: readonly LinkedEventChange[],
  find: (id: string) => Interview | undefined,
  now: Date,
  planner: TaskPlanner,
): LinkedChangesOutcome {
  const outcome: LinkedChangesOutcome = { entries: [], notices: [] }
  for (const { link, event } of changes) {
    const interview = find(link.interviewId)
    if (!interview) continue
    if (!event || event.cancelled) {
      if (!link.cancelled) {
        outcome.notices.push(
          `Your calendar no longer has the interview at ${interview.company} on ${whenText(interview)}: it was ` +
            'cancelled or deleted there. The interview and your notes stay in Debrief.',
        )
      }
      continue
    }
    if (event.start === link.start) continue
    const wasAt = instantToWallTime(new Date(link.start), interview.timeZone).slice(0, 16)
    const movedTo = instantToWallTime(new Date(event.start), interview.timeZone).slice(0, 16)
    if (`${interview.date}T${interview.time}` !== wasAt) {
      outcome.notices.push(
        `Your calendar moved the interview at ${interview.company} to ${movedTo.replace('T', ' ')}; ` +
          `it keeps ${whenText(interview)}, the time you set yourself.`,
      )
      continue
    }
    const moved = { ...interview, date: movedTo.slice(0, 10), time: movedTo.slice(11, 16) }
    const entry = updateChange(interview, moved, now, planner)
    if (!entry) continue
    const label = `Calendar moved ${interview.company} from ${whenText(interview)} to ${whenText(moved)}`
    outcome.entries.push({ ...entry, label })
    outcome.notices.push(`${label}.`)
  }
  return outcome
}
