import { closeTab } from './view/closeTab'
import { saveForm } from './interview/saveForm'
import type { Command, CommandContext } from './command'
import { commandPalette } from './commandPalette'
import { followSystemTheme } from './view/followSystemTheme'
import { newInterview } from './board/newInterview'
import { showBoard } from './board/showBoard'
import { toggleSidebar } from './view/toggleSidebar'
import { toggleTheme } from './view/toggleTheme'
import { undoChange } from './history/undoChange'
import { archiveCard, restoreCard } from './board/archiveCard'
import { deleteCard } from './board/deleteCard'
import { toggleArchived, toggleCompact, toggleNeedsAction } from './board/boardView'
import { moveCardDown, moveCardToNextStage, moveCardToPreviousStage, moveCardTo, moveCardUp } from './board/moveCard'
import { redoChange } from './history/redoChange'
import { loadSamples, removeSamples } from './board/sampleInterviews'
import { cycleNotesLayout, insertSummaryTemplate } from './interview/notesCommands'
import { quickOpen } from './view/quickOpen'
import { searchNotes } from './view/searchNotes'
import { showInsights } from './view/showInsights'
import { exportCalendar } from './data/exportCalendar'
import { showToday } from './view/showToday'
import { openNextFollowUp } from './interview/openNextFollowUp'
import { manageCalendars, readCalendars, showCalendar } from './view/calendarCommands'
import { openSettings } from './view/openSettings'
import { exportJson } from './data/exportJson'
import { exportCsv } from './data/exportCsv'
import { importData } from './data/importData'
import { restoreBackup } from './data/restoreBackup'
import { backUpNow } from './data/backUpNow'
import { focusNext, focusNotes } from './interview/interviewFocus'

/** Every command, in palette order. The palette, the keybindings and the app menu all read this list. */
export const COMMANDS: readonly Command[] = [
  newInterview,
  saveForm,
  showBoard,
  toggleSidebar,
  closeTab,
  undoChange,
  redoChange,
  moveCardToNextStage,
  moveCardToPreviousStage,
  moveCardUp,
  moveCardDown,
  moveCardTo,
  archiveCard,
  restoreCard,
  deleteCard,
  toggleArchived,
  toggleNeedsAction,
  toggleCompact,
  loadSamples,
  removeSamples,
  quickOpen,
  searchNotes,
  showInsights,
  openNextFollowUp,
  showToday,
  exportCalendar,
  focusNext,
  focusNotes,
  showCalendar,
  readCalendars,
  manageCalendars,
  insertSummaryTemplate,
  cycleNotesLayout,
  toggleTheme,
  followSystemTheme,
  openSettings,
  exportJson,
  exportCsv,
  importData,
  backUpNow,
  restoreBackup,
  commandPalette,
]

export function findCommand(id: string): Command | undefined {
  return COMMANDS.find((command) => command.id === id)
}

/** Runs a command at once; a failure becomes a notification instead of an unhandled rejection. */
export function runCommand(command: Command, ctx: CommandContext): void {
  const report = (error: unknown) => ctx.notifications.commandFailed(command.title, error)
  try {
    command.run(ctx)?.catch(report)
  } catch (error) {
    report(error)
  }
}
