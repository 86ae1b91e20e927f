import { setImmediate } from 'node:timers/promises'
import { ApiError } from '../../../shared/api/errors'
import { IcsWriter, type CalendarFollowUp } from '../../../shared/messages/calendar'

/** Follow-ups written between two turns of the host's loop: a few milliseconds of work. */
const SLICE = 500

/**
 * The open follow-ups of the interviews on the board as one iCalendar file, to import into any
 * calendar app, soonest first (read from the open-task index, so archived interviews' leftovers stay
 * out). Written a slice at a time, letting the host answer other requests in between: at 50,000
 * interviews the file takes seconds, and no window should wait that long for its next answer.
 */
export async function exportCalendar(
  open: readonly CalendarFollowUp[],
  now: Date,
): Promise<{ text: string; fileName: string }> {
  if (open.length === 0) {
    throw new ApiError({
      code: 'not-found',
      message: 'There are no open follow-ups to export: every follow-up on the board is done or dismissed.',
    })
  }
  // A copy: changes made between slices must not shift the list being written.
  const items = [...open]
  const writer = new IcsWriter(now)
  for (let start = 0; start < items.length; start += SLICE) {
    writer.add(items.slice(start, start + SLICE))
    await setImmediate()
  }
  return { text: writer.finish(), fileName: `debrief-follow-ups-${now.toISOString().slice(0, 10)}.ics` }
}
