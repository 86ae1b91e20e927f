import type { IncomingMessage, ServerResponse } from 'node:http'
import type { HostEvent } from '../../shared/api/contract'
import { httpStatusOf, type ApiErrorData, type ApiResult } from '../../shared/api/errors'
import { dispatch, isMethodName } from '../../shared/api/dispatch'
import type { Host } from '../host/host'

/** Far above any real call (notes are capped at 2 million characters); stops a runaway upload. */
export const MAX_BODY_BYTES = 16 * 1024 * 1024
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

/** Reads the whole body, or rejects as soon as it passes the limit, without buffering the rest. */
function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    const onData = (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY_BYTES) {
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

const tooLarge: ApiErrorData = {
  code: 'invalid-input',
  message: `Request body is larger than ${MAX_BODY_BYTES / 1024 / 1024} MiB`,
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
  if (Number(request.headers['content-length'] ?? 0) > MAX_BODY_BYTES) {
    refuseBody(response, 413, tooLarge)
    return
  }
  let body: Buffer
  try {
    body = await readBody(request)
  } catch (error) {
    if (error instanceof BodyTooLargeError) refuseBody(response, 413, tooLarge)
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

/** `GET /api/events`: every host event as a Server-Sent Event, until the client goes away. */
export function handleEvents(host: Host, response: ServerResponse): () => void {
  response.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    Connection: 'keep-alive',
    'X-Accel-Buffering': 'no',
  })
  response.write(': connected\n\n')
  const unsubscribe = host.onEvent((event: HostEvent) => {
    response.write(`data: ${JSON.stringify(event)}\n\n`)
  })
  const heartbeat = setInterval(() => response.write(': heartbeat\n\n'), HEARTBEAT_MS)
  let stopped = false
  const stop = () => {
    if (stopped) return
    stopped = true
    clearInterval(heartbeat)
    unsubscribe()
    response.end()
  }
  response.on('close', stop)
  return stop
}
