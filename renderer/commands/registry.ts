import { closeTab } from './closeTab'
import { saveForm } from './saveForm'
import type { Command, CommandContext } from './command'
import { commandPalette } from './commandPalette'
import { followSystemTheme } from './followSystemTheme'
import { newInterview } from './newInterview'
import { showBoard } from './showBoard'
import { toggleSidebar } from './toggleSidebar'
import { toggleTheme } from './toggleTheme'
import { undoChange } from './undoChange'
import { archiveCard, restoreCard } from './archiveCard'
import { deleteCard } from './deleteCard'
import { toggleArchived, toggleCompact, toggleNeedsAction } from './boardView'
import { moveCardDown, moveCardToNextStage, moveCardToPreviousStage, moveCardTo, moveCardUp } from './moveCard'
import { redoChange } from './redoChange'
import { loadSamples, removeSamples } from './sampleInterviews'
import { cycleNotesLayout, insertSummaryTemplate } from './notesCommands'
import { quickOpen } from './quickOpen'
import { searchNotes } from './searchNotes'
import { showInsights } from './showInsights'
import { exportCalendar } from './exportCalendar'
import { showToday } from './showToday'
import { openNextFollowUp } from './openNextFollowUp'
import { manageCalendars, readCalendars, showCalendar } from './calendarCommands'
import { openSettings } from './openSettings'
import { exportJson } from './exportJson'
import { exportCsv } from './exportCsv'
import { importData } from './importData'
import { restoreBackup } from './restoreBackup'
import { backUpNow } from './backUpNow'
import { focusNext, focusNotes } from './interviewFocus'

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
