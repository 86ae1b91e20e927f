import { afterEach, describe, expect, it, vi } from 'vitest'
import { preloadedFirstPages } from './boardStart'

afterEach(() => {
  vi.unstubAllGlobals()
})

const PRELOAD_URL = 'http://127.0.0.1:4000/api/board-start?limit=7'

/** A page whose <head> holds the board-start link, or none. */
function page(withLink: boolean) {
  const querySelector = vi.fn((selector: string) =>
    withLink && selector === 'link[rel="preload"][data-board-start]' ? { href: PRELOAD_URL } : null,
  )
  vi.stubGlobal('document', { querySelector })
}

describe('preloadedFirstPages', () => {
  it('takes the answer to the request the page started, fetched as the link fetched it', async () => {
    page(true)
    const pages = [{ stage: 'interviewed', interviews: [], more: false }]
    const fetch = vi.fn(async () => Response.json({ ok: true, value: pages }))
    vi.stubGlobal('fetch', fetch)
    await expect(preloadedFirstPages()).resolves.toEqual(pages)
    expect(fetch).toHaveBeenCalledWith(PRELOAD_URL, { credentials: 'same-origin' })
  })

  it('is null where the page started no request (the desktop app)', () => {
    page(false)
    const fetch = vi.fn()
    vi.stubGlobal('fetch', fetch)
    expect(preloadedFirstPages()).toBeNull()
    expect(fetch).not.toHaveBeenCalled()
  })

  it.each([
    ['an error result', async () => Response.json({ ok: false, error: { code: 'internal', message: 'x' } })],
    ['a page that is not JSON', async () => new Response('<html>', { status: 502 })],
    [
      'no connection',
      async () => {
        throw new TypeError('Failed to fetch')
      },
    ],
  ])('resolves to null on %s, so that the board asks column by column', async (_case, answer) => {
    page(true)
    vi.stubGlobal('fetch', vi.fn(answer))
    await expect(preloadedFirstPages()).resolves.toBeNull()
  })
})
