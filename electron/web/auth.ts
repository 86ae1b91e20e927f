import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'

/** 256 random bits, URL-safe, so the token can ride in the printed address without escaping. */
export function newToken(): string {
  return randomBytes(32).toString('base64url')
}

/** Hashing first gives equal lengths, so the comparison takes the same time whatever the guess. */
export function tokensMatch(expected: string, candidate: string): boolean {
  const expectedHash = createHash('sha256').update(expected).digest()
  const candidateHash = createHash('sha256').update(candidate).digest()
  return timingSafeEqual(expectedHash, candidateHash)
}

/** Cookies ignore ports, so two servers on one machine each need their own cookie name. */
export function tokenCookieName(port: number): string {
  return `debrief-token-${port}`
}

export function tokenCookie(port: number, token: string): string {
  return `${tokenCookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`
}

function cookieValues(request: IncomingMessage, name: string): string[] {
  const header = request.headers.cookie ?? ''
  return header
    .split(';')
    .map((pair) => pair.trim())
    .filter((pair) => pair.startsWith(`${name}=`))
    .map((pair) => pair.slice(name.length + 1))
}

function bearerToken(request: IncomingMessage): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '')
  return match?.[1]
}

/** A request is the user's when it carries the token in the port's cookie or as a bearer token. */
export function isAuthenticated(request: IncomingMessage, port: number, token: string): boolean {
  const candidates = [...cookieValues(request, tokenCookieName(port)), bearerToken(request)]
  return candidates.some((candidate) => candidate !== undefined && tokensMatch(token, candidate))
}

/**
 * Why a request must be turned away before it is read, or undefined when it may proceed. The Host
 * check defeats DNS rebinding (a foreign name resolving to 127.0.0.1); the Origin check defeats
 * other sites posting to the loopback port from the user's browser.
 */
export function refusalOf(request: IncomingMessage, port: number): { status: number; reason: string } | undefined {
  const ownHosts = [`127.0.0.1:${port}`, `localhost:${port}`]
  if (!ownHosts.includes(request.headers.host ?? '')) {
    return { status: 421, reason: `Refused: Debrief only answers requests addressed to 127.0.0.1:${port}.` }
  }
  const origin = request.headers.origin
  if (origin !== undefined && !ownHosts.some((host) => origin === `http://${host}`)) {
    return { status: 403, reason: 'Refused: requests from other sites may not reach Debrief.' }
  }
  return undefined
}
