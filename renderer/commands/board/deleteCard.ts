import { deleteCard as deleteInterview, selectedAnyCard, subjectOf } from '../../board/boardActions'
import type { Command } from '../command'
import { onSomeCard } from './noInterviews'

/** The picked card, or the interview whose tab shows, deleted as its menu does: at once, with Undo in the notice. */
export const deleteCard: Command = {
  id: 'board.deleteCard',
  category: 'Board',
  title: 'Delete interview',
  // "delete" found nothing in the palette (a walkthrough); "remove" is the other word for it.
  keywords: ['remove'],
  subject: subjectOf(selectedAnyCard),
  run: (services) => deleteInterview(services, onSomeCard(selectedAnyCard)(services).id),
}
