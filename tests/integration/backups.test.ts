import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { HostEvent } from '../../shared/api/contract'
import { ApiError } from '../../shared/api/errors'
import { fields, makeTempDir, memorySettings, open, type TestHost } from '../unit/host/support'
import { snapshotFolder } from './web-fixture'

let dir: string
let cleanup: () => Promise<void>
let now: Date
const opened: TestHost[] = []

beforeEach(async () => {
  ;({ dir, cleanup } = await makeTempDir())
  now = new Date(2025, 2, 10, 9, 0)
})

afterEach(async () => {
  for (const { host } of opened.splice(0)) await host.close()
  await cleanup()
})

async function openAt(day: number, settings = memorySettings(), backupCheckMs?: number): Promise<TestHost> {
  now = new Date(2025, 2, day, 9, 0)
  const opening = await open(dir, { now: () => now, settings, ...(backupCheckMs ? { backupCheckMs } : {}) })
  opened.push(opening)
  return opening
}

async function closeAll(): Promise<void> {
  for (const { host } of opened.splice(0)) await host.close()
}

async function companies({ client }: TestHost): Promise<string[]> {
  return (await client.listInterviews({ includeArchived: true })).map((interview) => interview.company).sort()
}

describe('daily backups', () => {
  it('are taken at start once the folder holds data, with interviews, notes and settings', async () => {
    const first = await openAt(10)
    expect(await first.client.listBackups({})).toEqual([])
    const acme = await first.client.createInterview({ fields: fields('Acme') })
    await first.client.writeNotes({ id: acme.id, markdown: '# Acme notes' })
    await closeAll()

    const second = await openAt(10)
    const [backup] = await second.client.listBackups({})
    expect(backup).toMatchObject({ name: '2025-03-10', kind: 'daily', interviewCount: 1 })
    const folder = join(dir, 'backups', '2025-03-10')
    expect((await readdir(folder)).sort()).toEqual(['backup.json', 'interviews.json', 'notes'])
    expect(await readFile(join(folder, 'notes', `${acme.id}.md`), 'utf8')).toBe('# Acme notes')
    expect(JSON.parse(await readFile(join(folder, 'interviews.json'), 'utf8')).interviews).toHaveLength(1)
  })

  it('keep only the configured number of days', async () => {
    const settings = memorySettings({ preferences: { backupsToKeep: 2 } })
    await (await openAt(1, settings)).client.createInterview({ fields: fields('Acme') })
    await closeAll()
    for (const day of [2, 3, 4]) {
      await openAt(day, settings)
      await closeAll()
    }
    const names = (await (await openAt(4, settings)).client.listBackups({})).map((backup) => backup.name)
    expect(names).toEqual(['2025-03-04', '2025-03-03'])
  })

  it('are taken each new day while the host keeps running', async () => {
    const running = await openAt(10, memorySettings(), 20)
    await running.client.createInterview({ fields: fields('Acme') })
    now = new Date(2025, 2, 11, 0, 5)
    await expect.poll(async () => (await running.client.listBackups({})).map((b) => b.name)).toContain('2025-03-11')
  })
})

describe('"Back up now"', () => {
  it('takes a backup at once, lists it as the user’s own, keeps it through pruning and can restore it', async () => {
    const settings = memorySettings({ preferences: { backupsToKeep: 1 } })
    const host = await openAt(10, settings)
    await host.client.createInterview({ fields: fields('Acme') })
    const taken = await host.client.backUpNow({})
    expect(taken).toMatchObject({ kind: 'manual', interviewCount: 1 })
    expect(taken.name).toMatch(/^manual-20250310-\d{6}$/)
    expect((await host.client.backUpNow({})).name).not.toBe(taken.name)
    await closeAll()
    for (const day of [11, 12]) {
      await (await openAt(day, settings)).client.createInterview({ fields: fields(`Day ${day}`) })
      await closeAll()
    }
    const later = await openAt(12, settings)
    const kinds = (await later.client.listBackups({})).map((backup) => backup.kind)
    expect(kinds.filter((kind) => kind === 'manual')).toHaveLength(2)
    expect(kinds.filter((kind) => kind === 'daily')).toHaveLength(1)
    await later.client.restoreBackup({ name: taken.name })
    expect(await companies(later)).toEqual(['Acme'])
  })
})

