import { instantToWallTime, wallTimeToInstant } from '../../../../shared/workflow/time-zone'
import { addCalendarDays, dayOf, timeOf, wallAt } from '../../../../shared/workflow/wall-time'

/** A daily stretch without notifications, in the user's own zone; `start` after `end` runs overnight. */
export interface QuietHours {
  start: string
  end: string
}

/**
 * When the quiet hours around `now` end, or undefined when `now` is outside them. Equal start and end
 * mean no quiet hours at all.
 */
export function quietHoursEnd(quiet: QuietHours | null | undefined, now: Date, timeZone: string): Date | undefined {
  if (!quiet || quiet.start === quiet.end) return undefined
  const wall = instantToWallTime(now, timeZone)
  const time = timeOf(wall)
  const today = dayOf(wall)
  // Zero-padded times of day order correctly as text.
  if (quiet.start < quiet.end) {
    return time >= quiet.start && time < quiet.end ? wallTimeToInstant(wallAt(today, quiet.end), timeZone) : undefined
  }
  if (time >= quiet.start) return wallTimeToInstant(wallAt(addCalendarDays(today, 1), quiet.end), timeZone)
  if (time < quiet.end) return wallTimeToInstant(wallAt(today, quiet.end), timeZone)
  return undefined
}
