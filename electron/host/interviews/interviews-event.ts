import { MAX_INTERVIEWS_PER_EVENT, type DueCounts, type HostEvent } from '../../../shared/api/contract'
import type { Interview } from '../../../shared/domain/interview'

/**
 * The event that tells every window what a change left: the records themselves, and today's follow-up
 * counts (the window's list of them may stop at its limit), so no window asks for them again. Past MAX_INTERVIEWS_PER_EVENT (an import, a respaced column) it names none, and windows
 * read the board again: one event that size would cost more to send than the pages do.
 */
export function interviewsEvent(
  ids: readonly string[],
  current: (id: string) => Interview | undefined,
  followUps: DueCounts | undefined,
): HostEvent {
  const unique = [...new Set(ids)]
  const counts = followUps ? { followUps } : {}
  if (unique.length > MAX_INTERVIEWS_PER_EVENT) return { topic: 'interviews', ids: [], interviews: [], ...counts }
  return { topic: 'interviews', ids: unique, interviews: unique.flatMap((id) => current(id) ?? []), ...counts }
}
