import type { ChangeRef, ChangeSummary } from '../../shared/api/contract'
import { ApiError } from '../../shared/api/errors'
import type { Interview } from '../../shared/domain/interview'
import { messageOf } from './dataStore'
import type { ToastAction } from './notificationsModel'
import type { Services } from './services'

/**
 * Undo or redo through the host, so the step is on disk and every window sees it; this window
 * fetches just the interview it touched and says what happened. The Edit menu's commands, the board's
 * undo after a failed move and the notices' Undo (undoOffer) all step through here.
 */
export async function stepHistory(
  services: Services,
  direction: 'undo' | 'redo',
  of?: ChangeRef,
): Promise<ChangeSummary | null> {
  const { board, client, data, notifications, workbench } = services
  const { change } = direction === 'undo' ? await client.undo(of ? { of } : {}) : await client.redo({})
  if (!change) {
    const message = `There is nothing to ${direction}.`
    notifications.refused(message)
    board.announce(message)
    return null
  }
  notifications.withdrawUndo(direction === 'undo' ? change.interviewId : undefined)
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

/** The change that left `interview` as it is (null: the change that deleted the interview `id`). */
export function changeLeaving(interview: Interview | null, id: string): ChangeRef {
  return { interviewId: id, updatedAt: interview?.updatedAt ?? null }
}

/**
 * A notice's Undo for the change it reports and no other: once later changes came after it, or it was
 * undone with Ctrl+Z, the host refuses, and the refusal is said as a hint. Any other failure is an error.
 */
export function undoOffer(services: Services, of: ChangeRef): ToastAction {
  const { notifications } = services
  return {
    label: 'Undo',
    undoesLastOf: of.interviewId,
    run: () =>
      void stepHistory(services, 'undo', of).catch((error: unknown) => {
        if (error instanceof ApiError && error.code === 'conflict') notifications.info(error.message)
        else notifications.error(messageOf(error))
      }),
  }
}
