import { selectedCard, selectedCardName, setCardArchived } from '../board/boardActions'
import type { Command } from './command'

export const archiveCard: Command = {
  id: 'board.archiveCard',
  category: 'Board',
  title: 'Archive card',
  subject: selectedCardName,
  run: (services) => setCardArchived(services, selectedCard(services).id, true),
}
