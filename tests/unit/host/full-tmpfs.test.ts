import { spawnSync } from 'node:child_process'
import { cp, mkdtemp, open as openFile, readFile, rm, unlink } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Client } from '../../../shared/api/client'
import { fields, open, person } from './support'

/** A real, tiny file system that fills up: the kernel's own short writes, not a simulation. */
let mountPoint = ''
let unavailable = ''

beforeAll(async () => {
  mountPoint = await mkdtemp(join(tmpdir(), 'debrief-tmpfs-'))
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=512k', 'tmpfs', mountPoint], { encoding: 'utf8' })
  if (mounted.status !== 0)
    unavailable = `cannot mount a tmpfs here (${(mounted.stderr || mounted.error?.message || '').trim()})`
})

afterAll(async () => {
  if (!unavailable) spawnSync('umount', ['--lazy', mountPoint])
  await rm(mountPoint, { recursive: true, force: true })
})

/** Writes a filler file until the disk refuses: what is left is the free tail of pages already in use. */
async function fillDisk(path: string): Promise<void> {
  const handle = await openFile(path, 'w')
  const block = Buffer.alloc(4096, 0x61)
  try {
    for (;;) await handle.write(block)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error
  } finally {
    await handle.close()
  }
}

async function heldChanges(client: Client): Promise<number> {
  const { notices } = await client.getHostInfo({})
  return notices.reduce((sum, notice) => sum + (notice.unsavedChanges ?? 0), 0)
}

/** The folder as a crash would leave it, opened by a new host elsewhere. */
async function companiesAfterCrash(dataDir: string): Promise<string[]> {
  const copy = await mkdtemp(join(tmpdir(), 'debrief-crash-'))
  try {
    await cp(dataDir, copy, { recursive: true, filter: (source) => !source.endsWith('debrief.lock') })
    const { host, client } = await open(copy)
    const companies = (await client.listInterviews({})).map((interview) => interview.company).sort()
    await host.close()
    return companies
  } finally {
    await rm(copy, { recursive: true, force: true })
  }
}

describe('a real nearly full disk (tmpfs)', () => {
  it('holds a change that only partly fits, keeps whole lines on disk, and writes it once space returns', async (context) => {
    if (unavailable) return context.skip(unavailable)
    const dataDir = join(mountPoint, 'data')
    // No timed retry while the test reads the journal: under load the 5 s retry ran mid-read, and its own
    // write, not yet cut back, showed a part of a line (a crash there leaves a torn tail, which recovery
    // drops; what is asserted here is what the refused write left). The next change retries instead.
    const { host, client } = await open(dataDir, { retryHeldMs: 60 * 60_000 })
    const acme = await client.createInterview({ fields: fields('Acme') })
    const journalPath = join(dataDir, 'interviews.journal')
    const durable = await readFile(journalPath, 'utf8')
    await fillDisk(join(mountPoint, 'filler'))

    // Longer than a page: some of it fits in the journal's last page, the rest does not.
    const many = Array.from({ length: 40 }, (_, index) =>
      person(`Interviewer number ${index} of a long panel, ${'x'.repeat(60)}`),
    )
    await client.updateInterview({ id: acme.id, fields: fields('Held', { interviewers: many }) })
    expect(await heldChanges(client)).toBe(1)
    // Whole lines only: what the disk took of the change was cut back. The refused write is tried again
    // at once, in the host's queue, and a read during that try saw its part of a line not yet cut back
    // (under load, in a full unit run): what is asserted is the file at rest, once the try is over.
    const appended = async () => {
      const journal = await readFile(journalPath, 'utf8')
      return journal.startsWith(durable) ? journal.slice(durable.length) : `(lost its start) ${journal}`
    }
    await expect.poll(appended).toBe('')
    expect(await companiesAfterCrash(dataDir)).toEqual(['Acme'])

    await unlink(join(mountPoint, 'filler'))
    await client.createInterview({ fields: fields('Globex') })
    expect(await heldChanges(client)).toBe(0)
    expect(await companiesAfterCrash(dataDir)).toEqual(['Globex', 'Held'])
    await host.close()
  })
})
