import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react'

const MARGIN = 4

/**
 * Keeps a fixed-position popup next to the button that opened it: below it, left edges lined up, or
 * above when there is no room below; inside the window always, and following the button when a list scrolls.
 * A press anywhere else closes it. `shown` names what the popup shows (null: nothing), so a new content
 * is placed afresh. Returns the ref to give the popup.
 */
export function usePopup<T extends HTMLElement>(
  anchor: RefObject<HTMLElement | null>,
  shown: string | null,
  onOutsidePress: () => void,
): RefObject<T | null> {
  const popup = useRef<T>(null)
  useLayoutEffect(() => {
    if (shown === null) return
    const place = () => {
      const element = popup.current
      const button = anchor.current?.getBoundingClientRect()
      if (!element || !button) return
      const box = element.getBoundingClientRect()
      const below = button.bottom + 2
      const top = below + box.height <= window.innerHeight - MARGIN ? below : button.top - 2 - box.height
      // Left edges lined up, as a menu drops down from its button (Floating UI's bottom-start), then kept
      // in the window: lined up on the right, a menu wider than the space before its button was pushed
      // over the side bar (from the Next panel's snooze, found by a walkthrough).
      element.style.top = `${Math.max(MARGIN, top)}px`
      element.style.left = `${Math.max(MARGIN, Math.min(button.left, window.innerWidth - box.width - MARGIN))}px`
    }
    place()
    window.addEventListener('resize', place)
    window.addEventListener('scroll', place, true)
    return () => {
      window.removeEventListener('resize', place)
      window.removeEventListener('scroll', place, true)
    }
  }, [anchor, shown])

  useEffect(() => {
    if (shown === null) return
    const pressed = (event: PointerEvent) => {
      const target = event.target as Node
      if (!popup.current?.contains(target) && !anchor.current?.contains(target)) onOutsidePress()
    }
    window.addEventListener('pointerdown', pressed, true)
    return () => window.removeEventListener('pointerdown', pressed, true)
  }, [anchor, shown, onOutsidePress])
  return popup
}
