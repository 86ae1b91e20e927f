import type { Rect, Virtualizer } from '@tanstack/react-virtual'

/**
 * The column's size for its virtualizer, from a ResizeObserver alone. The virtualizer's own observer
 * also reads the size the moment a column mounts, which makes the browser lay the page out there and
 * then, once per column, in the middle of the board's first render (eight forced layouts before the
 * first cards could paint). A ResizeObserver reports after the frame's own layout instead; until its
 * first report the virtualizer works from its initialRect.
 */
export function observeColumnRect(instance: Virtualizer<HTMLDivElement, Element>, report: (rect: Rect) => void) {
  const element = instance.scrollElement
  if (!element || typeof ResizeObserver === 'undefined') return
  // Read inside the observer's callback, the layout is fresh, so reading it costs nothing.
  const observer = new ResizeObserver(() => report({ width: element.clientWidth, height: element.clientHeight }))
  observer.observe(element)
  return () => observer.disconnect()
}
