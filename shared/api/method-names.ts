import type { MethodName } from './contract'

/**
 * The contract's method names, without its schemas: what the sandboxed preload needs to expose the
 * methods and name their channels, so its bundle carries no zod (the host validates every call at the
 * door). contract.ts checks at compile time that this list names every method, and nothing else.
 */
export const METHOD_NAMES = [
  'listInterviews',
  'listStagePage',
  'getInterview',
  'getInterviews',
  'createInterview',
  'updateInterview',
  'moveInterview',
  'setArchived',
  'deleteInterview',
  'updateTask',
  'markDoneUpToNow',
  'markNoneDoneYet',
  'answerStillSend',
  'loadSamples',
  'removeSamples',
  'listSamples',
  'undo',
  'redo',
  'readNotes',
  'writeNotes',
  'getPreferences',
  'setPreferences',
  'getHostInfo',
  'getWindowState',
  'setWindowState',
  'dismissNotice',
  'listBackups',
  'backUpNow',
  'restoreBackup',
  'exportData',
  'exportCalendar',
  'importData',
  'searchNotes',
  'quickOpen',
  'listImprovements',
  'listFollowUps',
  'getCalendars',
  'addCalendarSource',
  'removeCalendarSource',
  'syncCalendars',
  'setCalendarSettings',
  'listCalendarSuggestions',
  'dismissCalendarSuggestion',
  'addInterviewFromCalendar',
  'listCalendarInterviews',
  'listUpcomingInterviews',
  'listEarlierRounds',
] as const satisfies readonly MethodName[]

export function channelOf(method: MethodName): string {
  return `debrief:${method}`
}

export const EVENT_CHANNEL = 'debrief:event'
