import type { MouseEvent } from 'react'

/**
 * A click handler that acts on a click but not on the second click of a double click: a follow-up's
 * Done or Skip takes its row away in a few milliseconds, and the next row's button, the same size,
 * sits where it was when the second click lands (Today's list, an interview's Next).
 */
export function firstClickOnly(act: () => void): (event: MouseEvent) => void {
  return (event) => {
    if (event.detail <= 1) act()
  }
}
