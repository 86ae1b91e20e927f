import { ApiError } from '../../../shared/api/errors'
import { IcsWriter, type CalendarFollowUp } from '../../../shared/messages/calendar'
import type { CallWindowPreferences } from '../../../shared/workflow/call-windows'
import { textInPieces, type DownloadFile } from '../backup/downloads'

/**
 * The open follow-ups of the interviews on the board as one iCalendar file, to import into any
 * calendar app, soonest first (read from the open-task index, so archived interviews' leftovers stay
 * out). Written in pieces of a few ms of work as its door sends it (backup/downloads.ts), letting the host answer
 * other requests in between: at 50,000 interviews the file is tens of MB, and no window should wait
 * for it nor the host hold it whole.
 */
export function exportCalendar(
  open: readonly CalendarFollowUp[],
  now: Date,
  hours: CallWindowPreferences,
): DownloadFile {
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
      const writer = new IcsWriter(now, hours)
      yield* textInPieces(items, (item) => {
        writer.add([item])
        return writer.take()
      })
      yield writer.finish()
    },
  }
}
