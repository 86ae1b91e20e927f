import type { Services } from '../../services/services'
import { ActionRefused } from '../../services/notificationsModel'
import { keybindingLabel } from '../keyLabel'
import { newInterview } from './newInterview'

/** What there is to do when there is no interview at all: add one, with the command's own name and keys. */
export function noInterviewsYet(): string {
  return `No interviews yet: add one with ${newInterview.title} (${keybindingLabel(newInterview.keybinding ?? '')}).`
}

/**
 * `pick` for the card commands, refused with noInterviewsYet while the board holds no card: on an empty
 * board, "Delete interview" said to select a card, of which there were none (a walkthrough).
 */
export function onSomeCard<T>(pick: (services: Services) => T): (services: Services) => T {
  return (services) => {
    const { interviews, archived } = services.data.state
    const tab = services.workbench.activeTab
    if (interviews.length === 0 && !archived?.length && tab?.kind !== 'interview')
      throw new ActionRefused(noInterviewsYet())
    return pick(services)
  }
}
