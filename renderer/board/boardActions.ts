import type { Interview } from '../../shared/domain/interview'
import { stageLabel } from '../../shared/domain/stages'
import { tooEarlyText } from '../format/tooEarly'
import { movedText } from '../format/movedText'
import { setArchived } from '../services/archive'
import { messageOf } from '../services/dataStore'
import type { Services } from '../services/services'
import { interviewTabKey } from '../services/workbenchModel'
import { changeLeaving, undoOffer } from '../services/history'
import { ActionRefused } from '../services/notificationsModel'
import { cardId } from '../ui/cardElement'
import { revealFieldWhenShown } from '../ui/revealField'
import { neighbourCard } from './navigation'
import { isInPlace, keyboardPlacement, provisionalOrder, type Placement } from './placement'

/** What the board does to cards, for its drag and drop, its menus, its keys and the command palette. */

export type MoveDirection = 'up' | 'down' | 'next' | 'previous'

/** A card on the board or in the archive (when the archive has been loaded), by id. */
export function findCard({ data }: Services, id: string): Interview | undefined {
  return data.interviewById(id) ?? data.state.archived?.find((interview) => interview.id === id)
}

/**
 * The card the board's commands act on: the interview whose tab is showing, else the card focused last
 * on the board, archived ones included; or a message that says how to pick one.
 */
export function selectedAnyCard(services: Services): Interview {
  const { board, workbench } = services
  const tab = workbench.activeTab
  const id = tab?.kind === 'interview' ? tab.interviewId : board.state.selectedId
  const card = id ? findCard(services, id) : undefined
  if (card) return card
  if (tab?.kind === 'interview')
    throw new ActionRefused('This interview is archived: show the archive on the board to restore it.')
  // The board is one Tab stop and the arrow keys move between its cards: "move to it with Tab" led nowhere (a walkthrough).
  throw new ActionRefused(
    'Select a card on the board first: click it, or Tab to the board and move to it with the arrow keys.',
  )
}

/** The selected card (selectedAnyCard) for the commands that act on cards on the board: moves and Archive. */
export function selectedCard(services: Services): Interview {
  const card = selectedAnyCard(services)
  if (card.archived) throw new ActionRefused(`${card.company} is archived: restore it to the board first.`)
  return card
}

/** The selected card for Restore: an archived one. */
export function selectedArchivedCard(services: Services): Interview {
  const card = selectedAnyCard(services)
  if (!card.archived) throw new ActionRefused(`${card.company} is on the board: only an archived card can be restored.`)
  return card
}

/** For the palette: the company `pick` would act on now, or null when it would say why not. */
export function subjectOf(pick: (services: Services) => Interview): (services: Services) => string | null {
  return (services) => {
    try {
      return pick(services).company
    } catch {
      return null
    }
  }
}

/** The company of the card the board's moves and Archive would act on, for the palette. */
export const selectedCardName = subjectOf(selectedCard)

function releaseFocus(id: string): void {
  const element = document.getElementById(cardId(id))
  if (element && element === document.activeElement) element.blur()
}

function positionText(services: Services, card: Interview, placement: Placement): string {
  const column = services.board.fullIn(placement.stage).filter((each) => each.id !== card.id)
  const index = placement.beforeId ? column.findIndex((each) => each.id === placement.beforeId) : column.length
  return `position ${index + 1} of ${column.length + 1}`
}

/**
 * Moves a card with one contract call; the board shows the move at once and the host's answer (its
 * order key, and the tasks an outcome stage adds) replaces it. `focus`: keep the keyboard on the card.
 * A notice says a move to another column, naming the follow-ups it skipped or closed as sent (they went
 * from Today without a word, "10 to do" became "2 to do", a walkthrough), and a reorder when `sayMoved`
 * (no board in view to show it).
 * True once the host has made the move; false when there was nothing to move or it failed (said so).
 */
