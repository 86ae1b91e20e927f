import { chmod, readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import Conf from 'conf'
import { describe, expect, it } from 'vitest'
import { settingsStoreOptions } from '../../../electron/host/settings/settings-file'
import { fields, useTempHosts } from './support'

const temp = useTempHosts()

/** Root writes whatever the modes say, so a read-only folder cannot be made for it. */
const runsAsRoot = process.getuid?.() === 0

/** The data folder and everything in it made read-only (or writable again), as a user's chmod would. */
async function setWritable(dir: string, writable: boolean): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    const path = join(entry.parentPath, entry.name)
    await chmod(path, entry.isDirectory() ? (writable ? 0o755 : 0o555) : writable ? 0o644 : 0o444)
  }
  await chmod(dir, writable ? 0o755 : 0o555)
}

function confSettings(dir: string) {
  const { cwd, name } = settingsStoreOptions(dir)
  return () => new Conf<Record<string, unknown>>({ cwd, configName: name, projectName: 'debrief' })
}

describe.skipIf(runsAsRoot)('a read-only data folder (skipped as root: root ignores file modes)', () => {
  it('opens with the interviews and notes on the board, a notice, and changes held until it is writable', async () => {
    const first = await temp.open({ settings: confSettings(temp.dir) })
    const acme = await first.client.createInterview({ fields: fields('Acme') })
    await first.client.writeNotes({ id: acme.id, markdown: 'Asked about on-call.' })
    await first.client.setPreferences({ theme: 'dark' })
    await first.host.close()
    await setWritable(temp.dir, false)

    try {
      const { host, client } = await temp.open({ settings: confSettings(temp.dir), retryHeldMs: 20 })
      expect((await client.listInterviews({})).map((interview) => interview.company)).toEqual(['Acme'])
      expect((await client.readNotes({ id: acme.id })).markdown).toBe('Asked about on-call.')
      expect((await client.getPreferences({})).theme).toBe('dark')
      const { notices } = await client.getHostInfo({})
      expect(notices).toContainEqual(
        expect.objectContaining({
          level: 'warning',
          message: expect.stringContaining(`Debrief can't write to ${temp.dir}: permission was denied (EACCES)`),
        }),
      )

      await client.updateInterview({ id: acme.id, fields: fields('Acme Corp') })
      expect((await client.getInterview({ id: acme.id })).company).toBe('Acme Corp')
      expect((await client.getHostInfo({})).notices[0]).toMatchObject({ level: 'error', unsavedChanges: 1 })

      await setWritable(temp.dir, true)
      await expect.poll(async () => (await client.getHostInfo({})).notices[0]?.level, { timeout: 5000 }).toBe('info')
      await host.close()
    } finally {
      await setWritable(temp.dir, true)
    }
    const fresh = await temp.open()
    expect((await fresh.client.getInterview({ id: acme.id })).company).toBe('Acme Corp')
    expect(await readFile(join(temp.dir, 'notes', `${acme.id}.md`), 'utf8')).toBe('Asked about on-call.')
  })
})
