import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron'
import { channelOf, EVENT_CHANNEL, METHOD_NAMES, type HostEvent } from '../../shared/api/contract'
import type { ApiResult } from '../../shared/api/errors'
import { dispatch } from '../../shared/api/dispatch'
import type { Host } from '../host/host'
import { isRendererUrl, type RendererLocation } from './renderer-location'

const FOREIGN_SENDER: ApiResult<never> = {
  ok: false,
  error: { code: 'unavailable', message: 'Debrief answers only its own window.' },
}

function broadcast(event: HostEvent): void {
  for (const window of BrowserWindow.getAllWindows()) {
    if (!window.isDestroyed() && !window.webContents.isDestroyed()) window.webContents.send(EVENT_CHANNEL, event)
  }
}

/**
 * One handler per contract method, each behind the same door as serve-web (`dispatch`), and only
 * for frames showing our own UI: a page that got into a window by any route cannot reach the data.
 */
export function setupIpc(host: Host, renderer: RendererLocation): void {
  for (const method of METHOD_NAMES) {
    ipcMain.handle(channelOf(method), (event: IpcMainInvokeEvent, input: unknown) => {
      const senderUrl = event.senderFrame?.url
      if (!senderUrl || !isRendererUrl(senderUrl, renderer)) {
        console.warn(`[debrief] refused ${method} from ${senderUrl?.slice(0, 200) ?? 'a closed frame'}`)
        return FOREIGN_SENDER
      }
      return dispatch(host.api, method, input, console.error)
    })
  }
  host.onEvent(broadcast)
}
