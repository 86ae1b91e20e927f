import { checkFeedAddress, FeedAddressError } from './feed-url'

/**
 * Reads a subscribed calendar over https (or http to this machine): conditional requests (ETag,
 * If-Modified-Since), redirects followed only to addresses Debrief would read itself, a size cap and
 * time limits, so a hostile or broken server cannot fill memory or hold a sync forever.
 */

export class FeedError extends Error {
  override name = 'FeedError'
}

export interface FeedLimits {
  /** Largest body read, in bytes. */
  maxBytes: number
  /** The whole request, redirects included, in ms. */
  timeoutMs: number
  maxRedirects: number
}

/** A real subscription is well under 5 MB (a decade of a busy work calendar); 50 MB is refused. */
export const DEFAULT_FEED_LIMITS: FeedLimits = { maxBytes: 40 * 1024 * 1024, timeoutMs: 60_000, maxRedirects: 5 }

export interface FeedValidators {
  etag?: string
  lastModified?: string
}

export type FeedResult = { status: 'not-modified' } | { status: 'fetched'; text: string; validators: FeedValidators }

function megabytes(bytes: number): string {
  return `${Math.round(bytes / 1024 / 1024)} MB`
}

async function readCapped(response: Response, host: string, limits: FeedLimits): Promise<string> {
  const declared = Number(response.headers.get('content-length'))
  if (Number.isFinite(declared) && declared > limits.maxBytes) {
    await response.body?.cancel()
    throw new FeedError(
      `The calendar at ${host} is larger than ${megabytes(limits.maxBytes)}; Debrief did not read it.`,
    )
  }
  if (!response.body) return ''
  const reader = response.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limits.maxBytes) {
      await reader.cancel()
      throw new FeedError(
        `The calendar at ${host} is larger than ${megabytes(limits.maxBytes)}; Debrief did not read it.`,
      )
    }
    chunks.push(value)
  }
  return new TextDecoder('utf-8').decode(Buffer.concat(chunks))
}

function describeFailure(error: unknown, host: string, limits: FeedLimits): FeedError {
  if (error instanceof FeedError) return error
  if (error instanceof FeedAddressError) return new FeedError(`The calendar at ${host} redirected: ${error.message}`)
  const name = error instanceof Error ? error.name : ''
  if (name === 'TimeoutError' || name === 'AbortError') {
    return new FeedError(
      `The calendar at ${host} did not finish answering within ${Math.round(limits.timeoutMs / 1000)} s; Debrief will try again later.`,
    )
  }
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : ''
  const reason = cause || (error instanceof Error ? error.message : String(error))
  // Node's messages name the host, never the path; the address itself (with its secret) is never repeated.
  return new FeedError(`The calendar at ${host} could not be reached (${reason}).`)
}

export async function fetchFeed(
  address: string,
  validators: FeedValidators,
  limits: FeedLimits = DEFAULT_FEED_LIMITS,
): Promise<FeedResult> {
  let url = checkFeedAddress(address)
  const host = url.host
  const signal = AbortSignal.timeout(limits.timeoutMs)
  try {
    for (let redirects = 0; ; redirects++) {
      const headers: Record<string, string> = { accept: 'text/calendar, */*;q=0.5', 'user-agent': 'Debrief' }
      if (validators.etag) headers['if-none-match'] = validators.etag
      if (validators.lastModified) headers['if-modified-since'] = validators.lastModified
      const response = await fetch(url, { headers, redirect: 'manual', signal })
      if (response.status >= 300 && response.status < 400 && response.status !== 304) {
        await response.body?.cancel()
        const location = response.headers.get('location')
        if (!location) throw new FeedError(`The calendar at ${host} redirected without saying where to.`)
        if (redirects >= limits.maxRedirects) throw new FeedError(`The calendar at ${host} redirected too many times.`)
        url = checkFeedAddress(new URL(location, url).href)
        continue
      }
      if (response.status === 304) {
        await response.body?.cancel()
        return { status: 'not-modified' }
      }
      if (!response.ok) {
        await response.body?.cancel()
        const hint =
          response.status === 401 || response.status === 403 || response.status === 404
            ? ' The address may have been reset; copy it again from your calendar.'
            : ''
        throw new FeedError(`The calendar at ${host} answered ${response.status} ${response.statusText}.${hint}`)
      }
      const text = await readCapped(response, host, limits)
      return {
        status: 'fetched',
        text,
        validators: {
          ...(response.headers.get('etag') ? { etag: response.headers.get('etag')! } : {}),
          ...(response.headers.get('last-modified') ? { lastModified: response.headers.get('last-modified')! } : {}),
        },
      }
    }
  } catch (error) {
    throw describeFailure(error, host, limits)
  }
}
