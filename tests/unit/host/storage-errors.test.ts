import * as fsp from 'node:fs/promises'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { FileSystem } from '../../../electron/host/durable-file'
import { failingFileSystem, fields, memorySettings, useTempHosts } from './support'

const temp = useTempHosts()

const openHere = temp.open

/** Real files, but while `failing` each journal append writes half its bytes and then reports a full disk. */
function tearingFileSystem(): FileSystem & { failing: boolean } {
  const wrapper = { ...fsp, failing: false } as FileSystem & { failing: boolean }
  wrapper.open = (async (...args: Parameters<typeof fsp.open>) => {
    const handle = await fsp.open(...args)
    if (!wrapper.failing || args[1] !== 'a') return handle
    const write = handle.write.bind(handle) as (data: string) => Promise<unknown>
    return Object.assign(handle, {
      write: async (data: string) => {
        await write(data.slice(0, data.length / 2))
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' })
      },
    })
  }) as typeof fsp.open
  return wrapper
}

describe('a failed write', () => {
  it.each(['ENOSPC', 'EACCES', 'EROFS'])('%s: is a storage error, and nothing changes', async (code) => {
    const fs = failingFileSystem(code)
    const { client } = await openHere({ fileSystem: fs })
    const acme = await client.createInterview({ fields: fields('Acme') })
    fs.failing = true

    const error = await client.updateInterview({ id: acme.id, fields: fields('Renamed') }).catch((e: unknown) => e)
    expect(error).toMatchObject({ code: 'storage' })
    expect((error as Error).message).toContain(code)
    expect((error as Error).message).toContain(join(temp.dir, 'interviews.journal'))
    await expect(client.createInterview({ fields: fields('Globex') })).rejects.toMatchObject({ code: 'storage' })
    await expect(client.undo({})).rejects.toMatchObject({ code: 'storage' })

    expect(await client.listInterviews({})).toEqual([acme])
    expect(await client.getHostInfo({})).toMatchObject({ canUndo: true, canRedo: false })
    const fresh = await openHere()
    expect(await fresh.client.listInterviews({})).toEqual([acme])
  })

  it('says the disk is full in words', async () => {
    const fs = failingFileSystem('ENOSPC')
    const { client } = await openHere({ fileSystem: fs })
    fs.failing = true
    await expect(client.createInterview({ fields: fields('Acme') })).rejects.toThrow(/disk is full/)
  })

  it('cut short mid-append leaves no damage: the next change starts a new journal', async () => {
    const fs = tearingFileSystem()
    const { client } = await openHere({ fileSystem: fs })
    const acme = await client.createInterview({ fields: fields('Acme') })
    fs.failing = true
    await expect(client.updateInterview({ id: acme.id, fields: fields('Lost') })).rejects.toMatchObject({
      code: 'storage',
    })
    fs.failing = false
    await client.updateInterview({ id: acme.id, fields: fields('Kept') })

    const fresh = await openHere()
    expect((await fresh.client.getInterview({ id: acme.id })).company).toBe('Kept')
    expect((await fresh.client.getHostInfo({})).notices).toEqual([])
  })

  it('of notes is a storage error and leaves the notes as they were', async () => {
    const fs = failingFileSystem('EROFS')
    const { client } = await openHere({ fileSystem: fs })
    const acme = await client.createInterview({ fields: fields('Acme') })
    const { revision } = await client.writeNotes({ id: acme.id, markdown: 'first' })
    fs.failing = true
    await expect(client.writeNotes({ id: acme.id, markdown: 'second', baseRevision: revision })).rejects.toMatchObject({
      code: 'storage',
      message: expect.stringContaining('read-only'),
    })
    expect(await readFile(join(temp.dir, 'notes', `${acme.id}.md`), 'utf8')).toBe('first')
    fs.failing = false
    expect(await client.readNotes({ id: acme.id })).toEqual({ markdown: 'first', revision })
  })

  it('of preferences is a storage error and keeps the previous preferences', async () => {
    const settings = memorySettings()
    const { client } = await openHere({ settings })
    await client.setPreferences({ theme: 'dark' })
    settings.set = () => {
      throw Object.assign(new Error('EACCES: permission denied, open settings.json'), { code: 'EACCES' })
    }
    await expect(client.setPreferences({ theme: 'light' })).rejects.toMatchObject({ code: 'storage' })
    expect((await client.getPreferences({})).theme).toBe('dark')
  })
})
