import type { KeyboardEvent } from 'react'

/**
 * Keyboard for a popup menu, as in VS Code: arrows move between its items (wrapping), Home and End
 * jump to the ends, and Escape or Tab close it, `close` putting focus back where the menu came from.
 */
export function onMenuKeyDown(event: KeyboardEvent<HTMLElement>, close: () => void): void {
  const items = menuItems(event.currentTarget)
  const index = items.indexOf(document.activeElement as HTMLElement)
  const target = {
    ArrowDown: items[(index + 1) % items.length],
    ArrowUp: items[(index - 1 + items.length) % items.length],
    Home: items[0],
    End: items[items.length - 1],
  }[event.key]
  if (target) {
    event.preventDefault()
    target.focus()
  } else if (event.key === 'Escape' || event.key === 'Tab') {
    event.preventDefault()
    close()
  }
}

/** The menu's items that are shown (plain and checkbox items alike), in order: a hidden one cannot take focus. */
export function menuItems(menu: HTMLElement): HTMLElement[] {
  return [...menu.querySelectorAll<HTMLElement>('[role^="menuitem"]')].filter(
    (item) => item.getClientRects().length > 0,
  )
}
