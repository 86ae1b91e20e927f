import { useEffect } from 'react'
import type { CommandContext } from '../commands/command'
import { focusedTextField, routeMenuCommand, stepTextHistory } from '../commands/history/editHistory'
import { findCommand, runCommand } from '../commands/registry'
import { openTarget } from '../calendar/calendarScreens'
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

/**
 * Opens the interview of a reminder or tray line the user clicked, on its follow-up, or a calendar
 * prompt's quick debrief or preparation view (Electron only).
 */
export function useOpenInterviewRequests(workbench: WorkbenchModel): void {
  useEffect(() => window.debrief?.onOpenInterview((target) => openTarget(workbench, target)), [workbench])
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

/**
 * The keyboard to the active tab, where it can carry on (Ctrl+W, the arrows, Tab into the editor); with
 * every tab closed, to the watermark's first way back ("Show board"). It fell to the page's body there,
 * where Ctrl+Shift+B showed the board with the keyboard still on nothing (a walkthrough).
 */
function focusActiveTabOrWatermark(): void {
  document.querySelector<HTMLElement>('[role="tab"][aria-selected="true"], .editor-watermark button')?.focus()
}

/** Below this window width the side bar would take the editor's room: it starts hidden and, shown, floats over the editor. */
export const NARROW_WINDOW = '(max-width: 900px)'

/**
 * Hides the side bar whenever the window becomes narrow (the desktop app's smallest window is
 * 720×480), as VS Code does; Ctrl/Cmd+B brings it back over the editor. Floating there, it goes once
 * it has done its job, as a drawer does: an interview or view opened from it, a click beside it, or
 * Escape in it (it stayed over the interview just picked, hiding a third of it).
 */
export function useNarrowWindow(workbench: WorkbenchModel): void {
  useEffect(() => {
    const narrow = window.matchMedia(NARROW_WINDOW)
    const hide = () => {
      if (narrow.matches) workbench.hideSidebarForNarrowWindow()
    }
    hide()
    narrow.addEventListener('change', hide)
    let shownKey = workbench.state.activeKey
    const stopWatching = workbench.subscribe(() => {
      if (workbench.state.activeKey === shownKey) return
      shownKey = workbench.state.activeKey
      hide()
    })
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Element && !event.target.closest('.sidebar, .activity-bar')) hide()
    }
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !(event.target instanceof Element) || !event.target.closest('.sidebar')) return
      if (event.defaultPrevented || !narrow.matches) return
      hide()
      focusActiveTabOrWatermark()
    }
    document.addEventListener('pointerdown', onPointerDown, true)
    document.addEventListener('keydown', onKeyDown)
    return () => {
      narrow.removeEventListener('change', hide)
      stopWatching()
      document.removeEventListener('pointerdown', onPointerDown, true)
      document.removeEventListener('keydown', onKeyDown)
    }
  }, [workbench])
}

/**
 * F6 and Shift+F6 move focus between the window's parts (activity bar, side bar, editor, status
 * bar), as in VS Code, so no part is more than a few keystrokes from another.
 */
export function usePartNavigation(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'F6' || event.ctrlKey || event.altKey || event.metaKey) return
      const parts = [
        ...document.querySelectorAll<HTMLElement>(
          '.workbench > nav, .workbench > aside, .editor-panel:not([hidden]), .workbench > footer',
        ),
      ]
      if (parts.length === 0) return
      event.preventDefault()
      const current = parts.findIndex((part) => part.contains(document.activeElement))
      const step = event.shiftKey ? -1 : 1
      const next = parts[(current + step + parts.length) % parts.length]!
      const target =
        next.querySelector<HTMLElement>(
          'button:not([disabled]):not([tabindex="-1"]), [href], input, textarea, [tabindex="0"], .cm-content',
        ) ?? next
      if (target === next && !next.hasAttribute('tabindex')) next.tabIndex = -1
      target.focus()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
}

/**
 * Focus never falls to the page body when what held it goes away (a closed tab, a removed card, a
 * menu that closed): it goes to the active tab (with none left, the watermark), where the keyboard can
 * carry on. Clicking empty space still leaves focus where the user put it.
 */
export function useFocusRescue(): void {
  useEffect(() => {
    const onFocusOut = (event: FocusEvent) => {
      const left = event.target
      if (event.relatedTarget || !(left instanceof HTMLElement)) return
      requestAnimationFrame(() => {
        if (left.isConnected || document.activeElement !== document.body) return
        if (document.querySelector('dialog[open]')) return
        focusActiveTabOrWatermark()
      })
    }
    document.addEventListener('focusout', onFocusOut)
    return () => document.removeEventListener('focusout', onFocusOut)
  }, [])
}
