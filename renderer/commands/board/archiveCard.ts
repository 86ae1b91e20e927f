import {
  selectedArchivedCard,
  selectedCard,
  selectedCardName,
  setCardArchived,
  subjectOf,
} from '../../board/boardActions'
import type { Command } from '../command'
import { onSomeCard } from './noInterviews'

export const archiveCard: Command = {
  id: 'board.archiveCard',
  category: 'Board',
  title: 'Archive card',
  subject: selectedCardName,
  run: (services) => setCardArchived(services, onSomeCard(selectedCard)(services).id, true),
}

/** The archived card focused last (or whose tab shows) back on the board, where it was. */
export const restoreCard: Command = {
  id: 'board.restoreCard',
  category: 'Board',
  title: 'Restore card',
  subject: subjectOf(selectedArchivedCard),
  // Listed only while an archived card is picked: on any other it could only say why not (a walkthrough).
  when: (services) => subjectOf(selectedArchivedCard)(services) !== null,
  run: (services) => setCardArchived(services, selectedArchivedCard(services).id, false),
}
