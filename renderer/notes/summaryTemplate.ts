import type { Interview } from '../../shared/domain/interview'
import { summaryTemplate } from '../../shared/notes/summary'
import type { NotesSession } from '../services/notesSession'

/** Puts the summary template, titled after the interview, at the cursor (or at the end of the notes). */
export function insertSummaryTemplate(session: NotesSession, interview: Interview): void {
  session.insert(
    summaryTemplate(`${interview.company}: ${interview.role}, round ${interview.round} (${interview.date})`),
  )
}
