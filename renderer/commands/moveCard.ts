import { STAGES } from '../../shared/domain/stages'
import { moveCardStep, moveCardToStage, selectedCard, type MoveDirection } from '../board/boardActions'
import { isCard } from '../board/cardElement'
import type { Command } from './command'

function stepCommand(direction: MoveDirection, title: string, keybinding: string): Command {
  return {
    id: `board.moveCard.${direction}`,
    category: 'Board',
    title,
    keybinding,
    // Alt+Arrow moves the focused card; in a text field it stays the field's.
    keybindingScope: isCard,
    run: (services) => moveCardStep(services, selectedCard(services), direction),
  }
}

export const moveCardToNextStage = stepCommand('next', 'Move card to the next stage', 'Alt+ArrowRight')
export const moveCardToPreviousStage = stepCommand('previous', 'Move card to the previous stage', 'Alt+ArrowLeft')
export const moveCardUp = stepCommand('up', 'Move card up', 'Alt+ArrowUp')
export const moveCardDown = stepCommand('down', 'Move card down', 'Alt+ArrowDown')

/** "Move to…" in the palette: one entry per stage, so typing "move to offer" finds it. */
export const moveCardToStageCommands: readonly Command[] = STAGES.map((stage) => ({
  id: `board.moveCardTo.${stage.id}`,
  category: 'Board',
  title: `Move card to… ${stage.label}`,
  run: (services) => moveCardToStage(services, selectedCard(services), stage.id),
}))
