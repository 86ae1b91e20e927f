import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../shared/security'
import { APP_SCRIPT, rawRequest, SERVED_INDEX_HTML, startFixture, type WebFixture } from './web-fixture'

let fixture: WebFixture
beforeAll(async () => {
  fixture = await startFixture()
})
afterAll(() => fixture.close())

function bearer(token = fixture.server.token): Record<string, string> {
  return { Authorization: `Bearer ${token}` }
}

async function cookieFromLogin(): Promise<string> {
  const login = await fetch(`${fixture.base}/?token=${fixture.server.token}`, { redirect: 'manual' })
  return login.headers.get('set-cookie')!.split(';')[0]!
}

function getHostInfo(headers: Record<string, string>) {
  return fetch(`${fixture.base}/api/getHostInfo`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: '{}',
  })
}

describe('the address', () => {
  it('is on the loopback address with a long random token', () => {
    expect(fixture.server.url).toBe(`http://127.0.0.1:${fixture.server.port}/?token=${fixture.server.token}`)
    expect(fixture.server.token).toMatch(/^[A-Za-z0-9_-]{43}$/)
  })

  it('trades the token for a cookie and redirects to the same page without it', async () => {
    const response = await fetch(`${fixture.base}/board?view=compact&token=${fixture.server.token}`, {
      redirect: 'manual',
    })
    expect([302, 303]).toContain(response.status)
    expect(response.headers.get('location')).toBe('/board?view=compact')
    expect(response.headers.get('set-cookie')).toBe(
      `debrief-token-${fixture.server.port}=${fixture.server.token}; HttpOnly; SameSite=Strict; Path=/`,
    )

    const page = await fetch(`${fixture.base}/board?view=compact`, { headers: { Cookie: await cookieFromLogin() } })
    expect(page.status).toBe(200)
    expect(await page.text()).toBe(SERVED_INDEX_HTML)
  })

  it('never redirects to another site', async () => {
    const response = await rawRequest(fixture.server.port, {
      path: `/.//evil.example/?token=${fixture.server.token}`,
      headers: { Host: `127.0.0.1:${fixture.server.port}` },
    })
    expect(response.status).toBe(303)
    expect(response.headers.location).toMatch(/^\/(?!\/)/)
  })

  it('sets no cookie for a wrong token', async () => {
    const response = await fetch(`${fixture.base}/?token=not-the-token`, { redirect: 'manual' })
    expect(response.status).toBe(401)
    expect(response.headers.get('set-cookie')).toBeNull()
  })
})

describe('authentication', () => {
  it('answers 401 without a token, pointing to the printed address', async () => {
    const page = await fetch(`${fixture.base}/`)
    expect(page.status).toBe(401)
    expect(await page.text()).toContain('printed in the terminal')
    expect((await getHostInfo({})).status).toBe(401)
  })

  it('answers 401 to a wrong bearer token or cookie', async () => {
    expect((await getHostInfo(bearer('x'.repeat(43)))).status).toBe(401)
    expect((await getHostInfo({ Cookie: `debrief-token-${fixture.server.port}=wrong` })).status).toBe(401)
    expect((await fetch(`${fixture.base}/api/events`, { headers: bearer('wrong') })).status).toBe(401)
  })

  it('accepts the cookie or the bearer token', async () => {
    expect((await getHostInfo(bearer())).status).toBe(200)
    expect((await getHostInfo({ Cookie: `theme=dark; ${await cookieFromLogin()}` })).status).toBe(200)
  })
})

describe('other sites', () => {
  it('refuses a request addressed to another host name (DNS rebinding), even with the token', async () => {
    for (const host of [
      'evil.example',
      `evil.example:${fixture.server.port}`,
      `127.0.0.1:${fixture.server.port + 1}`,
    ]) {
      const response = await rawRequest(fixture.server.port, {
        method: 'POST',
        path: '/api/getHostInfo',
        headers: { Host: host, ...bearer(), 'Content-Type': 'application/json' },
      })
      expect([403, 421]).toContain(response.status)
      expect(response.body).toMatch(/^Refused: .+$/)
    }
  })

  it('answers to localhost as well as 127.0.0.1', async () => {
    const response = await rawRequest(fixture.server.port, {
      method: 'POST',
      path: '/api/getHostInfo',
      headers: { Host: `localhost:${fixture.server.port}`, ...bearer(), 'Content-Type': 'application/json' },
    })
    expect(response.status).toBe(200)
  })

  it('refuses a request from another origin (CSRF), even with the cookie', async () => {
    const cookie = await cookieFromLogin()
    for (const origin of ['http://evil.example', 'null', `https://127.0.0.1:${fixture.server.port}`]) {
      const response = await getHostInfo({ Cookie: cookie, Origin: origin })
      expect(response.status).toBe(403)
    }
    expect((await getHostInfo({ Cookie: cookie, Origin: fixture.base })).status).toBe(200)
  })
})

describe('the browser app', () => {
  it('serves the built files, and index.html for any app route', async () => {
    const headers = bearer()
    const script = await fetch(`${fixture.base}/assets/app.js`, { headers })
    expect(script.status).toBe(200)
    expect(script.headers.get('content-type')).toContain('javascript')
    expect(await script.text()).toBe(APP_SCRIPT)
    // Assets are named by their content hash: cached for good. The page is revalidated, so a new build shows.
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    const page = await fetch(`${fixture.base}/interview/123`, { headers })
    expect(await page.text()).toBe(SERVED_INDEX_HTML)
    expect(page.headers.get('cache-control')).toBe('no-cache')
    const missing = await fetch(`${fixture.base}/assets/missing.js`, { headers })
    expect(missing.status).toBe(404)
    expect(missing.headers.get('cache-control')).toBe('no-store')
  })

  it('sends the security headers on every response', async () => {
    const responses = [
      await fetch(`${fixture.base}/`, { headers: bearer() }),
      await fetch(`${fixture.base}/`),
      await getHostInfo(bearer()),
    ]
    for (const response of responses) {
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
      expect(response.headers.get('referrer-policy')).toBe('no-referrer')
    }
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'")
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'")
    expect(responses[2]!.headers.get('cache-control')).toBe('no-store')
  })
})
