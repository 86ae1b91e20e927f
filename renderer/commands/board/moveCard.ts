import { STAGES, type StageId } from '../../../shared/domain/stages'
import {
  moveCardStep,
  moveCardToStage,
  selectedCard as selectedCardOnBoard,
  selectedCardName,
  type MoveDirection,
} from '../../board/boardActions'
import { ActionRefused } from '../../services/notificationsModel'
import { isCard } from '../../ui/cardElement'
import type { Command } from '../command'
import { onSomeCard } from './noInterviews'

/** The card the moves act on, or why there is none. */
const selectedCard = onSomeCard(selectedCardOnBoard)

function stepCommand(direction: MoveDirection, title: string, keybinding: string): Command {
  return {
    id: `board.moveCard.${direction}`,
    category: 'Board',
    title,
    keybinding,
    // Alt+Arrow moves the focused card; in a text field it stays the field's.
    keybindingScope: isCard,
    subject: selectedCardName,
    run: async (services) => {
      await moveCardStep(services, selectedCard(services), direction)
    },
  }
}

export const moveCardToNextStage = stepCommand('next', 'Move card to the next stage', 'Alt+ArrowRight')
export const moveCardToPreviousStage = stepCommand('previous', 'Move card to the previous stage', 'Alt+ArrowLeft')
export const moveCardUp = stepCommand('up', 'Move card up', 'Alt+ArrowUp')
export const moveCardDown = stepCommand('down', 'Move card down', 'Alt+ArrowDown')

/**
 * "Move card to…": one palette entry, then the stages in the same palette, for the card focused on the
 * board or the interview whose tab is showing.
 */
export const moveCardTo: Command = {
  id: 'board.moveCardTo',
  category: 'Board',
  title: 'Move card to…',
  subject: selectedCardName,
  // Nothing to move: refused before the palette opens (runCommand says why).
  run: (services) => {
    selectedCard(services)
    services.workbench.setPaletteOpen(true, 'board.moveCardTo')
  },
  pick: (services) => {
    const card = selectedCard(services)
    return {
      placeholder: `Move ${card.company} to…`,
      items: STAGES.filter((stage) => stage.id !== card.stage).map((stage) => ({ id: stage.id, label: stage.label })),
      accept: async (stage) => {
        const { data, workbench } = services
        // The card as it is now: the host may have changed it while the palette was open.
        const current = data.interviewById(card.id)
        if (!current) throw new ActionRefused(`${card.company} is no longer on the board.`)
        const onBoard = workbench.state.activeKey === 'board'
        // The board's announcement is not heard while another tab shows: a notice says it.
        await moveCardToStage(services, current, stage as StageId, { focus: onBoard, sayMoved: !onBoard })
      },
    }
  },
}
