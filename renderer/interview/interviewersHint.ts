import { isoDateSchema, isValidTimeZone } from '../../shared/domain/fields'
import type { InterviewFieldsInput } from '../../shared/domain/interview'
import { isUpcoming } from '../../shared/workflow/due-times'

type FormWhen = Pick<InterviewFieldsInput, 'date' | 'time' | 'timeZone'>

/**
 * The Interviewers section's hint while it lists no one, in the tense of the interview as the form has
 * it now: "who interviewed you" read wrong for a round 2 set for next week (a walkthrough). Until the
 * date and zone are whole, it is the usual case: an interview added after it took place, or for a later
 * round, added as the last one led to it, one still to come (its form's heading says "who will
 * interview you", the hint said "who interviewed you": a walkthrough).
 */
export function interviewersHint({ date, time, timeZone }: FormWhen, round: number, now: Date): string {
  const whole = isoDateSchema.safeParse(date).success && isValidTimeZone(timeZone)
  const stillToCome = whole ? isUpcoming({ date, time, timeZone, archived: false }, now) : round > 1
  return stillToCome
    ? 'Add each person who will interview you, with what is on their business card.'
    : 'Add each person who interviewed you, with what is on their business card.'
}
