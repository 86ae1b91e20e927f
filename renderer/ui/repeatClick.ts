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
/** How far from the first press a double click's second one lands, in CSS pixels: a few at most. */
const SAME_PLACE_PX = 5

/**
 * Swallows the second press of a double click begun on something that a single click replaced (a card,
 * which opens its interview in the board's place): it landed on the view that came, selecting Next's
 * text across the panel, or pressing the button that now sat under the pointer (a screenshot of a card
 * opened by a double click, as desktop habit opens things). Only that press, where the first one was,
 * within the usual double-click time (500 ms): a double click begun elsewhere (the new tab's, to keep
 * it) is the user's own. `onDoubleClick`: what the double click means instead (keeping the tab it opened).
 */
export function swallowSecondClick(
  first: { clientX: number; clientY: number },
  onDoubleClick: () => void,
  withinMs = 500,
): void {
  const swallow = (event: Event) => {
    const { detail, clientX, clientY } = event as globalThis.MouseEvent
    const samePlace = Math.hypot(clientX - first.clientX, clientY - first.clientY) <= SAME_PLACE_PX
    if (detail < 2 || !samePlace) return
    event.preventDefault()
    event.stopPropagation()
    if (event.type === 'dblclick') onDoubleClick()
  }
  for (const type of SECOND_CLICK_TYPES) window.addEventListener(type, swallow, { capture: true })
  setTimeout(() => {
    for (const type of SECOND_CLICK_TYPES) window.removeEventListener(type, swallow, { capture: true })
  }, withinMs)
}
