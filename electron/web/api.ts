import type { IncomingMessage, ServerResponse } from 'node:http'
import { MAX_IMPORT_LENGTH, type HostEvent, type MethodName } from '../../shared/api/contract'
import { httpStatusOf, type ApiErrorData, type ApiResult } from '../../shared/api/errors'
import { dispatch, isMethodName } from '../../shared/api/dispatch'
import type { Host } from '../host/host'
import type { PageNotifier } from './page-notifier'

/** Far above any real call (notes are capped at 2 million characters); stops a runaway upload. */
export const MAX_BODY_BYTES = 16 * 1024 * 1024
/**
 * importData alone carries a whole export file, up to MAX_IMPORT_LENGTH characters, as one JSON
 * string. Wrapped in the body, a character takes at most 3 bytes: \" \\ and line breaks are escaped
 * to 2, and UTF-8 needs 3 for any character of a JSON file (4 for a pair of surrogates, 2 per
 * character). So every file the host would take fits, and nothing larger is read.
 */
export const MAX_IMPORT_BODY_BYTES = 3 * MAX_IMPORT_LENGTH + 1024

function bodyLimitOf(method: MethodName): number {
  return method === 'importData' ? MAX_IMPORT_BODY_BYTES : MAX_BODY_BYTES
}
/** Often enough that proxies and browsers keep an idle event stream open. */
export const HEARTBEAT_MS = 15_000

export function sendJson(response: ServerResponse, status: number, result: ApiResult<unknown>): void {
  const body = JSON.stringify(result)
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
  })
  response.end(body)
}

function sendError(response: ServerResponse, status: number, error: ApiErrorData): void {
  sendJson(response, status, { ok: false, error })
}

function isJson(request: IncomingMessage): boolean {
  const mediaType = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase()
  return mediaType === 'application/json'
}

class BodyTooLargeError extends Error {}

/** Reads the whole body, or rejects as soon as it passes `limit`, without buffering the rest. */
function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    const onData = (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) {
        request.off('data', onData)
        request.pause()
        reject(new BodyTooLargeError())
        return
      }
      chunks.push(chunk)
    }
    request.on('data', onData)
    request.on('end', () => resolve(Buffer.concat(chunks)))
    request.on('error', reject)
  })
}

/** Answers and then drops the connection, so a client still uploading is not read any further. */
function refuseBody(response: ServerResponse, status: number, error: ApiErrorData): void {
  response.setHeader('Connection', 'close')
  sendError(response, status, error)
  response.on('finish', () => response.socket?.destroySoon())
}

function tooLarge(limit: number): ApiErrorData {
  return { code: 'invalid-input', message: `Request body is larger than ${Math.floor(limit / 1024 / 1024)} MiB` }
}

/** `POST /api/<method>`: the body is the method's input; the reply is the host's ApiResult. */
export async function handleApiCall(
  host: Host,
  method: string,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  if (!isMethodName(method)) {
    sendError(response, 404, { code: 'not-found', message: `Unknown method: ${method.slice(0, 100)}` })
    return
  }
  if (request.method !== 'POST') {
    response.setHeader('Allow', 'POST')
    sendError(response, 405, { code: 'invalid-input', message: `${method} must be called with POST` })
    return
  }
  if (!isJson(request)) {
    refuseBody(response, 415, { code: 'invalid-input', message: 'Content-Type must be application/json' })
    return
  }
  const limit = bodyLimitOf(method)
  if (Number(request.headers['content-length'] ?? 0) > limit) {
    refuseBody(response, 413, tooLarge(limit))
    return
  }
  let body: Buffer
  try {
    body = await readBody(request, limit)
  } catch (error) {
    if (error instanceof BodyTooLargeError) refuseBody(response, 413, tooLarge(limit))
    else response.destroy()
    return
  }
  let input: unknown
  try {
    // An empty body means "no input", which is what methods without parameters expect.
    input = body.length === 0 ? undefined : JSON.parse(body.toString('utf8'))
  } catch {
    sendError(response, 400, { code: 'invalid-input', message: 'Request body is not valid JSON' })
    return
  }
  const result = await dispatch(host.api, method, input, console.error)
  sendJson(response, result.ok ? 200 : httpStatusOf(result.error.code), result)
}

/**
 * `GET /api/download/<id>`: an export the host offered (exportData, exportCalendar), once, streamed a
 * piece at a time as the connection takes it. The host makes each piece only when the last one is
 * sent and turns its loop in between, so other requests are answered meanwhile and the file is never
 * held whole (200 MB at 50,000 interviews).
 */
export async function handleDownload(host: Host, id: string, request: IncomingMessage, response: ServerResponse) {
  if (request.method !== 'GET') {
    response.setHeader('Allow', 'GET')
    sendError(response, 405, { code: 'invalid-input', message: 'A download is fetched with GET' })
    return
  }
  const file = host.takeDownload(id)
  if (!file) {
    const message = 'This export was already saved or has expired; export again.'
    sendError(response, 404, { code: 'not-found', message })
    return
  }
  response.writeHead(200, {
    'Content-Type': file.contentType,
    // The host names its files (debrief-export-<date>.json): nothing to quote or escape.
    'Content-Disposition': `attachment; filename="${file.fileName}"`,
  })
  let gone = false
  response.on('close', () => (gone = true))
  try {
    for await (const piece of file.pieces()) {
      if (gone) return
      if (!response.write(piece)) {
        await new Promise((resolve) => {
          response.once('drain', resolve)
          response.once('close', resolve)
        })
      }
    }
    response.end()
  } catch (error) {
    console.error(`[debrief] ${file.fileName} could not be written:`, error)
    response.destroy()
  }
}

/**
 * `GET /api/events`: every host event as a Server-Sent Event, until the client goes away; with `pages`
 * (a page that may notify), the reminders too.
 */
export function handleEvents(host: Host, response: ServerResponse, pages?: PageNotifier): () => void {
  response.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    Connection: 'keep-alive',
    'X-Accel-Buffering': 'no',
  })
  response.write(': connected\n\n')
  const send = (event: HostEvent) => void response.write(`data: ${JSON.stringify(event)}\n\n`)
  const unsubscribe = host.onEvent(send)
  const detach = pages?.attach(send)
  const heartbeat = setInterval(() => response.write(': heartbeat\n\n'), HEARTBEAT_MS)
  let stopped = false
  const stop = () => {
    if (stopped) return
    stopped = true
    clearInterval(heartbeat)
    unsubscribe()
    detach?.()
    response.end()
  }
  response.on('close', stop)
  return stop
}
