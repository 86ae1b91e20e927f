import type { Command } from '../command'

/** How many frames the board is waited for: its tab renders a frame or more after it is chosen. */
const MOST_FRAMES_TO_WAIT = 60

/**
 * Whether the user has been at the page yet (something took the keyboard, or a click): on the body
 * after that, the keyboard was left there (a button that went, such as "None yet"), not never placed.
 */
let userWasHere = false
if (typeof document !== 'undefined') {
  const remember = () => {
    userWasHere = true
  }
  document.addEventListener('focusin', remember, { capture: true, once: true })
  document.addEventListener('pointerdown', remember, { capture: true, once: true })
}

/**
 * The board's one Tab stop (the card picked last, else the first in view), once the board is on show.
 * Ctrl+Shift+B left the keyboard on the Board tab, or on the interview's tab it came from, where Alt+→
 * switched tabs instead of moving a card (a walkthrough); and on the body where a button that went had
 * left it (a walkthrough). Only in a window just opened, the keyboard on nothing yet, is nothing picked
 * for the user.
 */
function focusBoardWhenShown(): void {
  const from = document.activeElement
  if (!from || (from === document.body && !userWasHere)) return
  let framesLeft = MOST_FRAMES_TO_WAIT
  const attempt = () => {
    const card = document.querySelector<HTMLElement>('.editor-panel:not([hidden]) .board [data-card-id][tabindex="0"]')
    if (card) card.focus()
    else if (framesLeft-- > 0) requestAnimationFrame(attempt)
  }
  requestAnimationFrame(attempt)
}

export const showBoard: Command = {
  id: 'board.show',
  category: 'View',
  title: 'Show board',
  keybinding: '$mod+Shift+KeyB',
  run: ({ workbench }) => {
    workbench.showBoard()
    focusBoardWhenShown()
  },
}
