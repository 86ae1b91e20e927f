import { setImmediate } from 'node:timers/promises'
import { ApiError } from '../../../shared/api/errors'
import { IcsWriter, type CalendarFollowUp } from '../../../shared/messages/calendar'
import type { DownloadFile } from '../backup/downloads'

/** Follow-ups written between two turns of the host's loop: a few milliseconds of work. */
const SLICE = 500

/**
 * The open follow-ups of the interviews on the board as one iCalendar file, to import into any
 * calendar app, soonest first (read from the open-task index, so archived interviews' leftovers stay
 * out). Written a slice at a time as its door sends it (backup/downloads.ts), letting the host answer
 * other requests in between: at 50,000 interviews the file is tens of MB, and no window should wait
 * for it nor the host hold it whole.
 */
export function exportCalendar(open: readonly CalendarFollowUp[], now: Date): DownloadFile {
  if (!open.some((item) => item.task.status === 'open')) {
    throw new ApiError({
      code: 'not-found',
      message: 'There are no open follow-ups to export: every follow-up on the board is done or dismissed.',
    })
  }
  // A copy: changes made between slices must not shift the list being written.
  const items = [...open]
  return {
    fileName: `debrief-follow-ups-${now.toISOString().slice(0, 10)}.ics`,
    contentType: 'text/calendar; charset=utf-8',
    async *pieces() {
      const writer = new IcsWriter(now)
      for (let start = 0; start < items.length; start += SLICE) {
        writer.add(items.slice(start, start + SLICE))
        yield writer.take()
        await setImmediate()
      }
      yield writer.finish()
    },
  }
}
