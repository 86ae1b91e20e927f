import type { Interview } from '../../shared/domain/interview'
import { STAGE_IDS } from '../../shared/domain/stages'
import type { BoardView } from '../services/boardModel'
import type { ColumnId } from './dragData'
import type { FocusMove } from './InterviewCard'

function columnsOf(view: BoardView, withArchive: boolean): Array<{ id: ColumnId; cards: readonly Interview[] }> {
  const stages = STAGE_IDS.map((id) => ({ id: id as ColumnId, cards: view.visible.get(id) ?? [] }))
  return withArchive ? [...stages, { id: 'archived', cards: view.archived }] : stages
}

/** The card the arrow keys go to from `card`: along its column, or to the same row of the nearest column with cards. */
export function neighbourCard(
  view: BoardView,
  withArchive: boolean,
  card: Interview,
  move: FocusMove,
): Interview | undefined {
  const columns = columnsOf(view, withArchive)
  const columnIndex = columns.findIndex((column) => column.id === (card.archived ? 'archived' : card.stage))
  const cards = columns[columnIndex]?.cards ?? []
  const row = cards.findIndex((each) => each.id === card.id)
  switch (move) {
    case 'up':
      return cards[row - 1]
    case 'down':
      return cards[row + 1]
    case 'first':
      return cards[0]
    case 'last':
      return cards.at(-1)
    case 'left':
    case 'right': {
      const step = move === 'left' ? -1 : 1
      for (let index = columnIndex + step; index >= 0 && index < columns.length; index += step) {
        const other = columns[index]!.cards
        if (other.length > 0) return other[Math.min(Math.max(row, 0), other.length - 1)]
      }
      return undefined
    }
  }
}
