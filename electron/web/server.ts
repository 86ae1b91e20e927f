import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { inspect } from 'node:util'
import sirv from 'sirv'
import type { Host } from '../host/host'
import type { PageNotifier } from './page-notifier'
import { handleApiCall, handleDownload, handleEvents, sendJson } from './api'
import { DOWNLOAD_PREFIX } from '../../shared/api/downloads'
import { BOARD_START_PATH, handleBoardStart, indexWithBoardStart } from './board-start'
import { isAuthenticated, newToken, refusalOf, tokenCookie, tokensMatch } from './auth'
import { CONTENT_SECURITY_POLICY } from '../../shared/security'

export interface WebServerOptions {
  host: Host
  /** 0 (the default) lets the system pick a free port. */
  port?: number
  /** A fresh random token unless given. */
  token?: string
  /** The built renderer: index.html and its assets. */
  rendererDir: string
  /** Where the host's reminders go when a page may show them (serve-web's notifier). */
  pages?: PageNotifier
}

export interface WebServer {
  /** The address to open, token included; the only place the token is ever shown. */
  readonly url: string
  readonly port: number
  readonly token: string
  /**
   * An address that logs a browser in once, within LAUNCH_URL_MS, and then is dead: for `--open`,
   * whose command line (the browser's, the opener's) any local user can read in the process table.
   */
  launchUrl(): string
  close(): Promise<void>
}

/** How long a launch address lasts: long enough for a browser to start and open it. */
export const LAUNCH_URL_MS = 60_000
/** A connection that has not sent a request by then is closed (Node's default for the headers is a minute). */
export const HEADERS_TIMEOUT_MS = 10_000
/** Open connections at most: a window holds an event stream and a few requests; idle ones must not use up file descriptors. */
export const MAX_CONNECTIONS = 128
const LAUNCH_PREFIX = '/launch/'

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
}

const EVENTS_PATH = '/api/events'
const API_PREFIX = '/api/'

const UNAUTHORIZED_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Debrief</title></head>
<body><h1>Debrief needs its access link</h1>
<p>This page was opened without its link, or with one from an earlier start: Debrief makes a new one each
time it starts, so that no other program on this computer can open your data.</p>
<p>Open the address printed in the terminal where Debrief is running.
It looks like <code>http://127.0.0.1:&lt;port&gt;/?token=…</code>.</p></body></html>
`

function sendText(response: ServerResponse, status: number, text: string, contentType = 'text/plain'): void {
  response.writeHead(status, {
    'Content-Type': `${contentType}; charset=utf-8`,
    'Content-Length': Buffer.byteLength(text),
  })
  response.end(text)
}

/** The same path without the token, so the token stays out of history; never `//host` (an open redirect). */
function locationWithoutToken(url: URL): string {
  const query = new URLSearchParams(url.searchParams)
  query.delete('token')
  const search = query.size ? `?${query}` : ''
  return `/${url.pathname.replace(/^\/+/, '')}${search}`
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject)
      resolve()
    })
  })
}

