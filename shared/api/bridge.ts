import type { HostEvent, MethodInput, MethodName, MethodOutput } from './contract'
import type { ApiResult } from './errors'

/**
 * `window.debrief` in the desktop app: the preload's bridge. Every contract method, answering with
 * the ApiResult envelope, plus the host's events and the app menu's commands.
 */
export type DebriefBridge = {
  [M in MethodName]: (input: MethodInput<M>) => Promise<ApiResult<MethodOutput<M>>>
} & {
  onEvent(listener: (event: HostEvent) => void): () => void
  /** Menu commands by id (MENU_COMMANDS in electron/main/commands.ts). */
  onCommand(listener: (commandId: string) => void): () => void
  /** A click on a reminder asks the window to open that interview. */
  onOpenInterview(listener: (interviewId: string) => void): () => void
}

export const OPEN_INTERVIEW_CHANNEL = 'debrief:open-interview'
