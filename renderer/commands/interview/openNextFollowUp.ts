import { askedIfDoneTitle } from '../../format/dueLabel'
import { openTodayRow } from '../../today/openTodayRow'
import { interviewTabKey, type WorkbenchModel } from '../../services/workbenchModel'
import { followUpsFor } from '../../today/followUpsModel'
import { nextFollowUpText, todayRowKey, todayRows, type TodayRow } from '../../today/todayGroups'
import type { Command } from '../command'

/** The row each window's F8 opened last, so the next press goes on from it. */
const lastOpened = new WeakMap<WorkbenchModel, string>()

/**
 * The row F8 opens: the first Today lists; pressed again while the follow-up it opened is still shown
 * and still due, the one after it (back to the first after the last), as VS Code's F8 steps on
 * through the problems.
 */
function rowToOpen(rows: readonly TodayRow[], workbench: WorkbenchModel): TodayRow | undefined {
  const last = lastOpened.get(workbench)
  const index = rows.findIndex((row) => todayRowKey(row) === last)
  const shown = index >= 0 && workbench.state.activeKey === interviewTabKey(rows[index]!.item.interviewId)
  return shown ? rows[(index + 1) % rows.length] : rows[0]
}

/**
 * The next thing to do, from anywhere, in one key (as VS Code's F8 goes to the next problem): the
 * interview of the follow-up Today lists first, open on that follow-up with its first action focused.
 * Pressed again, the one after it; after the first is done, the new first.
 */
export const openNextFollowUp: Command = {
  id: 'followUps.openNext',
  category: 'Follow-ups',
  title: 'Open the next follow-up due',
  keybinding: 'F8',
  subject: ({ client, workbench }) => {
    const { list } = followUpsFor(client).state
    const row = list ? rowToOpen(todayRows(list), workbench) : undefined
    if (!row) return null
    // What it opens on, as Today's row says it: it named the first of the follow-ups an interview entered
    // late gathers, and then opened on its question (a walkthrough).
    const title = row.askedIfDone ? askedIfDoneTitle(row.askedIfDone.length) : row.item.task.title
    return `${title}, ${row.item.company}`
  },
  run: async ({ client, workbench, notifications }) => {
    const model = followUpsFor(client)
    await model.refresh()
    const { list, error } = model.state
    if (!list) {
      notifications.error(`Could not read your follow-ups: ${error ?? 'no answer'}`)
      return
    }
    const row = rowToOpen(todayRows(list), workbench)
    if (!row) {
      notifications.info(`Nothing is due today. ${nextFollowUpText(list)}`)
      return
    }
    lastOpened.set(workbench, todayRowKey(row))
    // An interview entered after it happened opens on its question, as its Today row does.
    openTodayRow(workbench, row)
  },
}
