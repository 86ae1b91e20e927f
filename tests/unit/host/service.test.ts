import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { HostEvent } from '../../../shared/api/contract'
import { ApiError } from '../../../shared/api/errors'
import { fields, memorySettings, person, useTempHosts } from './support'

const temp = useTempHosts()

const openHere = temp.open

describe('interviews', () => {
  it('creates an interview with a host-assigned id, timestamps and a place at the end of its stage', async () => {
    const { client } = await openHere({ now: () => new Date('2025-03-10T09:00:00.000Z') })
    const first = await client.createInterview({ fields: fields('Acme') })
    const second = await client.createInterview({ fields: fields('Globex') })
    expect(first).toMatchObject({ company: 'Acme', stage: 'interviewed', archived: false })
    expect(first.id).toMatch(/^[0-9a-f-]{36}$/)
    expect(first.createdAt).toBe('2025-03-10T09:00:00.000Z')
    expect(first.interviewers[0]).toMatchObject({ name: 'Dana Reyes', email: '' })
    expect(second.order > first.order).toBe(true)
    expect((await client.listInterviews({})).map((i) => i.company)).toEqual(['Acme', 'Globex'])
  })

  it('updates the fields and keeps what the host owns', async () => {
    const { client } = await openHere()
    const created = await client.createInterview({ fields: fields('Acme'), stage: 'thanked' })
    const updated = await client.updateInterview({ id: created.id, fields: fields('Acme Corp', { round: 2 }) })
    expect(updated).toMatchObject({ company: 'Acme Corp', round: 2, stage: 'thanked', order: created.order })
    expect(updated.createdAt).toBe(created.createdAt)
    expect(updated.updatedAt > created.updatedAt).toBe(true)
    expect(await client.getInterview({ id: created.id })).toEqual(updated)
  })

  it('answers not-found for an unknown id', async () => {
    const { client } = await openHere()
    const id = person('x').id
    await expect(client.getInterview({ id })).rejects.toMatchObject({
      code: 'not-found',
      message: `No interview with id ${id}`,
    })
    await expect(client.moveInterview({ id, stage: 'offer' })).rejects.toMatchObject({ code: 'not-found' })
  })

  it('moves before another interview, or last, rewriting only the moved record', async () => {
    const { client } = await openHere()
    const a = await client.createInterview({ fields: fields('A'), stage: 'thanked' })
    const b = await client.createInterview({ fields: fields('B'), stage: 'thanked' })
    const c = await client.createInterview({ fields: fields('C') })
    await client.moveInterview({ id: c.id, stage: 'thanked', beforeId: b.id })
    const board = async () => (await client.listInterviews({})).map((i) => `${i.stage}:${i.company}`)
    expect(await board()).toEqual(['thanked:A', 'thanked:C', 'thanked:B'])
    await client.moveInterview({ id: a.id, stage: 'thanked' })
    expect(await board()).toEqual(['thanked:C', 'thanked:B', 'thanked:A'])
    await client.moveInterview({ id: c.id, stage: 'offer' })
    expect(await board()).toEqual(['thanked:B', 'thanked:A', 'offer:C'])

    const journal = (await readFile(join(temp.dir, 'interviews.journal'), 'utf8')).trim().split('\n')
    const lastMove = JSON.parse(journal.at(-1)!)
    expect(lastMove.entry).toMatchObject({ label: 'Move C to Offer', interviewId: c.id })
    expect(lastMove.entry.after).toMatchObject({ id: c.id, stage: 'offer' })
  })

  it('refuses to place an interview before one in another stage', async () => {
    const { client } = await openHere()
    const a = await client.createInterview({ fields: fields('A') })
    const b = await client.createInterview({ fields: fields('B'), stage: 'offer' })
    const error = await client.moveInterview({ id: a.id, stage: 'thanked', beforeId: b.id }).catch((e) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ code: 'invalid-input' })
    expect(error.message).toContain('not in Thanked')
    expect((await client.getInterview({ id: a.id })).stage).toBe('interviewed')
  })

  it('hides archived interviews unless asked, and deletes', async () => {
    const { client } = await openHere()
    const a = await client.createInterview({ fields: fields('A') })
    const b = await client.createInterview({ fields: fields('B') })
    await client.setArchived({ id: a.id, archived: true })
    expect((await client.listInterviews({})).map((i) => i.company)).toEqual(['B'])
    expect((await client.listInterviews({ includeArchived: true })).map((i) => i.company)).toEqual(['A', 'B'])
    await client.deleteInterview({ id: b.id })
    expect((await client.listInterviews({ includeArchived: true })).map((i) => i.company)).toEqual(['A'])
    await expect(client.getInterview({ id: b.id })).rejects.toMatchObject({ code: 'not-found' })
  })

  it('tells listeners which interviews changed and what they hold now, after the change is acknowledged', async () => {
    const { client, host } = await openHere()
    const events: HostEvent[] = []
    host.onEvent((event) => events.push(event))
    const a = await client.createInterview({ fields: fields('A') })
    const archived = await client.setArchived({ id: a.id, archived: true })
    await client.writeNotes({ id: a.id, markdown: '# Notes' })
    await client.setPreferences({ theme: 'dark' })
    await client.deleteInterview({ id: a.id })
    expect(events).toEqual([
      { topic: 'interviews', ids: [a.id], interviews: [a] },
      { topic: 'interviews', ids: [a.id], interviews: [archived] },
      { topic: 'notes', id: a.id, revision: expect.any(String) },
      { topic: 'preferences' },
      { topic: 'interviews', ids: [a.id], interviews: [] },
    ])
  })
})

