import type { IpcRenderer, IpcRendererEvent } from 'electron'
import {
  channelOf,
  EVENT_CHANNEL,
  METHOD_NAMES,
  type HostEvent,
  type MethodInput,
  type MethodName,
  type MethodOutput,
} from '../../shared/api/contract'
import type { ApiResult } from '../../shared/api/errors'
import { COMMAND_CHANNEL } from '../main/commands'

/** What the renderer sees as `window.debrief`: every contract method, the host's events and menu commands. */
export type DebriefBridge = {
  [M in MethodName]: (input: MethodInput<M>) => Promise<ApiResult<MethodOutput<M>>>
} & {
  onEvent(listener: (event: HostEvent) => void): () => void
  /** Menu commands by id (see MENU_COMMANDS in electron/main/commands.ts). */
  onCommand(listener: (commandId: string) => void): () => void
}

export type BridgeIpc = Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>

/** Passes only the payload on, so the page never holds the IpcRendererEvent (and its `sender`). */
function subscribe<T>(ipc: BridgeIpc, channel: string, listener: (payload: T) => void): () => void {
  const forward = (_event: IpcRendererEvent, payload: T) => listener(payload)
  ipc.on(channel, forward)
  return () => {
    ipc.removeListener(channel, forward)
  }
}

export function createBridge(ipc: BridgeIpc): DebriefBridge {
  const methods = Object.fromEntries(
    METHOD_NAMES.map((method) => [method, (input: unknown) => ipc.invoke(channelOf(method), input)]),
  )
  return {
    ...methods,
    onEvent: (listener: (event: HostEvent) => void) => subscribe(ipc, EVENT_CHANNEL, listener),
    onCommand: (listener: (commandId: string) => void) => subscribe(ipc, COMMAND_CHANNEL, listener),
  } as DebriefBridge
}
