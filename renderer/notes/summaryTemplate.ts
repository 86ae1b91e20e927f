import type { Interview } from '../../shared/domain/interview'
import { summaryTemplate, summaryTemplateAt } from '../../shared/notes/summary'
import { dayInWords } from '../format/zonedTimes'
import type { NotesSession } from '../services/notesSession'

/** What the user is told when the notes hold the template already and the cursor went to it instead. */
export const TEMPLATE_ALREADY_THERE =
  'Your notes already hold the summary template: the cursor is in its first section.'

/**
 * Puts the summary template, titled after the interview, at the cursor (or at the end of the notes),
 * and leaves the cursor in its first bullet, where the summary starts: left at its end, what the user
 * typed next went under the last heading, into its last item. Notes that hold it already get the
 * cursor in its first section instead, and false back, for the caller to say so.
 */
export function insertSummaryTemplate(session: NotesSession, interview: Interview): boolean {
  const existing = summaryTemplateAt(session.state.text)
  if (existing !== null) {
    session.placeCursor(existing)
    return false
  }
  const template = summaryTemplate(
    `${interview.company}: ${interview.role}, round ${interview.round} (${dayInWords(interview.date)})`,
  )
  const firstBullet = template.indexOf('\n- ')
  session.insert(template, firstBullet < 0 ? template.length : firstBullet + '\n- '.length)
  return true
}
