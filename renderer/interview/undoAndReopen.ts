import { messageOf } from '../services/dataStore'
import { stepHistory } from '../services/history'
import type { Services } from '../services/services'

/** Undo from a deletion's toast: brings the interview back and reopens it. */
export function undoAndReopen(services: Services): void {
  stepHistory(services, 'undo')
    .then((change) => {
      if (change && services.data.interviewById(change.interviewId))
        services.workbench.openInterview(change.interviewId)
    })
    .catch((error: unknown) => services.notifications.error(`Could not undo: ${messageOf(error)}`))
}
