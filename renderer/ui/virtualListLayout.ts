import type { Rect, Virtualizer } from '@tanstack/react-virtual'

type ListVirtualizer = Virtualizer<HTMLDivElement, Element>

/**
 * A virtualised list's size (a board column, the side bar's interviews) from a ResizeObserver alone. The virtualizer's own observer also reads the size the
 * moment a list mounts, which makes the browser lay the page out there and then, once per list, in the
 * middle of the board's first render (eight forced layouts before the first cards could paint). A
 * ResizeObserver reports after the frame's own layout instead; until its first report the virtualizer
 * works from its initialRect.
 */
export function observeRectAfterLayout(instance: ListVirtualizer, report: (rect: Rect) => void) {
  const element = instance.scrollElement
  if (!element || typeof ResizeObserver === 'undefined') return
  // Read inside the observer's callback, the layout is fresh, so reading it costs nothing.
  const observer = new ResizeObserver(() => report({ width: element.clientWidth, height: element.clientHeight }))
  observer.observe(element)
  return () => observer.disconnect()
}
