import type { MouseEvent } from 'react'

/**
 * The second click of a double click, which a follow-up's Done or Skip ignores: the click before took
 * its row away in a few milliseconds, and the next row's button, the same size, sits where it was
 * when the second click lands (Today's list, an interview's Next).
 */
export function isRepeatClick(event: MouseEvent): boolean {
  return event.detail > 1
}
