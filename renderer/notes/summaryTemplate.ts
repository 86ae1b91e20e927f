import type { Interview } from '../../shared/domain/interview'
import { summaryTemplate } from '../../shared/notes/summary'
import { dayInWords } from '../format/zonedTimes'
import type { NotesSession } from '../services/notesSession'

/**
 * Puts the summary template, titled after the interview, at the cursor (or at the end of the notes),
 * and leaves the cursor in its first bullet, where the summary starts: left at its end, what the user
 * typed next went under the last heading, into its last item.
 */
export function insertSummaryTemplate(session: NotesSession, interview: Interview): void {
  const template = summaryTemplate(
    `${interview.company}: ${interview.role}, round ${interview.round} (${dayInWords(interview.date)})`,
  )
  const firstBullet = template.indexOf('\n- ')
  session.insert(template, firstBullet < 0 ? template.length : firstBullet + '\n- '.length)
}
