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
      keepalive: false,
    })
  })

  it('sends what a hidden page asks as a request that outlives the page, if it is small enough', async () => {
    const fetch = vi.fn(async (_url: string, _init: RequestInit) => Response.json({ ok: true, value: null }))
    vi.stubGlobal('fetch', fetch)
    vi.stubGlobal('document', { visibilityState: 'hidden' })
    const transport = createHttpTransport()
    await transport.call('moveInterview', { id: 'a', stage: 'thanked' })
    await transport.call('writeNotes', { id: 'a', markdown: 'x'.repeat(20_000) })
    expect(fetch.mock.calls.map(([, init]) => init.keepalive)).toEqual([true, false])
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
    expect(CONNECTION_LOST_MESSAGE).toBe(
      'Debrief is not answering: it may have been stopped. Start it again (npm run web) and open the address it prints.',
    )
  })

  it('turns an answer that is not an ApiResult into an error naming the status', async () => {
    vi.stubGlobal('fetch', async () => new Response('<html>Bad gateway</html>', { status: 502 }))
    const result = await createHttpTransport().call('getHostInfo', {})
    expect(result).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringContaining('502') } })
  })

  it('passes the host’s events on as they come, and drops what is no event', () => {
    const sources: FakeEventSource[] = []
    class FakeEventSource {
      onmessage: ((message: MessageEvent<string>) => void) | null = null
      onerror: (() => void) | null = null
      onopen: (() => void) | null = null
      constructor(readonly url: string) {
        sources.push(this)
      }
      close() {}
    }
    vi.stubGlobal('EventSource', FakeEventSource)
    const events: unknown[] = []
    createHttpTransport().subscribe((event) => events.push(event))
    const deliver = (data: string) => sources[0]!.onmessage!({ data } as MessageEvent<string>)
    deliver('{"topic":"interviews","ids":["a"]}')
    deliver('not json')
    deliver('{"no":"topic"}')
    deliver('{"topic":"preferences"}')
    expect(sources[0]!.url).toBe('/api/events')
    expect(events).toEqual([{ topic: 'interviews', ids: ['a'] }, { topic: 'preferences' }])
  })
})
