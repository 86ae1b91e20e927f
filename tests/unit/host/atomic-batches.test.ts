import * as fsp from 'node:fs/promises'
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEFAULT_PREFERENCES } from '../../../shared/domain/settings'
import type { FileSystem } from '../../../electron/host/storage/durable-file'
import { PREFERENCES_KEY } from '../../../electron/host/settings/preferences'
import { fields, memorySettings, open, useTempHosts } from './support'
import { downloadText } from '../../support/downloads'

/**
 * Multi-step operations are one journal line; what they write beside it (notes, settings.json) is
 * finished at the next start when a kill came in between. A kill is simulated by a host whose notes
 * or settings writes never happen after its journal line, then a second host opening the folder (as
 * after a crash, the same process takes the lock over).
 */
const temp = useTempHosts()

/** Real files, except that notes files are never written: the kill came right after the journal line. */
function killedBeforeNotes(): FileSystem {
  const wrapper = { ...fsp } as FileSystem
  wrapper.rename = (async (from: string, to: string) => {
    if (String(to).endsWith('.md')) return new Promise(() => undefined)
    return fsp.rename(from, to)
  }) as typeof fsp.rename
  return wrapper
}

/** An export of `companies` (with notes by index), made in the test's folder, which is then emptied again. */
async function exportFile(
  companies: string[],
  notes: Record<number, string>,
): Promise<{ json: string; ids: string[] }> {
  const source = await temp.open()
  const ids: string[] = []
  for (const company of companies) ids.push((await source.client.createInterview({ fields: fields(company) })).id)
  for (const [index, markdown] of Object.entries(notes)) {
    await source.client.writeNotes({ id: ids[Number(index)]!, markdown })
  }
  const text = await downloadText(source.host, source.client.exportData({ format: 'json' }))
  await source.host.close()
  await fsp.rm(temp.dir, { recursive: true, force: true })
  await mkdir(temp.dir)
  return { json: text, ids }
}

describe('an import', () => {
  it('is one journal line: a kill before its notes reach their files is finished at the next start, with a notice', async () => {
    const { json, ids } = await exportFile(['Acme', 'Globex', 'Initech'], { 0: 'Acme notes', 2: 'Initech notes' })
    // Never closed: its import never ends, as a killed process's would not.
    const killed = await open(temp.dir, { fileSystem: killedBeforeNotes() })
    void killed.client.importData({ json })
    await expect.poll(async () => (await killed.client.listInterviews({})).length).toBe(3)
    const lines = (await readFile(join(temp.dir, 'interviews.journal'), 'utf8')).split('\n').filter(Boolean)
    expect(lines).toHaveLength(1)

    const restarted = await temp.open()
    expect((await restarted.client.listInterviews({})).map((interview) => interview.company).sort()).toEqual([
      'Acme',
      'Globex',
      'Initech',
    ])
    expect((await restarted.client.readNotes({ id: ids[0]! })).markdown).toBe('Acme notes')
    expect((await restarted.client.readNotes({ id: ids[2]! })).markdown).toBe('Initech notes')
    const { notices } = await restarted.client.getHostInfo({})
    expect(notices.map((notice) => notice.message)).toContainEqual(
      expect.stringContaining('stopped in the middle of an import, a restore or a settings change'),
    )
  })

  it('finished at start never overwrites notes saved after it', async () => {
    const { json, ids } = await exportFile(['Acme'], { 0: 'from the file' })
    const first = await temp.open()
    await first.client.importData({ json })
    await first.client.writeNotes({ id: ids[0]!, markdown: 'written since' })
    // A crash now: the import's line is still in the journal (no compaction yet).
    const restarted = await temp.open()
    expect((await restarted.client.readNotes({ id: ids[0]! })).markdown).toBe('written since')
    expect((await restarted.client.getHostInfo({})).notices).toEqual([])
  })

  it("finished at start keeps the last import's notes when a save between two imports put the older text back", async () => {
    const { json, ids } = await exportFile(['Acme'], { 0: 'eight' })
    const later = (text: string, at: string) =>
      json.replace('"eight"', JSON.stringify(text)).replace(/"updatedAt": *"[^"]+"/, `"updatedAt": "${at}"`)
    const first = await temp.open()
    await first.client.importData({ json })
    await first.client.importData({ json: later('two', '2030-01-01T00:00:00.000Z') })
    await first.client.writeNotes({ id: ids[0]!, markdown: 'written between' })
    await first.client.importData({ json: later('eight', '2031-01-01T00:00:00.000Z') })
    expect((await first.client.readNotes({ id: ids[0]! })).markdown).toBe('eight')
    // A crash now: the three imports are still in the journal; the second replaced "eight", the file's text now.
    const restarted = await temp.open()
    expect((await restarted.client.readNotes({ id: ids[0]! })).markdown).toBe('eight')
    expect((await restarted.client.getHostInfo({})).notices).toEqual([])
  })

  it('that failed can be tried again', async () => {
    const { json } = await exportFile(['Acme', 'Globex'], {})
    const { client } = await temp.open()
    await expect(client.importData({ json: json.replace('"Globex"', '"Globex", "stray": 1') })).rejects.toMatchObject({
      code: 'invalid-input',
    })
    expect(await client.listInterviews({})).toEqual([])
    expect(await client.importData({ json })).toEqual({ interviews: 2, notes: 0, kept: 0 })
  })
})

describe('a settings change that moves follow-ups', () => {
  it('is one journal line with the new settings: a kill before settings.json is written is finished at start', async () => {
    const settings = memorySettings()
    const { client } = await temp.open({ settings })
    await client.createInterview({ fields: fields('Acme') })
    const changed = { ...DEFAULT_PREFERENCES, workingHours: { start: '08:00', end: '17:30' } }
    settings.set = () => {
      throw new Error('killed before settings.json was written')
    }
    await client.setPreferences(changed).catch(() => undefined)
    const movedDue = (await client.listInterviews({}))[0]!.tasks.map((task) => task.due)

    // settings.json as the kill left it: without the change.
    const onDisk = memorySettings()
    const restarted = await temp.open({ settings: onDisk })
    expect(onDisk.values[PREFERENCES_KEY]).toMatchObject({ workingHours: { start: '08:00', end: '17:30' } })
    expect(await restarted.client.getPreferences({})).toEqual(changed)
    expect((await restarted.client.listInterviews({}))[0]!.tasks.map((task) => task.due)).toEqual(movedDue)
  })
})

describe('a backup a kill cut short', () => {
  it('is removed at the next start, with a notice naming it', async () => {
    const first = await temp.open()
    await first.client.createInterview({ fields: fields('Acme') })
    await first.host.close()
    const partial = join(temp.dir, 'backups', '.before-restore-20250310-090000.partial')
    await mkdir(join(partial, 'notes'), { recursive: true })
    await writeFile(join(partial, 'interviews.json'), '{"schemaVersion":1,"inter')

    const { client } = await temp.open()
    expect(await readdir(join(temp.dir, 'backups'))).not.toContain('.before-restore-20250310-090000.partial')
    const { notices } = await client.getHostInfo({})
    expect(notices.map((notice) => notice.message)).toContainEqual(
      expect.stringContaining('.before-restore-20250310-090000.partial'),
    )
  })
})
