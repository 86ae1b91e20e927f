import { connect, type Socket } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { HEADERS_TIMEOUT_MS, MAX_CONNECTIONS } from '../../electron/web/server'
import { startFixture, type WebFixture } from './web-fixture'

let fixture: WebFixture
beforeAll(async () => {
  fixture = await startFixture()
})
afterAll(() => fixture.close())

const authorization = () => ({ Authorization: `Bearer ${fixture.server.token}` })

function openSocket(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => resolve(socket))
    socket.once('error', reject)
  })
}

const closed = (socket: Socket) => new Promise<void>((resolve) => socket.once('close', () => resolve()))

describe('the launch address that --open hands to the browser', () => {
  it('logs in once, without the token in it, and is dead afterwards', async () => {
    const launch = fixture.server.launchUrl()
    expect(launch).not.toContain(fixture.server.token)
    const first = await fetch(launch, { redirect: 'manual' })
    expect(first.status).toBe(303)
    expect(first.headers.get('location')).toBe('/')
    const cookie = first.headers.get('set-cookie')!.split(';')[0]!
    expect(
      (
        await fetch(new URL('/api/getHostInfo', fixture.base), {
          method: 'POST',
          headers: { Cookie: cookie, 'Content-Type': 'application/json' },
          body: '{}',
        })
      ).status,
    ).toBe(200)

    const again = await fetch(launch, { redirect: 'manual' })
    expect(again.status).toBe(401)
    expect(again.headers.get('set-cookie')).toBeNull()
    const guessed = await fetch(new URL('/launch/not-a-code', fixture.base), { redirect: 'manual' })
    expect(guessed.status).toBe(401)
  })
})

describe('asset paths', () => {
  it('answers an unknown asset, with or without an extension, 404 and never caches it', async () => {
    for (const path of ['/assets/missing', '/assets/missing.js', '/assets/nested/missing']) {
      const response = await fetch(new URL(path, fixture.base), { headers: authorization() })
      expect(response.status, path).toBe(404)
      expect(response.headers.get('cache-control'), path).toBe('no-store')
    }
    const app = await fetch(new URL('/assets/app.js', fixture.base), { headers: authorization() })
    expect(app.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    const route = await fetch(new URL('/board/somewhere', fixture.base), { headers: authorization() })
    expect(route.status).toBe(200)
    expect(route.headers.get('cache-control')).toBe('no-cache')
  })
})

describe('connections without the token', () => {
  it('are closed once refused, not kept alive', async () => {
    const response = await fetch(new URL('/api/listInterviews', fixture.base), { method: 'POST', body: '{}' })
    expect(response.status).toBe(401)
    expect(response.headers.get('connection')).toBe('close')
  })

  it('are closed when they send nothing, within the headers timeout', { timeout: 30_000 }, async () => {
    const socket = await openSocket(fixture.server.port)
    const openedAt = Date.now()
    await closed(socket)
    expect(Date.now() - openedAt).toBeLessThan(HEADERS_TIMEOUT_MS + 3000)
  })

  it('are capped, so idle ones cannot use up the file descriptors', { timeout: 30_000 }, async () => {
    const sockets = await Promise.all(Array.from({ length: MAX_CONNECTIONS }, () => openSocket(fixture.server.port)))
    try {
      const extra = await openSocket(fixture.server.port)
      await closed(extra)
    } finally {
      for (const socket of sockets) socket.destroy()
    }
  })
})