export async function moveCard(
  services: Services,
  card: Interview,
  placement: Placement,
  { focus, sayMoved = false }: { focus: boolean; sayMoved?: boolean },
): Promise<boolean> {
  const { board, client, data, notifications } = services
  if (isInPlace(board.fullIn(placement.stage), card, placement)) return false
  const tooEarly = placement.stage === card.stage ? null : tooEarlyText(card, placement.stage)
  if (tooEarly) {
    refuseTooEarly(services, card, tooEarly, focus)
    return false
  }
  const order = provisionalOrder(board.fullIn(placement.stage), card.id, placement)
  const where =
    placement.stage === card.stage
      ? `Moved ${card.company} to ${positionText(services, card, placement)} in ${stageLabel(placement.stage)}`
      : `Moved ${card.company} to ${stageLabel(placement.stage)}, ${positionText(services, card, placement)}`
  // Into another column the card's element is made anew. Let go of its focus now, while the page is laid
  // out: taken away with the element in the middle of React's commit, the blur makes the browser lay out
  // the whole page there and then. A keyboard move focuses the card's new element in that same commit.
  if (placement.stage !== card.stage) releaseFocus(card.id)
  if (focus) board.requestFocus(card.id)
  try {
    const moved = await data.change(order ? { ...card, stage: placement.stage, order } : null, card.id, () =>
      client.moveInterview({ id: card.id, ...placement }),
    )
    board.announce(`${where}.`)
    const across = placement.stage !== card.stage
    // Every move to another column is confirmed, with Undo: one that skipped nothing went by without a
    // word, while one that skipped something said so (two walkthroughs). A reorder shows itself.
    if (sayMoved || across) {
      const said = across
        ? movedText(card, data.interviewById(card.id), placement.stage)
        : `Moved ${card.company} to ${stageLabel(placement.stage)}.`
      notifications.done(said, undoOffer(services, changeLeaving(moved, card.id)))
    }
    return true
  } catch (error) {
    const message = `Could not move ${card.company}: ${messageOf(error)}`
    board.announce(message)
    notifications.error(message)
    return false
  }
}

/** Says why an interview still to come stays where it is, with the way to its date if that is what is wrong. */
function refuseTooEarly(services: Services, card: Interview, text: string, focus: boolean): void {
  const { board, notifications, workbench } = services
  // Told once, by the notice (read out as a status): the board's own announcement would say it twice.
  notifications.refused(text, {
    label: 'Change its date',
    run: () => {
      workbench.openInterview(card.id, { keep: true })
      revealFieldWhenShown('date')
    },
  })
  if (focus) board.requestFocus(card.id)
}

export function moveCardStep(services: Services, card: Interview, direction: MoveDirection): Promise<boolean> {
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
    return Promise.resolve(false)
  }
  return moveCard(services, card, placement, { focus: true })
}

/** "Move to…": to the top of the chosen stage, where the user will look for it. */
export function moveCardToStage(
  services: Services,
  card: Interview,
  stage: Interview['stage'],
  options: { focus: boolean; sayMoved?: boolean } = { focus: true },
): Promise<boolean> {
  const first = services.board.fullIn(stage).find((each) => each.id !== card.id)
  return moveCard(services, card, first ? { stage, beforeId: first.id } : { stage }, options)
}

/**
 * Where the keyboard goes when `card`, which has it, leaves its column: after the card if it is still
 * shown elsewhere (restored, or archived while the archive shows), else to the card below it, above it,
 * or in the nearest column. Without this the focus would fall to the page and the user lose their place.
 */
function keyboardAfterLeaving(services: Services, card: Interview, stillShown: boolean): (() => void) | null {
  if (document.activeElement?.id !== cardId(card.id)) return null
  const { board } = services
  if (stillShown) return () => board.requestFocus(card.id)
  const moves = ['down', 'up', 'right', 'left'] as const
  const view = board.view()
  const target = moves.map((move) => neighbourCard(view, board.state.showArchived, card, move)).find(Boolean)
  return target ? () => board.requestFocus(target.id) : null
}

export async function setCardArchived(services: Services, id: string, archived: boolean): Promise<void> {
  const { board } = services
  const card = findCard(services, id)
  if (!card) return
  const refocus = keyboardAfterLeaving(services, card, !archived || board.state.showArchived)
  const change = setArchived(services, card, archived)
  refocus?.()
  if (await change) board.announce(`${archived ? 'Archived' : 'Restored'} ${card.company}.`)
}

export async function deleteCard(services: Services, id: string): Promise<void> {
  const { board, client, data, notifications, workbench } = services
  const card = findCard(services, id)
  if (!card) return
  const refocus = keyboardAfterLeaving(services, card, false)
  try {
    await data.change(null, id, async () => {
      await client.deleteInterview({ id })
      return null
    })
    refocus?.()
    workbench.close(interviewTabKey(id), { force: true })
    board.announce(`Deleted ${card.company}.`)
    notifications.done(`Deleted ${card.company}.`, undoOffer(services, changeLeaving(null, id)))
  } catch (error) {
    notifications.error(`Could not delete ${card.company}: ${messageOf(error)}`)
  }
}
