import type { FollowUpList } from '../../shared/api/contract'
import { openFollowUp } from '../messages/messageDrafts'
import { followUpsFor } from '../today/followUpsModel'
import { groupFollowUps, nextFollowUpText, type TodayRow } from '../today/todayGroups'
import type { Command } from './command'

/** The row Today lists first: the most overdue follow-up, else the next one due later today. */
function firstDue(list: FollowUpList): TodayRow | null {
  const { dueNow, later } = groupFollowUps(list)
  return dueNow[0] ?? later[0] ?? null
}

/**
 * The next thing to do, from anywhere, in one key (as VS Code's F8 goes to the next problem): the
 * interview of the follow-up Today lists first, open on that follow-up with its first action focused.
 * Pressed again after it is done, the one after it.
 */
export const openNextFollowUp: Command = {
  id: 'followUps.openNext',
  category: 'Follow-ups',
  title: 'Open the next follow-up due',
  keybinding: 'F8',
  subject: ({ client }) => {
    const { list } = followUpsFor(client).state
    const row = list ? firstDue(list) : null
    return row ? `${row.item.task.title}, ${row.item.company}` : null
  },
  run: async ({ client, workbench, notifications }) => {
    const model = followUpsFor(client)
    await model.refresh()
    const { list, error } = model.state
    if (!list) {
      notifications.error(`Could not read your follow-ups: ${error ?? 'no answer'}`)
      return
    }
    const row = firstDue(list)
    if (!row) {
      notifications.info(`Nothing is due today. ${nextFollowUpText(list)}`)
      return
    }
    // An interview entered after it happened opens on its question, as its Today row does.
    openFollowUp(workbench, row.item.interviewId, row.askedIfDone ? undefined : row.item.task.id)
  },
}
