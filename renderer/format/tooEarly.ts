import type { Interview } from '../../shared/domain/interview'
import { stageLabel, type StageId } from '../../shared/domain/stages'
import { tooEarlyFor } from '../../shared/workflow/stage-reached'
import { instantToWallTime } from '../../shared/workflow/time-zone'
import { dayOf } from '../../shared/workflow/wall-time'
import { interviewWhen } from './zonedTimes'

/**
 * Why an interview still to come cannot move to `stage` yet (tooEarlyFor, on its own clock's today),
 * in words; null when it can. The board's moves and the record's Stage field say the same.
 */
export function tooEarlyText(
  interview: Pick<Interview, 'company' | 'date' | 'time' | 'timeZone'>,
  stage: StageId,
  now: Date = new Date(),
): string | null {
  if (!tooEarlyFor(stage, interview, dayOf(instantToWallTime(now, interview.timeZone)))) return null
  return (
    `${interview.company}’s interview is on ${interviewWhen(interview)}, still to come: ` +
    `it can move to ${stageLabel(stage)} once it has taken place.`
  )
}
