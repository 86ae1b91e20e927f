import { useEffect } from 'react'
import type { CommandContext } from '../commands/command'
import { focusedTextField, routeMenuCommand, stepTextHistory } from '../commands/editHistory'
import { findCommand, runCommand } from '../commands/registry'
import { openFollowUp } from '../messages/messageDrafts'
import type { Services } from '../services/services'
import type { WorkbenchModel } from '../services/workbenchModel'

/** Runs the app menu's commands (Electron only: the browser has no `window.debrief`). */
export function useMenuCommands(ctx: CommandContext): void {
  useEffect(() => {
    return window.debrief?.onCommand((id) => {
      const field = focusedTextField()
      const route = routeMenuCommand(id, field !== null)
      if (route.kind === 'text' && field) return stepTextHistory(field, route.direction)
      const command = findCommand(id)
      if (command) runCommand(command, ctx)
      else console.warn(`[debrief] the menu sent an unknown command: ${id}`)
    })
  }, [ctx])
}

/** Opens the interview of a reminder or tray line the user clicked, on its follow-up (Electron only). */
export function useOpenInterviewRequests(workbench: WorkbenchModel): void {
  useEffect(
    () => window.debrief?.onOpenInterview((target) => openFollowUp(workbench, target.interviewId, target.taskId)),
    [workbench],
  )
}

/**
 * Makes the browser ask before leaving while any form holds unsaved changes, or while the host keeps
 * changes in memory that the disk refused (its notice says how many).
 */
export function useWarnBeforeUnload({ workbench, data }: Pick<Services, 'workbench' | 'data'>): void {
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      const hostHoldsChanges = data.state.notices.some((notice) => notice.unsavedChanges !== undefined)
      if (workbench.state.dirtyKeys.length === 0 && !hostHoldsChanges) return
      event.preventDefault()
      // Older Chromium (and Electron's unload handling) still look at returnValue.
      event.returnValue = ''
    }
    window.addEventListener('beforeunload', warn)
    return () => window.removeEventListener('beforeunload', warn)
  }, [workbench, data])
}
