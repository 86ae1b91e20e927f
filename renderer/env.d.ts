import type { HostEvent, MethodInput, MethodName, MethodOutput } from '../shared/api/contract'
import type { ApiResult } from '../shared/api/errors'

/**
 * The shape of `window.debrief`, the preload's bridge (electron/preload/bridge.ts exports the same
 * type as DebriefBridge). It is restated here from the contract rather than imported: importing it
 * would pull Electron's and Node's typings into the renderer, the layer that must run without them.
 */
export type DebriefBridge = {
  [M in MethodName]: (input: MethodInput<M>) => Promise<ApiResult<MethodOutput<M>>>
} & {
  onEvent(listener: (event: HostEvent) => void): () => void
  onCommand(listener: (commandId: string) => void): () => void
}

declare global {
  interface Window {
    /** Present only inside the Electron app; the browser app talks HTTP instead. */
    debrief?: DebriefBridge
  }
}
