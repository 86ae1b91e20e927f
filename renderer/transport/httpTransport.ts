import type { HostEvent, MethodName } from '../../shared/api/contract'
import type { ApiResult } from '../../shared/api/errors'
import type { Transport } from '../../shared/api/client'

export const CONNECTION_LOST_MESSAGE =
  'Debrief is not answering: it may have been stopped. Start it again (npm run web) and open the address it prints.'

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

/**
 * Browsers cap the bodies of requests that may outlive their page (keepalive) at 64 KiB in flight, all
 * together, and refuse one past it (not retried: the host may have the change already). A change (a
 * move, a task done) is well under 1 KiB; 4,096 characters are at most 12 KiB, so five at once still
 * fit. Notes have their own way out at unload (unloadSave.ts).
 */
const KEEPALIVE_MAX_CHARS = 4096

function pageIsHidden(): boolean {
  return typeof document !== 'undefined' && document.visibilityState === 'hidden'
}

async function post(method: MethodName, input: unknown): Promise<ApiResult<unknown>> {
  let response: Response
  try {
    const body = JSON.stringify(input)
    response = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      credentials: 'same-origin',
      body,
      // A page is hidden before it closes: what it sends then must outlive it (a move made just before).
      keepalive: pageIsHidden() && body.length <= KEEPALIVE_MAX_CHARS,
    })
  } catch {
    return { ok: false, error: { code: 'unavailable', message: CONNECTION_LOST_MESSAGE } }
  }
  const body: unknown = await response.json().catch(() => undefined)
  if (isApiResult(body)) return body
  const code = response.status === 401 || response.status === 403 ? 'unavailable' : 'internal'
  const message =
    code === 'unavailable'
      ? 'Debrief was started again, so the link this page was opened with has expired (a new one is made at each start). Open the address Debrief printed when it started.'
      : `Debrief's host gave an unexpected answer (HTTP ${response.status}).`
  return { ok: false, error: { code, message } }
}

/** Set once the user asked for the reminders in this browser (Settings › Reminders), kept per browser profile. */
const NOTIFY_HERE_KEY = 'debrief.remindersInBrowser'

/**
 * Whether this page shows the reminders as the browser's notifications: the user asked for it here and
 * the browser allows it. Then the host sends it the reminders to show. (A permission alone is not asked
 * for: some browsers, headless ones among them, grant it unasked.)
 */
export function pageMayNotify(): boolean {
  return (
    typeof Notification !== 'undefined' &&
    Notification.permission === 'granted' &&
    localStorage.getItem(NOTIFY_HERE_KEY) === 'yes'
  )
}

/** 'granted' once the reminders come here; 'default' until the user asks, even where the browser would allow it. */
export type BrowserNotificationPermission = NotificationPermission | 'unsupported'

export function browserNotificationPermission(): BrowserNotificationPermission {
  if (typeof Notification === 'undefined') return 'unsupported'
  if (pageMayNotify()) return 'granted'
  return Notification.permission === 'denied' ? 'denied' : 'default'
}

/** The open event streams, to open again once the page may notify (allowBrowserNotifications). */
const reopeners = new Set<() => void>()

/** Asks the browser to let this page notify; once it may, the host sends its reminders here. Whether it may. */
export async function allowBrowserNotifications(): Promise<boolean> {
  if (typeof Notification === 'undefined') return false
  if (Notification.permission !== 'granted' && (await Notification.requestPermission()) !== 'granted') return false
  localStorage.setItem(NOTIFY_HERE_KEY, 'yes')
  for (const reopen of reopeners) reopen()
  return true
}

/**
 * The browser's transport: `POST /api/<method>` for calls, Server-Sent Events from `/api/events`
 * (`?notify=1` from a page that may show notifications).
 */
export function createHttpTransport(): Transport {
  const listeners = new Set<(event: HostEvent) => void>()
  let source: EventSource | null = null
  let notifying = false
  let lostConnection = false

  const emit = (event: HostEvent) => {
    for (const listener of listeners) listener(event)
  }

  const open = () => {
    notifying = pageMayNotify()
    source = new EventSource(notifying ? '/api/events?notify=1' : '/api/events')
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

  // The new stream may have missed what came while it opened.
  const reopen = () => {
    if (!source || notifying) return
    source.close()
    open()
    RESYNC_EVENTS.forEach(emit)
  }

  return {
    call: post,
    subscribe(listener) {
      listeners.add(listener)
      if (!source) {
        open()
        reopeners.add(reopen)
      }
      return () => {
        listeners.delete(listener)
        if (listeners.size === 0 && source) {
          source.close()
          source = null
          reopeners.delete(reopen)
        }
      }
    },
  }
}
