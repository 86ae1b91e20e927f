import * as fsp from 'node:fs/promises'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Client } from '../../../shared/api/client'
import type { Notice } from '../../../shared/api/contract'
import { PREFERENCES_KEY } from '../../../electron/host/settings/preferences'
import { fillingFileSystem } from '../../support/failing-file-system'
import { failingFileSystem, fields, filesIn, memorySettings, open, useTempHosts } from './support'

const temp = useTempHosts()

/** The notice about changes held in memory, if there is one. */
async function heldNotice(client: Client): Promise<Notice | undefined> {
  return (await client.getHostInfo({})).notices.find((notice) => notice.unsavedChanges !== undefined)
}

const journal = () => readFile(join(temp.dir, 'interviews.journal'), 'utf8').catch(() => '')

describe('a write the disk refuses', () => {
  it.each([
    ['ENOSPC', 'the disk is full'],
    ['EDQUOT', 'the disk quota is used up'],
    ['EACCES', 'permission was denied'],
    ['EROFS', 'the disk is read-only'],
  ])('%s: the change stays on the board, held in memory, and a notice says so', async (code, words) => {
    const fs = failingFileSystem(code)
    const { host, client } = await temp.open({ fileSystem: fs })
    const acme = await client.createInterview({ fields: fields('Acme') })
    fs.failing = true

    const renamed = await client.updateInterview({ id: acme.id, fields: fields('Renamed') })
    const globex = await client.createInterview({ fields: fields('Globex') })

    expect((await client.listInterviews({})).map((interview) => interview.company).sort()).toEqual([
      'Globex',
      'Renamed',
    ])
    expect(await client.getInterview({ id: acme.id })).toEqual(renamed)
    expect(await journal()).not.toContain('Renamed')
    const notice = await heldNotice(client)
    expect(notice).toMatchObject({ level: 'error', unsavedChanges: 2 })
    // What the doors ask before quitting, read in the process rather than through the notice.
    expect(host.heldChanges()).toBe(2)
    expect(notice!.message).toContain(`Debrief can't save to ${temp.dir}: ${words} (${code})`)
    expect(notice!.message).toContain(
      "Your last 2 changes are kept in memory and will be written as soon as possible; don't quit Debrief",
    )

    fs.failing = false
    await client.updateInterview({ id: globex.id, fields: fields('Globex', { role: 'Data analyst' }) })
    expect(await journal()).toContain('Renamed')
    expect(await heldNotice(client)).toBeUndefined()
    expect(host.heldChanges()).toBe(0)
    expect((await client.getHostInfo({})).notices).toEqual([
      expect.objectContaining({ level: 'info', message: expect.stringContaining('every change is on disk') }),
    ])
    await host.close()
    const fresh = await temp.open()
    expect((await fresh.client.listInterviews({})).map((interview) => interview.company).sort()).toEqual([
      'Globex',
      'Renamed',
    ])
  })

  it('is tried again every few seconds, without a new change', async () => {
    const fs = failingFileSystem('ENOSPC')
    const { client } = await temp.open({ fileSystem: fs, retryHeldMs: 20 })
    fs.failing = true
    await client.createInterview({ fields: fields('Acme') })
    expect(await heldNotice(client)).toMatchObject({ unsavedChanges: 1 })

    fs.failing = false
    await expect.poll(() => journal()).toContain('Acme')
    await expect.poll(() => heldNotice(client)).toBeUndefined()
  })

  it('cut short on a nearly full disk (a short write, then ENOSPC) is held, not acknowledged; the file keeps whole lines; a crash at any step loses no acknowledged change', async () => {
    const fs = fillingFileSystem()
    const { host, client } = await temp.open({ fileSystem: fs })
    /** A crash now: the folder as it is on disk, opened by a new host. */
    const crashCopy = async () => {
      const copy = `${temp.dir}-crash-${crashes++}`
      await fsp.cp(temp.dir, copy, { recursive: true })
      await fsp.rm(join(copy, 'debrief.lock'), { force: true })
      const opened = await open(copy)
      const companies = (await opened.client.listInterviews({})).map((interview) => interview.company).sort()
      await opened.host.close()
      await fsp.rm(copy, { recursive: true, force: true })
      return companies
    }
    let crashes = 0
    const acme = await client.createInterview({ fields: fields('Acme') })
    const durable = await journal()
    fs.room = 40
    await client.updateInterview({ id: acme.id, fields: fields('Held') })
    expect(fs.shortWrites).toBe(1)
    expect(fs.refusals).toBe(1)
    expect(await heldNotice(client)).toMatchObject({ level: 'error', unsavedChanges: 1 })
    expect(await journal()).toBe(durable)
    expect(await crashCopy()).toEqual(['Acme'])

    await client.createInterview({ fields: fields('Globex') })
    expect(await heldNotice(client)).toMatchObject({ unsavedChanges: 2 })
    expect((await journal()).endsWith('\n')).toBe(true)
    expect(await crashCopy()).toEqual(['Acme'])

    fs.room = undefined
    await client.updateInterview({ id: acme.id, fields: fields('Kept') })
    expect(await heldNotice(client)).toBeUndefined()
    expect(await crashCopy()).toEqual(['Globex', 'Kept'])
    await host.close()

    const fresh = await temp.open()
    expect((await fresh.client.getInterview({ id: acme.id })).company).toBe('Kept')
    expect((await fresh.client.getHostInfo({})).notices).toEqual([])
    expect(await fresh.client.undo({})).toMatchObject({ change: { label: 'Edit Held' } })
  })

  it('of notes: the notes read back as written, and reach the file once the disk takes them', async () => {
    const fs = failingFileSystem('EROFS')
    const { client } = await temp.open({ fileSystem: fs })
    const acme = await client.createInterview({ fields: fields('Acme') })
    const path = join(temp.dir, 'notes', `${acme.id}.md`)
    const first = await client.writeNotes({ id: acme.id, markdown: 'first' })
    fs.failing = true

    const second = await client.writeNotes({ id: acme.id, markdown: 'second', baseRevision: first.revision })
    expect(await readFile(path, 'utf8')).toBe('first')
    expect(await client.readNotes({ id: acme.id })).toEqual({ markdown: 'second', revision: second.revision })
    expect((await heldNotice(client))?.message).toContain('the disk is read-only (EROFS)')
    const third = await client.writeNotes({ id: acme.id, markdown: 'third', baseRevision: second.revision })

    fs.failing = false
    await client.createInterview({ fields: fields('Globex') })
    await expect.poll(() => readFile(path, 'utf8')).toBe('third')
    expect(await client.readNotes({ id: acme.id })).toEqual({ markdown: 'third', revision: third.revision })
  })

  it('of notes changed outside Debrief meanwhile: keeps both versions and says where', async () => {
    const fs = failingFileSystem('ENOSPC')
    const { client } = await temp.open({ fileSystem: fs })
    const acme = await client.createInterview({ fields: fields('Acme') })
    const path = join(temp.dir, 'notes', `${acme.id}.md`)
    await client.writeNotes({ id: acme.id, markdown: 'first' })
    fs.failing = true
    await client.writeNotes({ id: acme.id, markdown: 'mine' })
    await fsp.writeFile(path, 'edited in another editor')

    fs.failing = false
    await client.createInterview({ fields: fields('Globex') })
    await expect.poll(() => client.readNotes({ id: acme.id })).toMatchObject({ markdown: 'edited in another editor' })
    const copies = (await filesIn(join(temp.dir, 'notes'))).filter((name) => name.includes('.unsaved-'))
    expect(copies).toHaveLength(1)
    expect(await readFile(join(temp.dir, 'notes', copies[0]!), 'utf8')).toBe('mine')
    const { notices } = await client.getHostInfo({})
    expect(notices.map((notice) => notice.message).join('\n')).toContain(copies[0]!)
  })

  it('of preferences: they apply now and reach the settings file once it takes them', async () => {
    const settings = memorySettings()
    const { client } = await temp.open({ settings, retryHeldMs: 20 })
    await client.setPreferences({ theme: 'dark' })
    const write = settings.set
    settings.set = () => {
      throw Object.assign(new Error('EACCES: permission denied, open settings.json'), { code: 'EACCES' })
    }
    await client.setPreferences({ theme: 'light' })
    expect((await client.getPreferences({})).theme).toBe('light')
    expect(settings.values[PREFERENCES_KEY]).toMatchObject({ theme: 'dark' })
    expect(await heldNotice(client)).toMatchObject({ unsavedChanges: 1 })

    settings.set = write
    await expect.poll(() => (settings.values[PREFERENCES_KEY] as { theme: string }).theme).toBe('light')
  })

  it('cannot be dismissed while changes are held', async () => {
    const fs = failingFileSystem('ENOSPC')
    const { client } = await temp.open({ fileSystem: fs })
    fs.failing = true
    await client.createInterview({ fields: fields('Acme') })
    const notice = (await heldNotice(client))!
    await client.dismissNotice({ id: notice.id })
    expect(await heldNotice(client)).toMatchObject({ id: notice.id, unsavedChanges: 1 })
  })

  it('still held when the app closes: closing says how many changes are lost, and lets go of the folder', async () => {
    const fs = failingFileSystem('ENOSPC')
    const { host, client } = await temp.open({ fileSystem: fs })
    await client.createInterview({ fields: fields('Acme') })
    fs.failing = true
    await client.createInterview({ fields: fields('Globex') })

    await expect(host.close()).rejects.toThrow(`Debrief closed with 1 change it could not save to ${temp.dir}`)
    const fresh = await temp.open()
    expect((await fresh.client.listInterviews({})).map((interview) => interview.company)).toEqual(['Acme'])
  })

  it('for another reason is refused, and changes nothing', async () => {
    const fs = failingFileSystem('EINVAL')
    const { client } = await temp.open({ fileSystem: fs })
    const acme = await client.createInterview({ fields: fields('Acme') })
    fs.failing = true
    await expect(client.updateInterview({ id: acme.id, fields: fields('Renamed') })).rejects.toMatchObject({
      code: 'storage',
      message: expect.stringContaining(join(temp.dir, 'interviews.journal')),
    })
    expect(await client.listInterviews({})).toEqual([acme])
    expect(await heldNotice(client)).toBeUndefined()
  })
})

describe('a notes save that fails for a reason other than a full or read-only disk', () => {
  it.each(['EMFILE', 'EIO', 'EINVAL'])(
    '%s: the notes are held like any change, and reach the file once it works again',
    async (code) => {
      const fs = failingFileSystem(code)
      const { client } = await temp.open({ fileSystem: fs, retryHeldMs: 20 })
      const acme = await client.createInterview({ fields: fields('Acme') })
      const path = join(temp.dir, 'notes', `${acme.id}.md`)
      const first = await client.writeNotes({ id: acme.id, markdown: 'first' })
      fs.failing = true

      const second = await client.writeNotes({ id: acme.id, markdown: 'second', baseRevision: first.revision })
      expect(await client.readNotes({ id: acme.id })).toEqual({ markdown: 'second', revision: second.revision })
      expect(await heldNotice(client)).toMatchObject({ unsavedChanges: 1, message: expect.stringContaining(code) })
      expect(await readFile(path, 'utf8')).toBe('first')

      fs.failing = false
      await expect.poll(() => readFile(path, 'utf8')).toBe('second')
      await expect.poll(() => heldNotice(client)).toBeUndefined()
    },
  )
})
