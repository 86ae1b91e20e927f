import { useCallback, useMemo } from 'react'
import type { HostEvent } from '../../shared/api/contract'
import { useHostQuery } from '../search/useHostQuery'
import { useServices } from '../services/services'
import { useFirstScreenPainted } from '../services/useFirstScreenPainted'

/** Only a calendar read can cancel an event: a move or an edit on the board never asks again. */
const calendarChanged = (event: HostEvent) => event.topic === 'calendar'

const NONE: ReadonlySet<string> = new Set()

/**
 * The interviews whose calendar event was cancelled or deleted, for the board's cards to flag. Asked
 * once the board's first cards are painted, so the first screen never waits for it.
 */
export function useCancelledInterviews(): ReadonlySet<string> {
  const { client } = useServices()
  const painted = useFirstScreenPainted()
  const load = useCallback(() => client.listCalendarInterviews({}), [client])
  const { value } = useHostQuery(painted ? load : null, calendarChanged)
  // The same set while the same interviews are cancelled, so the board's columns redraw only when that changes.
  const key = (value ?? []).flatMap((entry) => (entry.cancelled ? [entry.interviewId] : [])).join(' ')
  return useMemo(() => (key === '' ? NONE : new Set(key.split(' '))), [key])
}
