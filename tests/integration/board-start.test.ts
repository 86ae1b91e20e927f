import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BOARD_START_LINK, BOARD_START_PATH } from '../../electron/web/board-start'
import type { ApiResult } from '../../shared/api/errors'
import type { Interview } from '../../shared/domain/interview'
import { STAGE_IDS } from '../../shared/domain/stages'
import { startFixture, type WebFixture } from './web-fixture'

let fixture: WebFixture

beforeAll(async () => {
  fixture = await startFixture()
  await fixture.host.api.loadSamples({ timeZone: 'Europe/Berlin' })
})
afterAll(() => fixture.close())

const authorization = () => ({ Authorization: `Bearer ${fixture.server.token}` })

async function boardStart(query: string, headers: Record<string, string> = authorization()) {
  const response = await fetch(`${fixture.base}${BOARD_START_PATH}${query}`, { headers })
  return { status: response.status, cache: response.headers.get('cache-control'), body: await response.text() }
}

type Pages = Array<{ stage: string; interviews: Interview[]; more: boolean }>

describe('the board’s first pages in one request', () => {
  it('is started by the page itself: every address of the app carries the preload link', async () => {
    for (const path of ['/', '/index.html', '/interview/123']) {
      const page = await fetch(`${fixture.base}${path}`, { headers: authorization() })
      expect(await page.text()).toContain(BOARD_START_LINK)
    }
    expect(BOARD_START_LINK).toMatch(/^<link rel="preload" as="fetch" crossorigin href="\/api\/board-start\?limit=\d+"/)
  })

  it('answers every stage in board order with the first cards of each, as listStagePage does', async () => {
    const { status, cache, body } = await boardStart('?limit=1')
    expect(status).toBe(200)
    expect(cache).toBe('no-store')
    const result = JSON.parse(body) as ApiResult<Pages>
    if (!result.ok) throw new Error(result.error.message)
    expect(result.value.map((page) => page.stage)).toEqual([...STAGE_IDS])
    for (const page of result.value) {
      const single = await fixture.host.api.listStagePage({ stage: page.stage as Interview['stage'], limit: 1 })
      expect(page).toEqual({ stage: page.stage, ...single })
    }
    expect(result.value.some((page) => page.interviews.length === 1)).toBe(true)
  })

  it('refuses a limit the contract refuses, and a request without the token', async () => {
    const tooMany = await boardStart('?limit=100000')
    expect(tooMany.status).toBe(400)
    expect(JSON.parse(tooMany.body)).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    expect((await boardStart('?limit=nope')).status).toBe(400)
    expect((await boardStart('?limit=1', {})).status).toBe(401)
  })
})