/**
 * `serve-web`: the host behind loopback HTTP, so the same app runs in a browser. Only this machine
 * can connect, and only with the token; Host and Origin are checked before anything else.
 */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const { host, rendererDir } = options
  const token = options.token ?? newToken()
  if (!existsSync(join(rendererDir, 'index.html'))) {
    throw new Error(`The browser app is not built (${rendererDir} has no index.html); run "npm run build" first.`)
  }
  const notFound = (_request: IncomingMessage, response: ServerResponse) => {
    // Only what exists is cached for good: a missing asset may be there after the next build.
    response.setHeader('Cache-Control', 'no-store')
    sendText(response, 404, 'Not found')
  }
  // Any other path is the app's own page (index.html, below); under /assets/ only files that exist are served.
  const serveAssets = sirv(rendererDir, { single: false, etag: true, onNoMatch: notFound })
  const index = await indexWithBoardStart(rendererDir)
  /** Launch codes not used yet, with when each stops working. */
  const launchCodes = new Map<string, number>()
  const eventStreams = new Set<() => void>()
  let port = 0

  function route(request: IncomingMessage, response: ServerResponse): Promise<void> | void {
    // A request came: from here the server's own timeouts apply (keep-alive; none on an event stream).
    request.socket.setTimeout(0)
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value)
    const refusal = refusalOf(request, port)
    if (refusal) {
      response.setHeader('Connection', 'close')
      return sendText(response, refusal.status, refusal.reason)
    }

    const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`)
    const isApi = url.pathname.startsWith(API_PREFIX)
    if (isApi) response.setHeader('Cache-Control', 'no-store')
    const queryToken = url.searchParams.get('token')
    const loggedIn = () => {
      response.writeHead(303, {
        'Set-Cookie': tokenCookie(port, token),
        Location: locationWithoutToken(url),
        'Cache-Control': 'no-store',
      })
      response.end()
    }

    if (request.method === 'GET' && url.pathname.startsWith(LAUNCH_PREFIX)) {
      const code = url.pathname.slice(LAUNCH_PREFIX.length)
      const until = launchCodes.get(code)
      launchCodes.delete(code)
      if (until !== undefined && Date.now() <= until) {
        url.pathname = '/'
        return loggedIn()
      }
    }
    if (!isApi && request.method === 'GET' && queryToken !== null && tokensMatch(token, queryToken)) {
      response.writeHead(303, {
        'Set-Cookie': tokenCookie(port, token),
        Location: locationWithoutToken(url),
        'Cache-Control': 'no-store',
      })
      response.end()
      return
    }
    if (!isAuthenticated(request, port, token)) {
      // Nothing more will come of this connection: it is closed, not kept alive.
      response.setHeader('Connection', 'close')
      if (isApi) return sendText(response, 401, 'Unauthorized: open the address printed in the terminal.')
      response.setHeader('Cache-Control', 'no-store')
      return sendText(response, 401, UNAUTHORIZED_PAGE, 'text/html')
    }

    if (url.pathname === EVENTS_PATH) {
      if (request.method !== 'GET') {
        response.setHeader('Allow', 'GET')
        return sendText(response, 405, 'Events are read with GET')
      }
      const notify = url.searchParams.get('notify') === '1'
      const stop = handleEvents(host, response, notify ? options.pages : undefined)
      eventStreams.add(stop)
      response.on('close', () => eventStreams.delete(stop))
      return
    }
    if (url.pathname === BOARD_START_PATH && request.method === 'GET') return handleBoardStart(host, url, response)
    if (url.pathname.startsWith(DOWNLOAD_PREFIX)) {
      return handleDownload(host, url.pathname.slice(DOWNLOAD_PREFIX.length), request, response)
    }
    if (isApi) return handleApiCall(host, url.pathname.slice(API_PREFIX.length), request, response)

    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.setHeader('Allow', 'GET, HEAD')
      return sendText(response, 405, 'Method not allowed')
    }
    // The page, for any address of the app, with the link that starts the board's first pages.
    if (!url.pathname.startsWith('/assets/')) {
      response.writeHead(200, {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Length': Buffer.byteLength(index),
        'Cache-Control': 'no-cache',
      })
      response.end(request.method === 'HEAD' ? undefined : index)
      return
    }
    // Vite names every asset by its content hash, so an asset never changes; the page itself is revalidated.
    response.setHeader('Cache-Control', 'public, max-age=31536000, immutable')
    serveAssets(request, response)
  }

  const server = createServer(
    { headersTimeout: HEADERS_TIMEOUT_MS, connectionsCheckingInterval: 1000 },
    (request, response) => {
      Promise.resolve()
        .then(() => route(request, response))
        .catch((error: unknown) => {
          // Whatever the error carries (a request's address or headers), the token stays out of the log.
          console.error(`[debrief] web request failed: ${inspect(error).replaceAll(token, '<token>')}`)
          if (response.headersSent) response.destroy()
          else
            sendJson(response, 500, {
              ok: false,
              error: { code: 'internal', message: 'Debrief could not answer this request; the log has the details.' },
            })
        })
    },
  )
  server.maxConnections = MAX_CONNECTIONS
  // A connection that sends no request is closed: idle ones, opened by anyone, must not pile up.
  server.on('connection', (socket) => socket.setTimeout(HEADERS_TIMEOUT_MS, () => socket.destroy()))
  await listen(server, options.port ?? 0)
  port = (server.address() as AddressInfo).port

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    launchUrl() {
      const code = randomBytes(32).toString('base64url')
      launchCodes.set(code, Date.now() + LAUNCH_URL_MS)
      return `http://127.0.0.1:${port}${LAUNCH_PREFIX}${code}`
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const stop of eventStreams) stop()
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections()
      }),
  }
}
