import type { FollowUpTask, Interview } from '../domain/interview'
import type { Preferences } from '../domain/settings'
import type { IdSource } from './generate'
import { taskTitles } from './task-kinds'
import { wallAt } from './wall-time'

type OfferSubject = Pick<Interview, 'stage' | 'company' | 'outcome' | 'tasks'>

/**
 * An offer to answer by a day ("Answer by" in the form's Outcome): "Decide on the offer from Globex",
 * due at the end of that working day, the deadline (it read "overdue since 09:00" on the day itself: a
 * walkthrough), wanted from the start (isWantedBeforeDue), stays under Next until done. The day had nowhere to go, and
 * after the quick holding reply nothing was left (a walkthrough). A change of the day moves the open
 * one; with no day, or the card out of Offer, an open one the user never touched goes; one acted on
 * (done, skipped, snoozed) stays as it is.
 */
export function tasksWithOfferDecision(
  interview: OfferSubject,
  preferences: Pick<Preferences, 'workingHours'>,
  options: IdSource,
): FollowUpTask[] {
  const answerBy = interview.stage === 'offer' ? (interview.outcome.answerBy ?? '') : ''
  const existing = interview.tasks.find((task) => task.kind === 'decide-on-offer')
  const untouched = existing?.status === 'open' && existing.snoozedUntil === undefined
  if (answerBy === '') return untouched ? interview.tasks.filter((task) => task !== existing) : interview.tasks
  const due = wallAt(answerBy, preferences.workingHours.end)
  const title = taskTitles.decideOnOffer(interview.company)
  if (!existing)
    return [...interview.tasks, { id: options.newId(), kind: 'decide-on-offer', title, due, status: 'open' }]
  if (!untouched) return interview.tasks
  return interview.tasks.map((task) => (task === existing ? { ...task, title, due } : task))
}
