import type { Interview } from '../domain/interview'
import { isOutcomeStage, type StageId } from '../domain/stages'
import type { IsoDay } from './wall-time'

type WithResultDay = Pick<Interview, 'date' | 'stage' | 'outcome' | 'resultDayByMove'>

/**
 * The result day a move records. A card moved into an outcome (Next round, Offer, Not selected) from a
 * stage before them heard back `today`: that day goes in "Result received on" when the field is empty
 * (it stayed empty after every outcome move, two walkthroughs). A move back out of the outcomes takes
 * back the day it wrote, never one the user typed. An interview still to come keeps the field empty:
 * the form refuses a result day before the interview's.
 */
export function resultDayAfterMove<T extends WithResultDay>(interview: T, toStage: StageId, today: IsoDay): T {
  const fromOutcome = isOutcomeStage(interview.stage)
  const toOutcome = isOutcomeStage(toStage)
  if (!fromOutcome && toOutcome) {
    if (interview.outcome.receivedOn !== '' || today < interview.date) return interview
    return { ...interview, outcome: { ...interview.outcome, receivedOn: today }, resultDayByMove: true }
  }
  if (fromOutcome && !toOutcome && interview.resultDayByMove) {
    const { resultDayByMove: _written, ...rest } = interview
    return { ...rest, outcome: { ...interview.outcome, receivedOn: '' } } as T
  }
  return interview
}

/** An edit that changes the result day makes it the user's own: a move back no longer takes it away. */
export function resultDayAfterEdit<T extends WithResultDay>(current: WithResultDay, edited: T): T {
  if (!edited.resultDayByMove || edited.outcome.receivedOn === current.outcome.receivedOn) return edited
  const { resultDayByMove: _written, ...rest } = edited
  return rest as T
}
