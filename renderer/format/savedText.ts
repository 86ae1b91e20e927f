import type { Interview } from '../../shared/domain/interview'
import { stageLabel } from '../../shared/domain/stages'
import { interviewWhen } from './zonedTimes'

type Saved = Pick<Interview, 'company' | 'date' | 'time' | 'timeZone' | 'stage'>

/**
 * What a save of the interview form says: "Saved Kranich Mobility: now Tue 8 Dec, 15:00.", its new time
 * named when it changed, and the move when its Stage field moved it. A save said nothing, and the
 * notice of an earlier change stayed up beside it, its Undo no longer the last change (a walkthrough).
 */
export function savedText(before: Saved, after: Saved): string {
  const retimed = before.date !== after.date || before.time !== after.time || before.timeZone !== after.timeZone
  const when = retimed ? `: now ${interviewWhen(after)}` : ''
  const moved = before.stage !== after.stage ? `, and moved it to ${stageLabel(after.stage)}` : ''
  return `Saved ${after.company}${when}${moved}.`
}
