import type { Interview } from '../../shared/domain/interview'
import { stageLabel } from '../../shared/domain/stages'
import { messageOf } from '../services/dataStore'
import type { Services } from '../services/services'
import { interviewTabKey } from '../services/workbenchModel'
import { stepHistory } from '../commands/history'
import { isInPlace, keyboardPlacement, provisionalOrder, type Placement } from './placement'

/** What the board does to cards, for its drag and drop, its menus, its keys and the command palette. */

export type MoveDirection = 'up' | 'down' | 'next' | 'previous'

function findCard({ data }: Services, id: string): Interview | undefined {
  return data.interviewById(id) ?? data.state.archived?.find((interview) => interview.id === id)
}

/** The card the board's commands act on, or a message that says how to pick one. */
export function selectedCard(services: Services): Interview {
  const id = services.board.state.selectedId
  const card = id ? services.data.interviewById(id) : undefined
  if (!card) throw new Error('Select a card on the board first: click it, or move to it with Tab.')
  return card
}

function positionText(services: Services, card: Interview, placement: Placement): string {
  const column = services.board.fullIn(placement.stage).filter((each) => each.id !== card.id)
  const index = placement.beforeId ? column.findIndex((each) => each.id === placement.beforeId) : column.length
  return `position ${index + 1} of ${column.length + 1}`
}

/**
 * Moves a card with one contract call; the board shows the move at once and the host's answer (its
 * order key, and the tasks an outcome stage adds) replaces it. `focus`: keep the keyboard on the card.
 */
export async function moveCard(
  services: Services,
  card: Interview,
  placement: Placement,
  { focus }: { focus: boolean },
): Promise<void> {
  const { board, client, data, notifications } = services
  if (isInPlace(board.fullIn(placement.stage), card, placement)) return
  const order = provisionalOrder(board.fullIn(placement.stage), card.id, placement)
  const where =
    placement.stage === card.stage
      ? `Moved ${card.company} to ${positionText(services, card, placement)} in ${stageLabel(placement.stage)}`
      : `Moved ${card.company} to ${stageLabel(placement.stage)}, ${positionText(services, card, placement)}`
  if (focus) board.requestFocus(card.id)
  try {
    await data.change(order ? { ...card, stage: placement.stage, order } : null, card.id, () =>
      client.moveInterview({ id: card.id, ...placement }),
    )
    board.announce(`${where}.`)
  } catch (error) {
    const message = `Could not move ${card.company}: ${messageOf(error)}`
    board.announce(message)
    notifications.show(message)
  }
}

export function moveCardStep(services: Services, card: Interview, direction: MoveDirection): Promise<void> {
  const { board } = services
  const placement = keyboardPlacement(
    card,
    (stage) => board.visibleIn(stage),
    (stage) => board.fullIn(stage),
    direction,
  )
  if (!placement) {
    const edge = { up: 'at the top of its column', down: 'at the bottom of its column' }
    const text =
      direction === 'up' || direction === 'down'
        ? `${card.company} is already ${edge[direction]}.`
        : `${card.company} is already in the ${direction === 'next' ? 'last' : 'first'} stage.`
    board.announce(text)
    board.requestFocus(card.id)
    return Promise.resolve()
  }
  return moveCard(services, card, placement, { focus: true })
}

/** "Move to…": to the top of the chosen stage, where the user will look for it. */
export function moveCardToStage(services: Services, card: Interview, stage: Interview['stage']): Promise<void> {
  const first = services.board.fullIn(stage).find((each) => each.id !== card.id)
  return moveCard(services, card, first ? { stage, beforeId: first.id } : { stage }, { focus: true })
}

export async function setCardArchived(services: Services, id: string, archived: boolean): Promise<void> {
  const { board, client, data, notifications } = services
  const card = findCard(services, id)
  if (!card) return
  const verb = archived ? 'Archived' : 'Restored'
  try {
    await data.change({ ...card, archived }, id, () => client.setArchived({ id, archived }))
    board.announce(`${verb} ${card.company}.`)
    notifications.show(`${verb} ${card.company}.`)
  } catch (error) {
    notifications.show(`Could not ${archived ? 'archive' : 'restore'} ${card.company}: ${messageOf(error)}`)
  }
}

export async function deleteCard(services: Services, id: string): Promise<void> {
  const { board, client, data, notifications, workbench } = services
  const card = findCard(services, id)
  if (!card) return
  try {
    await data.change(null, id, async () => {
      await client.deleteInterview({ id })
      return null
    })
    workbench.close(interviewTabKey(id), { force: true })
    board.announce(`Deleted ${card.company}.`)
    notifications.show(`Deleted ${card.company}.`, {
      label: 'Undo',
      run: () =>
        void stepHistory(services, 'undo').catch((undoError: unknown) => notifications.show(messageOf(undoError))),
    })
  } catch (error) {
    notifications.show(`Could not delete ${card.company}: ${messageOf(error)}`)
  }
}