describe('durability', () => {
  it('has every acknowledged change on disk when the call returns (a second host, without closing the first)', async () => {
    const { client } = await openHere()
    const a = await client.createInterview({ fields: fields('Acme') })
    const b = await client.createInterview({ fields: fields('Globex') })
    await client.moveInterview({ id: a.id, stage: 'thanked' })
    await client.deleteInterview({ id: b.id })
    // Same process id: the new host takes the lock over, as after a crash.
    const reopened = await openHere()
    const board = await reopened.client.listInterviews({})
    expect(board.map((i) => `${i.stage}:${i.company}`)).toEqual(['thanked:Acme'])
    expect((await reopened.client.getHostInfo({})).notices).toEqual([])
  })

  it('writes one journal line per change, the size of the change rather than of the database', async () => {
    const { client } = await openHere()
    for (let index = 0; index < 50; index++) await client.createInterview({ fields: fields(`Company ${index}`) })
    const target = (await client.listInterviews({}))[0]!
    const before = (await readFile(join(temp.dir, 'interviews.journal'))).length
    await client.updateInterview({ id: target.id, fields: fields('Renamed') })
    const after = (await readFile(join(temp.dir, 'interviews.journal'))).length
    expect(after - before).toBeLessThan(3 * JSON.stringify(target).length)
  })

  it('compacts into interviews.json at close, keeping the previous snapshot and journal', async () => {
    const first = await openHere()
    await first.client.createInterview({ fields: fields('Acme') })
    await first.host.close()
    const snapshot = JSON.parse(await readFile(join(temp.dir, 'interviews.json'), 'utf8'))
    expect(snapshot).toMatchObject({ schemaVersion: 1, seq: 1, interviews: [{ company: 'Acme' }] })
    expect(await readFile(join(temp.dir, 'interviews.journal.prev'), 'utf8')).toContain('"seq":1')

    const second = await openHere()
    await second.client.createInterview({ fields: fields('Globex') })
    await second.host.close()
    const backup = JSON.parse(await readFile(join(temp.dir, 'interviews.json.bak'), 'utf8'))
    expect(backup.interviews.map((i: { company: string }) => i.company)).toEqual(['Acme'])
  })

  it('compacts when the journal outgrows its threshold, and reopens to the same board', async () => {
    const { client } = await openHere({ compactAtBytes: 4000 })
    for (let index = 0; index < 12; index++) await client.createInterview({ fields: fields(`Company ${index}`) })
    // The compaction runs in the background, a slice per turn of the loop, after the changes' answers.
    const snapshotted = async () =>
      JSON.parse(await readFile(join(temp.dir, 'interviews.json'), 'utf8')).interviews.length
    await expect.poll(snapshotted, { timeout: 5_000 }).toBeGreaterThan(0)
    const reopened = await openHere()
    expect(await reopened.client.listInterviews({})).toHaveLength(12)
  })

  it('refuses calls after close and releases the lock', async () => {
    const { host, client } = await openHere()
    await host.close()
    await expect(client.listInterviews({})).rejects.toMatchObject({ code: 'unavailable' })
    await expect(client.createInterview({ fields: fields('Late') })).rejects.toMatchObject({ code: 'unavailable' })
    await expect(readFile(join(temp.dir, 'debrief.lock'))).rejects.toMatchObject({ code: 'ENOENT' })
  })
})

describe('host info and notices', () => {
  it('reports version, data folder, undo state and what it repaired on opening; dismissing removes a notice', async () => {
    await writeFile(join(temp.dir, 'settings.json'), '{ torn')
    const { client, host } = await openHere({ settings: () => memorySettings() })
    const events: HostEvent[] = []
    host.onEvent((event) => events.push(event))
    const info = await client.getHostInfo({})
    expect(info).toMatchObject({ version: '0.0.0-test', dataDir: temp.dir, canUndo: false, canRedo: false })
    expect(info.notices).toEqual([
      expect.objectContaining({ level: 'warning', message: expect.stringMatching(/settings/) }),
    ])
    await client.dismissNotice({ id: info.notices[0]!.id })
    expect((await client.getHostInfo({})).notices).toEqual([])
    expect(events).toEqual([{ topic: 'notices', notices: [] }])
  })
})

describe('the window’s state', () => {
  it('answers a read with the state just sent, before its write is on disk', async () => {
    const { client } = await openHere()
    const state = { tabs: [{ kind: 'board' as const }, { kind: 'settings' as const }], active: 1, scroll: [] }
    // A page reloaded at once asks for the state its last moment sent (a draft typed just before): the
    // read came back before the queued write, with the state before it, and the draft was lost.
    const written = client.setWindowState(state)
    expect(await client.getWindowState({})).toMatchObject({ tabs: state.tabs, active: 1 })
    await written
  })
})
