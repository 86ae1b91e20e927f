import { useSyncExternalStore } from 'react'

/** Whether the window matches a CSS media query now, kept current as it changes (a resize, a zoom). */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (changed) => {
      const list = window.matchMedia(query)
      list.addEventListener('change', changed)
      return () => list.removeEventListener('change', changed)
    },
    () => window.matchMedia(query).matches,
  )
}
