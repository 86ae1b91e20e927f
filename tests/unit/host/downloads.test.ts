import { afterEach, describe, expect, it, vi } from 'vitest'
import { DOWNLOAD_WAIT_MS, Downloads } from '../../../electron/host/backup/downloads'
import { downloadText } from '../../support/downloads'
import { fields, useTempHosts } from './support'

const hosts = useTempHosts()

const file = { fileName: 'a.csv', contentType: 'text/csv', pieces: async function* () {} }

afterEach(() => vi.useRealTimers())

describe('an export offered for download', () => {
  it('is handed out once, under an id no one can guess, and lapses if no door fetches it', () => {
    vi.useFakeTimers()
    const downloads = new Downloads()
    const first = downloads.offer(file)
    const second = downloads.offer(file)
    expect(first).toMatch(/^[\w-]{24}$/)
    expect(second).not.toBe(first)
    expect(downloads.take(first)).toBe(file)
    expect(downloads.take(first)).toBeUndefined()
    vi.advanceTimersByTime(DOWNLOAD_WAIT_MS)
    expect(downloads.take(second)).toBeUndefined()
  })

  it('does not hold the host: a change between two of its pieces is answered, and the file keeps the board as it was asked for', async () => {
    const { host, client } = await hosts.open()
    const created = []
    for (let index = 0; index < 300; index++) {
      created.push(await client.createInterview({ fields: fields(`Company ${index}`) }))
    }
    const { download } = await client.exportData({ format: 'json' })
    const pieces = host.takeDownload(download)!.pieces()[Symbol.asyncIterator]()
    const head = await pieces.next()
    expect(head.value).toMatch(/^\{\n {2}"schemaVersion": 1,/)

    const renamed = await client.updateInterview({ id: created[299]!.id, fields: fields('Renamed meanwhile') })
    expect(renamed.company).toBe('Renamed meanwhile')
    let rest = ''
    for (let next = await pieces.next(); !next.done; next = await pieces.next()) rest += next.value
    const exported = JSON.parse(head.value + rest) as { interviews: Array<{ company: string }> }
    expect(exported.interviews).toHaveLength(300)
    expect(exported.interviews.map((each) => each.company)).toContain('Company 299')
    expect(exported.interviews.map((each) => each.company)).not.toContain('Renamed meanwhile')

    expect(JSON.parse(await downloadText(host, client.exportData({ format: 'json' }))).interviews).toHaveLength(300)
  })
})
