import type { ChangeSummary } from '../../shared/api/contract'
import { messageOf } from './dataStore'
import type { Services } from './services'

/**
 * Undo or redo through the host, so the step is on disk and every window sees it; this window
 * fetches just the interview it touched and says what happened. The Edit menu's commands, the board's
 * undo after a failed move and the notices' Undo (undoOffer) all step through here.
 */
export async function stepHistory(services: Services, direction: 'undo' | 'redo'): Promise<ChangeSummary | null> {
  const { board, client, data, notifications, workbench } = services
  const { change } = direction === 'undo' ? await client.undo({}) : await client.redo({})
  if (!change) {
    const message = `There is nothing to ${direction}.`
    notifications.info(message)
    board.announce(message)
    return null
  }
  await data.refreshInterviewsById([change.interviewId])
  // The change named as the history names it: "Undid “Mark done: Thank Dana”." ("Undone: Mark done: …" read as two steps).
  const message = `${direction === 'undo' ? 'Undid' : 'Redid'} “${change.label}”.`
  notifications.done(message)
  board.announce(message)
  if (workbench.state.activeKey === 'board' && data.interviewById(change.interviewId)) {
    board.requestFocus(change.interviewId)
  }
  return change
}

/** A notice's Undo for the change it reports, as Ctrl+Z would do it; a failure is a notice of its own. */
export function undoOffer(services: Services): { label: string; run: () => void } {
  return {
    label: 'Undo',
    run: () =>
      void stepHistory(services, 'undo').catch((error: unknown) => services.notifications.error(messageOf(error))),
  }
}
