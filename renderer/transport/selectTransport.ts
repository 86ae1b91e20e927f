import type { Transport } from '../../shared/api/client'
import { createHttpTransport } from './httpTransport'
import { createIpcTransport } from './ipcTransport'

/** IPC inside the Electron app (the preload exposes `window.debrief`), HTTP in a browser. */
export function selectTransport(): Transport {
  return window.debrief ? createIpcTransport(window.debrief) : createHttpTransport()
}
