import type { HostEvent, MethodName } from '../../shared/api/contract'
import type { ApiResult } from '../../shared/api/errors'
import type { Transport } from '../../shared/api/client'

export const CONNECTION_LOST_MESSAGE = "Lost the connection to Debrief's host. Is `npm run web` still running?"

/** A reconnected stream may have missed events, so everything is announced as changed. */
const RESYNC_EVENTS: HostEvent[] = [
  { topic: 'interviews', ids: [], interviews: [] },
  { topic: 'notices' },
  { topic: 'preferences' },
]

function isHostEvent(value: unknown): value is HostEvent {
  return typeof value === 'object' && value !== null && 'topic' in value && typeof value.topic === 'string'
}

function isApiResult(value: unknown): value is ApiResult<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false
  if (value.ok === true) return 'value' in value
  return value.ok === false && 'error' in value && typeof value.error === 'object' && value.error !== null
}

async function post(method: MethodName, input: unknown): Promise<ApiResult<unknown>> {
  let response: Response
  try {
    response = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify(input),
    })
  } catch {
    return { ok: false, error: { code: 'unavailable', message: CONNECTION_LOST_MESSAGE } }
  }
  const body: unknown = await response.json().catch(() => undefined)
  if (isApiResult(body)) return body
  const code = response.status === 401 || response.status === 403 ? 'unavailable' : 'internal'
  const message =
    code === 'unavailable'
      ? "Debrief's host no longer recognises this page. Open the address `npm run web` printed again."
      : `Debrief's host gave an unexpected answer (HTTP ${response.status}).`
  return { ok: false, error: { code, message } }
}

/** The browser's transport: `POST /api/<method>` for calls, Server-Sent Events from `/api/events`. */
export function createHttpTransport(): Transport {
  const listeners = new Set<(event: HostEvent) => void>()
  let source: EventSource | null = null
  let lostConnection = false

  const emit = (event: HostEvent) => {
    for (const listener of listeners) listener(event)
  }

  const open = () => {
    source = new EventSource('/api/events')
    // The host built each event from the contract's schema; only something that is no event at all is dropped.
    source.onmessage = (message: MessageEvent<string>) => {
      let data: unknown
      try {
        data = JSON.parse(message.data)
      } catch {
        return
      }
      if (isHostEvent(data)) emit(data)
    }
    source.onerror = () => {
      lostConnection = true
    }
    source.onopen = () => {
      if (!lostConnection) return
      lostConnection = false
      RESYNC_EVENTS.forEach(emit)
    }
  }

  return {
    call: post,
    subscribe(listener) {
      listeners.add(listener)
      if (!source) open()
      return () => {
        listeners.delete(listener)
        if (listeners.size === 0 && source) {
          source.close()
          source = null
        }
      }
    },
  }
}
