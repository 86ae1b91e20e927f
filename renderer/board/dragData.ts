import type { StageId } from '../../shared/domain/stages'

/** The data pragmatic-drag-and-drop carries for the board's draggables and drop targets. */

export type ColumnId = StageId | 'archived'

export interface CardDragData {
  [key: string | symbol]: unknown
  type: 'card'
  id: string
  stage: StageId
}

export interface ColumnDropData {
  [key: string | symbol]: unknown
  type: 'column'
  column: ColumnId
}

export function cardDragData(id: string, stage: StageId): CardDragData {
  return { type: 'card', id, stage }
}

export function columnDropData(column: ColumnId): ColumnDropData {
  return { type: 'column', column }
}

export function isCardDrag(data: Record<string | symbol, unknown>): data is CardDragData {
  return data.type === 'card' && typeof data.id === 'string'
}

export function isColumnDrop(data: Record<string | symbol, unknown>): data is ColumnDropData {
  return data.type === 'column'
}
