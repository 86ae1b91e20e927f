import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MAX_IMPORT_BODY_BYTES } from '../../electron/web/api'
import { MAX_NOTES_LENGTH } from '../../shared/api/contract'
import type { ApiResult } from '../../shared/api/errors'
import { fields, makeTempDir, open } from '../unit/host/support'
import { rawRequest, startFixture, type WebFixture } from './web-fixture'
import { downloadText } from '../support/downloads'

let fixture: WebFixture
beforeAll(async () => {
  fixture = await startFixture()
})
afterAll(() => fixture.close())

/** A real export past the 16 MiB every other call is held to: a dozen interviews with long notes. */
async function largeExport(): Promise<string> {
  const { dir, cleanup } = await makeTempDir()
  const source = await open(dir)
  try {
    for (let index = 0; index < 12; index++) {
      const interview = await source.client.createInterview({ fields: fields(`Company ${index}`) })
      const line = `Round ${index}: "quoted" — ümlauts and a line break\n`
      await source.client.writeNotes({
        id: interview.id,
        markdown: line.repeat(Math.floor((MAX_NOTES_LENGTH * 0.8) / line.length)),
      })
    }
    return await downloadText(source.host, source.client.exportData({ format: 'json' }))
  } finally {
    await source.host.close()
    await cleanup()
  }
}

describe('importing over HTTP', () => {
  it('takes an export above 16 MiB, as the desktop app does', { timeout: 60_000 }, async () => {
    const text = await largeExport()
    const body = JSON.stringify({ json: text })
    expect(Buffer.byteLength(body)).toBeGreaterThan(16 * 1024 * 1024)

    const response = await fetch(`${fixture.base}/api/importData`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${fixture.server.token}` },
      body,
    })
    const result = (await response.json()) as ApiResult<unknown>
    expect(result).toEqual({ ok: true, value: { interviews: 12, notes: 12, kept: 0 } })
    expect(response.status).toBe(200)
    expect(await fixture.host.api.listInterviews({ includeArchived: true })).toHaveLength(12)
  })

  it('still refuses an import body larger than any file the import limit allows, without reading it', async () => {
    const response = await rawRequest(fixture.server.port, {
      method: 'POST',
      path: '/api/importData',
      headers: {
        Authorization: `Bearer ${fixture.server.token}`,
        'Content-Type': 'application/json',
        'Content-Length': String(MAX_IMPORT_BODY_BYTES + 1),
      },
    })
    expect(response.status).toBe(413)
    expect(response.body).toContain('Request body is larger than 572 MiB')
  })
})
