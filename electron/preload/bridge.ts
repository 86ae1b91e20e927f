import type { IpcRenderer, IpcRendererEvent } from 'electron'
import {
  FIRST_PAINT_CHANNEL,
  LETTER_PDF_CHANNEL,
  OPEN_INTERVIEW_CHANNEL,
  type DebriefBridge,
  type LetterPdfRequest,
  type OpenTarget,
} from '../../shared/api/bridge'
import type { HostEvent } from '../../shared/api/contract'
import { channelOf, EVENT_CHANNEL, METHOD_NAMES } from '../../shared/api/method-names'
import { COMMAND_CHANNEL } from '../../shared/api/menu-commands'

export type BridgeIpc = Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener' | 'send'>

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
    onOpenInterview: (listener: (target: OpenTarget) => void) => subscribe(ipc, OPEN_INTERVIEW_CHANNEL, listener),
    printLetterToPdf: (letter: LetterPdfRequest) => ipc.invoke(LETTER_PDF_CHANNEL, letter),
    signalFirstPaint: () => ipc.send(FIRST_PAINT_CHANNEL),
  } as DebriefBridge
}
