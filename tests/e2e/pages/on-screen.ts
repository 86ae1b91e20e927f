import type { Locator } from 'playwright-core'

/**
 * Whether the user sees all of an element where it is now, without scrolling: inside the window, and
 * on top at each of its corners (not clipped by a container, not under another element). Playwright's
 * own checks scroll an element into view first, which a user cannot do for a clipped popup.
 */
export function isShownWhole(element: Locator): Promise<boolean> {
  return element.evaluate((target) => {
    const box = target.getBoundingClientRect()
    if (box.width === 0 || box.height === 0) return false
    if (box.left < 0 || box.top < 0 || box.right > innerWidth || box.bottom > innerHeight) return false
    const inset = 2
    const corners = [
      [box.left + inset, box.top + inset],
      [box.right - inset, box.top + inset],
      [box.left + inset, box.bottom - inset],
      [box.right - inset, box.bottom - inset],
    ] as const
    return corners.every(([x, y]) => {
      const hit = document.elementFromPoint(x, y)
      return hit !== null && target.contains(hit)
    })
  })
}
