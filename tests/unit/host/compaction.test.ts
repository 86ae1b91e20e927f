import * as fsp from 'node:fs/promises'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { FileSystem } from '../../../electron/host/storage/durable-file'
import { nodeFileSystem } from '../../../electron/host/storage/durable-file'
import { isIntact, sealJson } from '../../../electron/host/storage/seal'
import { writeSnapshotInSlices } from '../../../electron/host/storage/snapshot'
import { makeInterviews } from '../../bench/storage-data'
import { fields, useTempHosts } from './support'

const temp = useTempHosts()

/**
 * Real files; the background compaction's file (`.interviews.json.compacting.<pid>.tmp`) is counted,
 * and each of its writes waits for `delayMs`, as on a slow disk, so a test can act while one runs.
 */
function compactionWatch(delayMs = 0): FileSystem & { compactions: number; writing: boolean } {
  const wrapper = { ...fsp, compactions: 0, writing: false } as FileSystem & { compactions: number; writing: boolean }
  wrapper.open = (async (...args: Parameters<typeof fsp.open>) => {
    const handle = await fsp.open(...args)
    if (!String(args[0]).includes('.compacting.')) return handle
    wrapper.compactions++
    const write = handle.write.bind(handle) as (...writeArgs: unknown[]) => Promise<unknown>
    const close = handle.close.bind(handle)
    return Object.assign(handle, {
      write: async (...writeArgs: unknown[]) => {
        wrapper.writing = true
        await new Promise((resolve) => setTimeout(resolve, delayMs))
        return write(...writeArgs)
      },
      close: async () => {
        wrapper.writing = false
        return close()
      },
    })
  }) as typeof fsp.open
  return wrapper
}

const journalLines = async () =>
  (await readFile(join(temp.dir, 'interviews.journal'), 'utf8').catch(() => '')).split('\n').filter(Boolean).length

describe('compaction', () => {
  it('runs once for any number of changes that ask for it before it starts', async () => {
    const fs = compactionWatch()
    const { client } = await temp.open({ fileSystem: fs, compactAtBytes: 1 })
    await Promise.all(Array.from({ length: 20 }, (_, index) => client.createInterview({ fields: fields(`C${index}`) })))
    await expect.poll(() => readdir(temp.dir)).toContain('interviews.journal.prev')
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(fs.compactions).toBe(1)
    const snapshot = JSON.parse(await readFile(join(temp.dir, 'interviews.json'), 'utf8'))
    expect(snapshot.interviews).toHaveLength(20)
    expect(await journalLines()).toBe(0)
  })

  it('answers a change sent while it runs, without waiting for it, and loses nothing across it', async () => {
    const fs = compactionWatch(150)
    const { host, client } = await temp.open({ fileSystem: fs, compactAtBytes: 1 })
    for (let index = 0; index < 3; index++) await client.createInterview({ fields: fields(`C${index}`) })
    await expect.poll(() => fs.writing).toBe(true)

    const late = await client.createInterview({ fields: fields('Late') })
    expect(fs.writing).toBe(true)
    await expect.poll(() => fs.writing, { timeout: 5000 }).toBe(false)
    await host.close()

    const reopened = await temp.open()
    const companies = (await reopened.client.listInterviews({})).map((interview) => interview.company)
    expect(companies.sort()).toEqual(['C0', 'C1', 'C2', 'Late'])
    expect(await reopened.client.getInterview({ id: late.id })).toEqual(late)
  })

  it('is dropped when the host closes: closing does not wait for it, and the journal keeps every change', async () => {
    const fs = compactionWatch(400)
    const { host, client } = await temp.open({ fileSystem: fs, compactAtBytes: 1 })
    // More than one slice of interviews, so the compaction writes several times.
    for (let index = 0; index < 3; index++) await client.createInterview({ fields: fields(`C${index}`) })
    await expect.poll(() => fs.writing).toBe(true)

    const started = performance.now()
    await host.close()
    // One slow write finishes (the write in progress); the rest of the compaction is not waited for.
    expect(performance.now() - started).toBeLessThan(1500)
    expect((await readdir(temp.dir)).filter((name) => name.includes('.compacting.'))).toEqual([])

    const reopened = await temp.open()
    expect(await reopened.client.listInterviews({})).toHaveLength(3)
  })

  it('writes, however it slices its work, the same sealed file as a whole-file write', async () => {
    const made = makeInterviews(40)
    // Characters of more than one byte: the file's size counts bytes, the slices count text.
    const interviews = made.interviews.map((each, index) =>
      index === 0 ? { ...each, company: 'Zoë & Søn 東京' } : each,
    )
    const { undo, redo } = made
    const view = { seq: 7, interviews, undo, redo }
    const whole = sealJson({ schemaVersion: 1, seq: 7, interviews, undo, redo }, 2)
    for (const budgetMs of [0, 1000]) {
      const path = join(temp.dir, `sliced-${budgetMs}.json`)
      const bytes = await writeSnapshotInSlices(path, view, nodeFileSystem, () => false, budgetMs)
      const written = await readFile(path, 'utf8')
      expect(written).toBe(whole)
      expect(isIntact(written)).toBe(true)
      expect(bytes).toBe(Buffer.byteLength(whole))
    }
  })
})
