import { defaultRangeExtractor, type Range } from '@tanstack/react-virtual'
import { useCallback } from 'react'

/**
 * A virtualised list's range that also keeps the item at `index` rendered while it is scrolled out of
 * view (the card being dragged, the row that holds the keyboard); -1 keeps nothing more.
 */
export function useRangeKeeping(index: number): (range: Range) => number[] {
  return useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range)
      return index < 0 || indexes.includes(index) ? indexes : [...indexes, index].sort((a, b) => a - b)
    },
    [index],
  )
}
