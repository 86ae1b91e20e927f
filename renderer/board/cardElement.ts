/** How the board's cards are found in the page: by interview id, and as the focused element. */

export const cardId = (interviewId: string) => `card-${interviewId}`

export const CARD_ATTRIBUTE = 'data-card-id'

export function isCard(element: Element | null): boolean {
  return element instanceof HTMLElement && element.hasAttribute(CARD_ATTRIBUTE)
}
