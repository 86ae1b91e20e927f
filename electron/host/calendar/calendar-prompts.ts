import { debriefPromptTask, prepareTasks, promptName, type QuietHoursOnClock } from '../../../shared/calendar/prompt'
import type { CalendarsFile } from '../../../shared/calendar/sources'
import type { Interview } from '../../../shared/domain/interview'
import type { DueReminder } from '../../../shared/workflow/reminder-text'

/**
 * "How did it go?" and the preparation reminders of interviews on the board from the calendar, less
 * those already shown (shared/calendar/prompt.ts): the reminder scheduler's extra candidates.
 */
export function promptsToAsk(
  state: CalendarsFile,
  find: (id: string) => Interview | undefined,
  quiet: QuietHoursOnClock,
): DueReminder[] {
  const prompts: DueReminder[] = []
  for (const link of state.links) {
    const interview = find(link.interviewId)
    if (!interview || interview.archived) continue
    const task = debriefPromptTask(link, interview, state.settings.promptDelayMinutes)
    if (task) prompts.push({ interview, task })
    for (const prepare of prepareTasks(link, interview, state.settings, quiet))
      prompts.push({ interview, task: prepare })
  }
  return prompts
}

/** The state with the prompts among `taskIds` recorded on their links as shown; the same state when none is new. */
export function withPromptsShown(state: CalendarsFile, taskIds: readonly string[]): CalendarsFile {
  const shown = new Map<string, string[]>()
  for (const id of taskIds) {
    const colon = id.indexOf(':')
    if (colon === -1) continue
    const interviewId = id.slice(colon + 1)
    shown.set(interviewId, [...(shown.get(interviewId) ?? []), promptName(id)])
  }
  let changed = false
  const links = state.links.map((link) => {
    const names = (shown.get(link.interviewId) ?? []).filter((name) => !link.prompted.includes(name))
    if (names.length === 0) return link
    changed = true
    return { ...link, prompted: [...link.prompted, ...names] }
  })
  return changed ? { ...state, links } : state
}
