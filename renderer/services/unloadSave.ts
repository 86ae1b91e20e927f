import type { Client } from '../../shared/api/client'
import type { UnloadWrite } from './notesSession'

/** Browsers cap the body of requests that may outlive their page (keepalive) at 64 KiB. */
const KEEPALIVE_MAX_BYTES = 60 * 1024

/**
 * Sends unsaved notes as the page goes away. In Electron the IPC message leaves at once and the
 * main process finishes the write. In the browser an ordinary request would be cancelled with the
 * page, so it goes as a keepalive request to the same `POST /api/<method>` route the HTTP transport
 * uses; larger notes rely on the copy kept in the window's storage instead.
 */
export function sendOnUnload(client: Client, write: UnloadWrite): void {
  if (window.debrief) {
    client.writeNotes(write).catch(() => undefined)
    return
  }
  const body = JSON.stringify(write)
  if (new TextEncoder().encode(body).length > KEEPALIVE_MAX_BYTES) return
  fetch('/api/writeNotes', {
    method: 'POST',
    keepalive: true,
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json' },
    body,
  }).catch(() => undefined)
}
