import type { Client } from '../../shared/api/client'
import type { MethodInput } from '../../shared/api/contract'

/** Browsers cap the body of requests that may outlive their page (keepalive) at 64 KiB. */
const KEEPALIVE_MAX_BYTES = 60 * 1024

/**
 * Sends unsaved notes, or the window's state with its drafts, as the page goes away. In Electron the IPC
 * message leaves at once and the main process finishes the write. In the browser an ordinary request
 * would be cancelled with the page, so it goes as a keepalive request to the same `POST /api/<method>`
 * route the HTTP transport uses; larger notes rely on the copy kept in the window's storage instead.
 */
export function sendOnUnload<Name extends 'writeNotes' | 'setWindowState'>(
  client: Client,
  method: Name,
  input: MethodInput<Name>,
): Promise<unknown> {
  if (window.debrief) return (client[method] as (input: MethodInput<Name>) => Promise<unknown>)(input)
  const body = JSON.stringify(input)
  if (new TextEncoder().encode(body).length > KEEPALIVE_MAX_BYTES) return Promise.resolve()
  return fetch(`/api/${method}`, {
    method: 'POST',
    keepalive: true,
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json' },
    body,
  })
}
