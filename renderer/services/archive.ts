import type { Interview } from '../../shared/domain/interview'
import { messageOf } from './dataStore'
import { changeLeaving, undoOffer } from './history'
import type { Services } from './services'

/**
 * Archives or restores an interview in one call, and says so with an Undo: from its card on the board
 * (boardActions.setCardArchived) or from its open record. True once the host has made the change.
 */
export async function setArchived(services: Services, interview: Interview, archived: boolean): Promise<boolean> {
  const { client, data, notifications } = services
  const { id, company } = interview
  const verb = archived ? 'Archived' : 'Restored'
  try {
    const changed = await data.change({ ...interview, archived }, id, () => client.setArchived({ id, archived }))
    notifications.done(`${verb} ${company}.`, undoOffer(services, changeLeaving(changed, id)))
    return true
  } catch (error) {
    notifications.error(`Could not ${archived ? 'archive' : 'restore'} ${company}: ${messageOf(error)}`)
    return false
  }
}
