import { appendFile, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fields, filesIn, type TestHost, useTempHosts } from './support'

const temp = useTempHosts()

const openHere = () => temp.open()

async function companies(host: TestHost): Promise<string[]> {
  return (await host.client.listInterviews({ includeArchived: true })).map((i) => i.company)
}

const path = (name: string) => join(temp.dir, name)

/** Three sessions: interviews.json holds A, B, C; the backup holds A, B; the previous journal adds C. */
async function threeSessions(): Promise<void> {
  const first = await openHere()
  await first.client.createInterview({ fields: fields('A') })
  await first.client.createInterview({ fields: fields('B') })
  await first.host.close()
  const second = await openHere()
  await second.client.createInterview({ fields: fields('C') })
  await second.host.close()
}

describe('a damaged interviews.json', () => {
  it.each([
    ['not JSON', () => 'this is not json'],
    ['empty', () => ''],
    ['truncated', (good: string) => good.slice(0, Math.floor(good.length / 2))],
    ['not matching the schema', () => JSON.stringify({ schemaVersion: 1, interviews: [{ id: 'nope' }] })],
  ])('%s: is set aside with a timestamp and the last good copy restored, with a notice', async (_, damage) => {
    await threeSessions()
    const good = await readFile(path('interviews.json'), 'utf8')
    const damaged = damage(good)
    await writeFile(path('interviews.json'), damaged)

    const host = await openHere()
    expect(await companies(host)).toEqual(['A', 'B', 'C'])
    const aside = (await filesIn(temp.dir)).filter((name) => name.startsWith('interviews.json.corrupt-'))
    expect(aside).toHaveLength(1)
    expect(aside[0]).toMatch(/^interviews\.json\.corrupt-\d{8}-\d{6}$/)
    expect(await readFile(path(aside[0]!), 'utf8')).toBe(damaged)

    const { notices } = await host.client.getHostInfo({})
    expect(notices).toHaveLength(1)
    expect(notices[0]!.level).toBe('warning')
    expect(notices[0]!.message).toContain(path(aside[0]!))
    expect(notices[0]!.message).toContain('restored')

    // The restored state was written back at once: a good interviews.json again.
    expect(JSON.parse(await readFile(path('interviews.json'), 'utf8')).interviews).toHaveLength(3)
  })

  it('is validated in full once edited outside the app: a valid edit is kept, an invalid one set aside', async () => {
    await threeSessions()
    const good = await readFile(path('interviews.json'), 'utf8')
    await writeFile(path('interviews.json'), good.replace('"company":"B"', '"company":"B (edited)"'))
    const edited = await openHere()
    expect(await companies(edited)).toEqual(['A', 'B (edited)', 'C'])
    await edited.host.close()

    const current = await readFile(path('interviews.json'), 'utf8')
    await writeFile(path('interviews.json'), current.replace('"stage":"interviewed"', '"stage":"somewhere"'))
    const host = await openHere()
    // The backup is the edited file: the close before rewrote it the host's way.
    expect(await companies(host)).toEqual(['A', 'B (edited)', 'C'])
    expect((await host.client.getHostInfo({})).notices[0]!.message).toContain('does not match the expected format')
  })

  it('is rebuilt from the journal alone when there is no backup yet', async () => {
    const first = await openHere()
    await first.client.createInterview({ fields: fields('A') })
    await first.host.close()
    await writeFile(path('interviews.json'), '{"schemaVersion":1,"inter')
    const host = await openHere()
    expect(await companies(host)).toEqual(['A'])
    expect((await host.client.getHostInfo({})).notices[0]!.level).toBe('warning')
  })

  it('never silently becomes an empty board: with nothing to restore, an error names the set-aside file', async () => {
    const first = await openHere()
    await first.client.createInterview({ fields: fields('A') })
    await first.host.close()
    await writeFile(path('interviews.json'), 'garbage')
    await rm(path('interviews.journal.prev'))

    const host = await openHere()
    expect(await companies(host)).toEqual([])
    const [notice] = (await host.client.getHostInfo({})).notices
    expect(notice!.level).toBe('error')
    expect(notice!.message).toMatch(/empty board/)
    expect(notice!.message).toMatch(/interviews\.json\.corrupt-\d{8}-\d{6}/)
  })

  it('sets a damaged backup aside too when it is needed', async () => {
    await threeSessions()
    await writeFile(path('interviews.json'), 'garbage')
    await writeFile(path('interviews.json.bak'), 'more garbage')
    const host = await openHere()
    const names = await filesIn(temp.dir)
    expect(names.some((name) => name.startsWith('interviews.json.bak.corrupt-'))).toBe(true)
    const messages = (await host.client.getHostInfo({})).notices.map((n) => n.message).join('\n')
    expect(messages).toContain('interviews.json.bak')
  })

  it('a missing interviews.json after a crash mid-compaction is rebuilt quietly from the backup and journal', async () => {
    await threeSessions()
    const third = await openHere()
    await third.client.createInterview({ fields: fields('D') })
    // The compaction's first step renamed the snapshot to the backup; the crash came before the new one.
    await rename(path('interviews.json'), path('interviews.json.bak'))
    const host = await openHere()
    expect(await companies(host)).toEqual(['A', 'B', 'C', 'D'])
    expect((await host.client.getHostInfo({})).notices).toEqual([])
  })
})

describe('the change journal', () => {
  it('drops a torn last line (an append cut short, never acknowledged) silently', async () => {
    const first = await openHere()
    await first.client.createInterview({ fields: fields('A') })
    await first.client.createInterview({ fields: fields('B') })
    await appendFile(path('interviews.journal'), '{"v":1,"seq":3,"op":"change","entry":{"label":"Add C","inter')

    const second = await openHere()
    expect(await companies(second)).toEqual(['A', 'B'])
    expect((await second.client.getHostInfo({})).notices).toEqual([])
    expect((await readFile(path('interviews.journal'), 'utf8')).endsWith('}\n')).toBe(true)

    await second.client.createInterview({ fields: fields('C') })
    const third = await openHere()
    expect(await companies(third)).toEqual(['A', 'B', 'C'])
  })

  it('with garbage in the middle: keeps the valid prefix, sets the journal aside and says so', async () => {
    const first = await openHere()
    for (const company of ['A', 'B', 'C']) await first.client.createInterview({ fields: fields(company) })
    const lines = (await readFile(path('interviews.journal'), 'utf8')).split('\n')
    lines[1] = 'x'.repeat(40)
    await writeFile(path('interviews.journal'), lines.join('\n'))

    const second = await openHere()
    expect(await companies(second)).toEqual(['A'])
    const aside = (await filesIn(temp.dir)).filter((name) => name.startsWith('interviews.journal.corrupt-'))
    expect(aside).toHaveLength(1)
    const [notice] = (await second.client.getHostInfo({})).notices
    expect(notice!.message).toContain('line 2')
    expect(notice!.message).toContain(path(aside[0]!))

    const third = await openHere()
    expect(await companies(third)).toEqual(['A'])
    expect((await third.client.getHostInfo({})).notices).toEqual([])
  })

  it('ignores damage in records the snapshot already holds', async () => {
    await threeSessions()
    // interviews.journal.prev holds only the change already folded into interviews.json.
    const prev = await readFile(path('interviews.journal.prev'), 'utf8')
    await writeFile(path('interviews.journal.prev'), prev.replace('"Add C"', '"Add C'))
    const host = await openHere()
    expect(await companies(host)).toEqual(['A', 'B', 'C'])
    expect((await host.client.getHostInfo({})).notices).toEqual([])
  })
})
