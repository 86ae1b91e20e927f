import { MAX_INTERVIEWS_PER_EVENT, type HostEvent } from '../../../shared/api/contract'
import type { Interview } from '../../../shared/domain/interview'

/**
 * The event that tells every window what a change left: the records themselves, so no window asks for
 * them again. Past MAX_INTERVIEWS_PER_EVENT (an import, a respaced column) it names none, and windows
 * read the board again: one event that size would cost more to send than the pages do.
 */
export function interviewsEvent(ids: readonly string[], current: (id: string) => Interview | undefined): HostEvent {
  const unique = [...new Set(ids)]
  if (unique.length > MAX_INTERVIEWS_PER_EVENT) return { topic: 'interviews', ids: [], interviews: [] }
  return { topic: 'interviews', ids: unique, interviews: unique.flatMap((id) => current(id) ?? []) }
}
