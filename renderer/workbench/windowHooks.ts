import { useEffect } from 'react'
import type { CommandContext } from '../commands/command'
import { findCommand, runCommand } from '../commands/registry'
import type { WorkbenchModel } from '../services/workbenchModel'

/** Runs the app menu's commands (Electron only: the browser has no `window.debrief`). */
export function useMenuCommands(ctx: CommandContext): void {
  useEffect(() => {
    return window.debrief?.onCommand((id) => {
      const command = findCommand(id)
      if (command) runCommand(command, ctx)
      else console.warn(`[debrief] the menu sent an unknown command: ${id}`)
    })
  }, [ctx])
}

/** Opens the interview of a reminder the user clicked (Electron only). */
export function useOpenInterviewRequests(workbench: WorkbenchModel): void {
  useEffect(() => window.debrief?.onOpenInterview((id) => workbench.openInterview(id)), [workbench])
}

/** Makes the browser ask before leaving while any form holds unsaved changes. */
export function useWarnBeforeUnload(workbench: WorkbenchModel): void {
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (workbench.state.dirtyKeys.length === 0) return
      event.preventDefault()
      // Older Chromium (and Electron's unload handling) still look at returnValue.
      event.returnValue = ''
    }
    window.addEventListener('beforeunload', warn)
    return () => window.removeEventListener('beforeunload', warn)
  }, [workbench])
}
