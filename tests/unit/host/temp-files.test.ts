import { mkdir, readdir, writeFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { failingFileSystem, fields, useTempHosts } from './support'

const temp = useTempHosts()

/** Every file and folder under `dir`, as paths relative to it. */
async function everything(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true })
  return entries.map((entry) => relative(dir, join(dir, entry))).sort()
}

/** Temporary files (ours and conf's) and half-built backups. */
const LITTER = /\.tmp$|\.tmp-|\.partial/

describe('temporary files', () => {
  it('are gone after writes that fail part-way: notes, the interviews file, a backup', async () => {
    const first = await temp.open()
    const acme = await first.client.createInterview({ fields: fields('Acme') })
    await first.host.close()
    // Opened again with data, the host takes the day's backup: there is one to restore.
    const fs = failingFileSystem('ENOSPC', ['rename'])
    const { host, client } = await temp.open({ fileSystem: fs })
    fs.failing = true

    await client.writeNotes({ id: acme.id, markdown: 'kept in memory' })
    await expect(client.restoreBackup({ name: (await client.listBackups({}))[0]!.name })).rejects.toMatchObject({
      code: 'storage',
    })
    await expect(host.close()).rejects.toThrow('could not save')

    expect((await everything(temp.dir)).filter((path) => LITTER.test(path))).toEqual([])
  })

  it('left by a crash are removed at the next start, and nothing else is', async () => {
    await temp.open().then(({ host }) => host.close())
    await mkdir(join(temp.dir, 'notes'), { recursive: true })
    await mkdir(join(temp.dir, 'calendar'), { recursive: true })
    const leftovers = [
      '.interviews.json.4242.tmp',
      '.interviews.json.compacting.4242.tmp',
      '.reminders.json.4242.tmp',
      'settings.json.tmp-1732550400a1b2c3',
      join('notes', '.0b9f6c1e-5d7a-4e0b-9a43-3f1c2d4e5f60.md.4242.tmp'),
      // Copies of the calendar passwords and subscription addresses, now and as earlier versions named them.
      join('calendar', '.secrets.json.4242.tmp'),
      join('calendar', 'secrets.json.tmp-4242'),
      join('calendar', '.events-work.json.4242.tmp'),
    ]
    const kept = [
      'my.tmp.notes.txt',
      join('notes', '0b9f6c1e-5d7a-4e0b-9a43-3f1c2d4e5f60.md'),
      join('calendar', 'secrets.json'),
    ]
    for (const name of [...leftovers, ...kept]) await writeFile(join(temp.dir, name), 'x')

    await temp.open()
    const after = await everything(temp.dir)
    for (const name of leftovers) expect(after).not.toContain(name)
    for (const name of kept) expect(after).toContain(name)
  })
})
