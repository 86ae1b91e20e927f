import { cp, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import * as fsp from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import type { HostEvent } from '../../../shared/api/contract'
import { FIRST_PAGES_FILE } from '../../../electron/host/interviews/first-pages'
import { startHost } from '../../../electron/host/starting-host'
import type { FileSystem } from '../../../electron/host/storage/durable-file'
import { LOCK_FILE } from '../../../electron/host/storage/lock'
import { SNAPSHOT_FILE } from '../../../electron/host/storage/store-files'
import { clientOf, fields, memorySettings, steppingClock, useTempHosts } from './support'

const temp = useTempHosts()

/** The file system, with the snapshot's read held until `release`: what the host answers meanwhile came without it. */
function heldSnapshotRead(): { fs: FileSystem; release: () => void; readStarted: () => boolean } {
  let release = () => {}
  const released = new Promise<void>((resolve) => (release = resolve))
  let started = false
  const fs: FileSystem = {
    ...fsp,
    open: (async (path: string, flags?: string, mode?: number) => {
      const handle = await fsp.open(path, flags, mode)
      if (!String(path).endsWith(SNAPSHOT_FILE) || flags !== 'r') return handle
      // The head, read to name the interviews, comes at once; the whole file waits.
      const read = handle.read.bind(handle) as (...args: unknown[]) => Promise<fsp.FileReadResult<Buffer>>
      return Object.assign(handle, {
        read: async (...args: unknown[]) => {
          if (args[3] !== 0) {
            started = true
            await released
          }
          return read(...args)
        },
      })
    }) as FileSystem['open'],
  }
  return { fs, release, readStarted: () => started }
}

async function startAgain(dir: string, fs?: FileSystem) {
  return startHost({
    dataDir: dir,
    settings: memorySettings(),
    version: '0.0.0-test',
    now: steppingClock(),
    timeZone: 'Europe/Berlin',
    ...(fs ? { fileSystem: fs } : {}),
  })
}

/** Four interviews on the board, across two columns, then closed: what the next start finds. */
async function boardOfFour(): Promise<void> {
  const { host, client } = await temp.open()
  for (const company of ['Acme', 'Globex', 'Initech']) await client.createInterview({ fields: fields(company) })
  await client.createInterview({ fields: fields('Umbrella'), stage: 'thanked' })
  await host.close()
}

describe('the board at start, before the interviews are read', () => {
  it('answers the first cards of every column from the pages kept at close, and they are the ones the host then reads', async () => {
    await boardOfFour()
    const { fs, release, readStarted } = heldSnapshotRead()
    const { host, opened } = await startAgain(temp.dir, fs)

    const first = await host.api.listStagePage({ stage: 'interviewed', limit: 2 })
    expect(first.interviews.map((interview) => interview.company)).toEqual(['Acme', 'Globex'])
    expect(first.more).toBe(true)
    const thanked = await host.api.listStagePage({ stage: 'thanked', limit: 7 })
    expect(thanked).toMatchObject({ interviews: [{ company: 'Umbrella' }], more: false })
    // Anything else waits for the interviews.
    let listed = false
    const all = host.api.listInterviews({ includeArchived: false }).then((list) => ((listed = true), list))
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(listed).toBe(false)

    release()
    const real = await opened
    expect(readStarted()).toBe(true)
    expect(await all).toHaveLength(4)
    expect(await real.api.listStagePage({ stage: 'interviewed', limit: 2 })).toEqual(first)
    await host.close()
  })

  it('reads the interviews first when a change came after the pages were kept (a kill before they were written again)', async () => {
    await boardOfFour()
    const { host, client } = await temp.open()
    await client.moveInterview({
      id: (await client.listStagePage({ stage: 'interviewed', limit: 1 })).interviews[0]!.id,
      stage: 'offer',
    })
    // The folder as a kill would leave it now: the move journaled, the pages not yet written again.
    const copy = `${temp.dir}-killed`
    await cp(temp.dir, copy, { recursive: true })
    await rm(join(copy, LOCK_FILE))
    await host.close()
    try {
      const { host: started, opened } = await startAgain(copy)
      expect(started).toBe(await opened)
      const page = await started.api.listStagePage({ stage: 'interviewed', limit: 7 })
      expect(page.interviews.map((interview) => interview.company)).toEqual(['Globex', 'Initech'])
      await started.close()
    } finally {
      await rm(copy, { recursive: true, force: true })
    }
  })

  it('keeps the pages a second after a change, so a kill after that still starts fast', async () => {
    await boardOfFour()
    const { client } = await temp.open()
    const moved = (await client.listStagePage({ stage: 'interviewed', limit: 1 })).interviews[0]!
    await client.moveInterview({ id: moved.id, stage: 'offer' })
    await new Promise((resolve) => setTimeout(resolve, 1_500))

    const kept = JSON.parse(await readFile(join(temp.dir, FIRST_PAGES_FILE), 'utf8')) as {
      pages: Record<string, { interviews: Array<{ company: string }> }>
    }
    expect(kept.pages.offer!.interviews.map((interview) => interview.company)).toEqual(['Acme'])
    expect(kept.pages.interviewed!.interviews.map((interview) => interview.company)).toEqual(['Globex', 'Initech'])
  })

  it('has every window read the board again when the interviews read differ from the pages it answered', async () => {
    await boardOfFour()
    // The same name of the interviews on disk, other cards: as if recovery had rebuilt a damaged snapshot.
    const path = join(temp.dir, FIRST_PAGES_FILE)
    await writeFile(path, (await readFile(path, 'utf8')).replace('"Acme"', '"Acme (gone)"'))
    const { fs, release } = heldSnapshotRead()
    const { host, opened } = await startAgain(temp.dir, fs)
    const events: HostEvent[] = []
    clientOf(host).onEvent((event) => events.push(event))

    const page = await host.api.listStagePage({ stage: 'interviewed', limit: 7 })
    expect(page.interviews[0]!.company).toBe('Acme (gone)')
    release()
    await opened
    await expect.poll(() => events).toContainEqual({ topic: 'interviews', ids: [], interviews: [] })
    await host.close()
  })

  it('answers nothing from pages another version kept', async () => {
    await boardOfFour()
    const { host, opened } = await startHost({ dataDir: temp.dir, settings: memorySettings(), version: '0.0.1-next' })
    expect(host).toBe(await opened)
    await host.close()
  })
})