describe('restoring a backup', () => {
  async function backupThenChange(): Promise<{ host: TestHost; acmeId: string }> {
    const first = await openAt(10)
    const acme = await first.client.createInterview({ fields: fields('Acme') })
    await first.client.createInterview({ fields: fields('Globex') })
    await first.client.writeNotes({ id: acme.id, markdown: 'before' })
    await first.client.setPreferences({ ...(await first.client.getPreferences({})), fewDays: 4 })
    const settings = memorySettings({ preferences: await first.client.getPreferences({}) })
    await closeAll()
    // The settings backend stands in for settings.json: seed the file the backup copies.
    await writeFile(join(dir, 'settings.json'), JSON.stringify({ preferences: { fewDays: 4 } }))
    const host = await openAt(11, settings)
    const globex = (await host.client.listInterviews({})).find((interview) => interview.company === 'Globex')!
    await host.client.deleteInterview({ id: globex.id })
    await host.client.createInterview({ fields: fields('Initech') })
    await host.client.writeNotes({ id: acme.id, markdown: 'after' })
    await host.client.setPreferences({ ...(await host.client.getPreferences({})), fewDays: 6 })
    return { host, acmeId: acme.id }
  }

  it('brings back its interviews, notes and preferences, tells every window, and can be undone', async () => {
    const { host, acmeId } = await backupThenChange()
    const events: HostEvent[] = []
    host.client.onEvent((event) => events.push(event))

    const { setAsideAs } = await host.client.restoreBackup({ name: '2025-03-11' })

    expect(await companies(host)).toEqual(['Acme', 'Globex'])
    expect((await host.client.readNotes({ id: acmeId })).markdown).toBe('before')
    expect((await host.client.getPreferences({})).fewDays).toBe(4)
    expect(events.map((event) => event.topic)).toEqual(expect.arrayContaining(['interviews', 'notes', 'preferences']))
    const notice = (await host.client.getHostInfo({})).notices.at(-1)!
    expect(notice.restore).toMatchObject({
      restored: { name: '2025-03-11', kind: 'daily' },
      setAside: { name: setAsideAs, kind: 'before-restore' },
    })
    // Named as the backups table names them, never by folder (a walkthrough).
    expect(notice.message).not.toContain(setAsideAs)
    expect(notice.message).toMatch(/^Restored the backup from .+ \(daily backup\)\./)

    await host.client.restoreBackup({ name: setAsideAs })
    expect(await companies(host)).toEqual(['Acme', 'Initech'])
    expect((await host.client.readNotes({ id: acmeId })).markdown).toBe('after')
    // The undo's notice takes the place of the restore's: they stacked, one banner a restore (a walkthrough).
    const restoreNotices = (await host.client.getHostInfo({})).notices.filter((shown) => shown.restore)
    expect(restoreNotices.map((shown) => shown.restore?.restored.name)).toEqual([setAsideAs])
    expect((await host.client.getHostInfo({})).notices.filter((shown) => /^Restored/.test(shown.message))).toHaveLength(
      1,
    )
  })

  it('survives a restart', async () => {
    const { host } = await backupThenChange()
    await host.client.restoreBackup({ name: '2025-03-11' })
    await closeAll()
    expect(await companies(await openAt(11))).toEqual(['Acme', 'Globex'])
  })

  it('refuses a damaged backup, an unknown one and a name that leaves the folder, changing nothing', async () => {
    const { host } = await backupThenChange()
    await writeFile(join(dir, 'backups', '2025-03-11', 'interviews.json'), '{"schemaVersion": 1, "interv')
    const before = await snapshotFolder(dir)

    const damaged = await host.client.restoreBackup({ name: '2025-03-11' }).catch((error: unknown) => error)
    expect(damaged).toBeInstanceOf(ApiError)
    expect((damaged as ApiError).message).toMatch(/backup 2025-03-11 cannot be restored.*Nothing was changed/)
    const unknown = await host.client.restoreBackup({ name: '2024-01-01' }).catch((error: unknown) => error)
    expect(unknown).toMatchObject({ code: 'not-found' })
    const outside = await host.client.restoreBackup({ name: '../../etc' }).catch((error: unknown) => error)
    expect(outside).toMatchObject({ code: 'invalid-input' })

    expect(await snapshotFolder(dir)).toEqual(before)
    expect(await companies(host)).toEqual(['Acme', 'Initech'])
  })
})
