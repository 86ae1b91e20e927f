import type { FollowUpItem, FollowUpList } from '../../../shared/api/contract'
import type { FollowUpTask, Interview } from '../../../shared/domain/interview'
import { effectiveDue } from '../../../shared/workflow/task-state'
import { instantToWallTime, wallTimeToInstant } from '../../../shared/workflow/time-zone'
import { dayOf } from '../../../shared/workflow/wall-time'

interface Candidate {
  interview: Interview
  task: FollowUpTask
  dueMs: number
}

function itemOf({ interview, task, dueMs }: Candidate): FollowUpItem {
  return {
    interviewId: interview.id,
    company: interview.company,
    role: interview.role,
    stage: interview.stage,
    timeZone: interview.timeZone,
    task,
    dueAt: new Date(dueMs).toISOString(),
  }
}

const byDue = (a: Candidate, b: Candidate) => a.dueMs - b.dueMs

/**
 * The open follow-ups of the interviews on the board (not archived) that are due by the end of today,
 * "today" being the date on each interview's own clock, earliest first; and the first one after today.
 */
export function listFollowUps(interviews: Iterable<Interview>, now: Date, limit: number): FollowUpList {
  const todayByZone = new Map<string, string>()
  const today = (timeZone: string) => {
    let day = todayByZone.get(timeZone)
    if (day === undefined) {
      day = dayOf(instantToWallTime(now, timeZone))
      todayByZone.set(timeZone, day)
    }
    return day
  }

  // Converting a wall time costs tens of microseconds and a large board repeats the same due times often.
  const instants = new Map<string, number>()
  const instantOf = (wall: string, timeZone: string) => {
    const key = `${timeZone} ${wall}`
    let ms = instants.get(key)
    if (ms === undefined) {
      ms = wallTimeToInstant(wall, timeZone).getTime()
      instants.set(key, ms)
    }
    return ms
  }

  const dueToday: Candidate[] = []
  // Later tasks compare as wall times within a zone; only each zone's earliest needs converting to an instant.
  const laterByZone = new Map<string, { interview: Interview; task: FollowUpTask; due: string }>()
  for (const interview of interviews) {
    if (interview.archived) continue
    const { timeZone } = interview
    for (const task of interview.tasks) {
      if (task.status !== 'open') continue
      const due = effectiveDue(task)
      if (dayOf(due) <= today(timeZone)) {
        dueToday.push({ interview, task, dueMs: instantOf(due, timeZone) })
        continue
      }
      // Wall times are fixed-width ("YYYY-MM-DDTHH:mm", seconds optional), so text order is time order.
      const earliest = laterByZone.get(timeZone)
      if (!earliest || due < earliest.due) laterByZone.set(timeZone, { interview, task, due })
    }
  }
  const next = [...laterByZone.values()]
    .map(({ interview, task, due }) => ({ interview, task, dueMs: instantOf(due, interview.timeZone) }))
    .sort(byDue)[0]
  dueToday.sort(byDue)
  const nowMs = now.getTime()
  return {
    asOf: now.toISOString(),
    items: dueToday.slice(0, limit).map(itemOf),
    total: dueToday.length,
    dueNow: dueToday.filter((candidate) => candidate.dueMs <= nowMs).length,
    next: next ? itemOf(next) : null,
  }
}
