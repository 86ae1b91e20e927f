import { ApiError } from '../../../shared/api/errors'
import type { Interview } from '../../../shared/domain/interview'
import { followUpsToIcs, type CalendarFollowUp } from '../../../shared/messages/calendar'

/**
 * The open follow-ups of the interviews on the board as one iCalendar file, to import into any
 * calendar app. Archived interviews are finished with, so their leftovers stay out.
 */
export function exportCalendar(interviews: Iterable<Interview>, now: Date): { text: string; fileName: string } {
  const items: CalendarFollowUp[] = []
  for (const interview of interviews) {
    if (interview.archived) continue
    for (const task of interview.tasks) if (task.status === 'open') items.push({ interview, task })
  }
  if (items.length === 0) {
    throw new ApiError({
      code: 'not-found',
      message: 'There are no open follow-ups to export: every follow-up on the board is done or dismissed.',
    })
  }
  return {
    text: followUpsToIcs(items, { now }),
    fileName: `debrief-follow-ups-${now.toISOString().slice(0, 10)}.ics`,
  }
}
