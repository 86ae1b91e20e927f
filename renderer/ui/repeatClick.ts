import type { MouseEvent } from 'react'

/**
 * The second click of a double click, which a follow-up's Done or Skip ignores: the click before took
 * its row away in a few milliseconds, and the next row's button, the same size, sits where it was
 * when the second click lands (Today's list, an interview's Next).
 */
export function isRepeatClick(event: MouseEvent): boolean {
  return event.detail > 1
}

const SECOND_CLICK_TYPES = ['mousedown', 'mouseup', 'click', 'dblclick'] as const

/**
 * Swallows, once, the second press of a double click begun on something that a single click replaced
 * (a card, which opens its interview in the board's place): it landed on the view that came, selecting
 * Next's text across the panel, or pressing the button that now sat under the pointer (a screenshot of a
 * card opened by a double click, as desktop habit opens things). Chromium's double-click time is 500 ms.
 */
export function swallowSecondClick(withinMs = 500): void {
  const swallow = (event: Event) => {
    if ((event as globalThis.MouseEvent).detail < 2) return
    event.preventDefault()
    event.stopPropagation()
  }
  for (const type of SECOND_CLICK_TYPES) window.addEventListener(type, swallow, { capture: true })
  setTimeout(() => {
    for (const type of SECOND_CLICK_TYPES) window.removeEventListener(type, swallow, { capture: true })
  }, withinMs)
}
