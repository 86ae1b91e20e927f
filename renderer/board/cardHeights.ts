import { measureElement, type Virtualizer } from '@tanstack/react-virtual'
import { CARD_HEIGHT } from '../ui/cardElement'

/**
 * The height each card had when last measured, by interview id, in whichever column showed it. A card
 * moved to another column takes its place there at the height it had, so nothing has to be measured
 * while React commits the move.
 */
export type CardHeights = Map<string, number>

type ColumnVirtualizer = Virtualizer<HTMLDivElement, Element>

/** Where a card not measured yet is placed: its height in another column, else the usual card's. */
export function cardEstimate(heights: CardHeights, id: string | undefined): number {
  return (id !== undefined && heights.get(id)) || CARD_HEIGHT
}

/**
 * The virtualizer's `measureElement`. A card is measured only by the ResizeObserver, which reports
 * after the frame's own layout, where reading sizes costs nothing, and the virtualizer places the cards
 * below it again (the layout e2e test checks the first painted frame). Asked while React attaches a
 * card, it answers what it knows instead of reading `offsetHeight`, which would make the browser lay the
 * whole page out in the middle of the commit (at 10,000 cards, in a trace of one move, a layout of 10–15 ms).
 */
export function measureCard(heights: CardHeights) {
  return (element: Element, entry: ResizeObserverEntry | undefined, instance: ColumnVirtualizer): number => {
    const index = instance.indexFromElement(element)
    const id = String(instance.options.getItemKey(index))
    if (!entry) return instance.itemSizeCache.get(id) ?? cardEstimate(heights, id)
    const height = measureElement(element, entry, instance)
    heights.set(id, height)
    return height
  }
}
