import { afterEach, describe, expect, it, vi } from 'vitest'
import { CONNECTION_LOST_MESSAGE, createHttpTransport } from './httpTransport'

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('createHttpTransport', () => {
  it('posts the input as JSON to /api/<method> with the session cookie', async () => {
    const fetch = vi.fn(async () => Response.json({ ok: true, value: [] }))
    vi.stubGlobal('fetch', fetch)
    const result = await createHttpTransport().call('listInterviews', { includeArchived: false })
    expect(result).toEqual({ ok: true, value: [] })
    expect(fetch).toHaveBeenCalledWith('/api/listInterviews', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      credentials: 'same-origin',
      body: '{"includeArchived":false}',
    })
  })

  it('passes the host’s error results on, 4xx included', async () => {
    const error = { code: 'invalid-input', message: 'Company is required', issues: [] }
    vi.stubGlobal('fetch', async () => Response.json({ ok: false, error }, { status: 400 }))
    expect(await createHttpTransport().call('createInterview', {})).toEqual({ ok: false, error })
  })

  it('says the host is unreachable when the request cannot be made', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch')
    })
    expect(await createHttpTransport().call('getHostInfo', {})).toEqual({
      ok: false,
      error: { code: 'unavailable', message: CONNECTION_LOST_MESSAGE },
    })
    expect(CONNECTION_LOST_MESSAGE).toBe("Lost the connection to Debrief's host. Is `npm run web` still running?")
  })

  it('turns an answer that is not an ApiResult into an error naming the status', async () => {
    vi.stubGlobal('fetch', async () => new Response('<html>Bad gateway</html>', { status: 502 }))
    const result = await createHttpTransport().call('getHostInfo', {})
    expect(result).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringContaining('502') } })
  })
})
