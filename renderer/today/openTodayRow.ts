import { openAskedIfDone, openFollowUp } from '../messages/messageDrafts'
import type { WorkbenchModel } from '../services/workbenchModel'
import type { TodayRow } from './todayGroups'

/** Opens a Today row's interview on its follow-up, first action focused; an interview entered late, on its question. */
export function openTodayRow(workbench: WorkbenchModel, row: TodayRow): void {
  if (row.askedIfDone) openAskedIfDone(workbench, row.item.interviewId)
  else openFollowUp(workbench, row.item.interviewId, row.item.task.id)
}
