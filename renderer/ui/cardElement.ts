/** How the board's cards are found in the page: by interview id, and as the focused element. */

export const cardId = (interviewId: string) => `card-${interviewId}`

export const CARD_ATTRIBUTE = 'data-card-id'

/**
 * A card's usual height, for placing cards before they are measured: each card is measured once
 * rendered (its height follows its text, so a long name, a large font or zoom never clips it).
 */
export const CARD_HEIGHT = 146
export const CARD_GAP = 8

/** How many cards a column shows at most in a window `height` px tall: the board's header and the column's take about 160. */
export function cardsInColumn(height: number): number {
  return Math.ceil(Math.max(0, height - 160) / (CARD_HEIGHT + CARD_GAP))
}

export function isCard(element: Element | null): boolean {
  return element instanceof HTMLElement && element.hasAttribute(CARD_ATTRIBUTE)
}
