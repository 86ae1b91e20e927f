/** Long enough for a view's code to load on a slow start; a keyboard shortcut answered later would surprise. */
const MOST_WAIT_MS = 3000

/**
 * Puts the keyboard on the element with this id as soon as it is on the page: a view a shortcut shows
 * may only now be loading its code, so one frame later (what the shortcuts waited) it was often not
 * there yet, and the keyboard stayed on the board behind it. Not if the user has moved the keyboard
 * meanwhile; given up after a few seconds.
 */
export function focusWhenShown(id: string): void {
  const from = document.activeElement
  const moved = () => document.activeElement !== from && document.activeElement !== document.body
  const attempt = (): boolean => {
    if (moved()) return true
    const element = document.getElementById(id)
    if (!element) return false
    element.focus()
    return true
  }
  if (attempt()) return
  const observer = new MutationObserver(() => {
    if (attempt()) stop()
  })
  const timer = setTimeout(() => stop(), MOST_WAIT_MS)
  const stop = () => {
    observer.disconnect()
    clearTimeout(timer)
  }
  observer.observe(document.body, { childList: true, subtree: true })
}
