import type { ChangeSummary } from '../../shared/api/contract'
import type { Services } from '../services/services'

/** Asks the host to undo its last change and says what was undone. */
export async function undoLastChange({ client, data, notifications }: Services): Promise<ChangeSummary | null> {
  const { change } = await client.undo({})
  if (!change) {
    notifications.show('There is nothing to undo.')
    return null
  }
  await data.refreshInterviews()
  notifications.show(`Undone: ${change.label}`)
  return change
}

/** Undo from a deletion's toast: brings the interview back and reopens it. */
export function undoAndReopen(services: Services): void {
  undoLastChange(services)
    .then((change) => {
      if (change && services.data.interviewById(change.interviewId))
        services.workbench.openInterview(change.interviewId)
    })
    .catch((error: unknown) =>
      services.notifications.show(`Could not undo: ${error instanceof Error ? error.message : String(error)}`),
    )
}
