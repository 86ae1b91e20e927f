import { open, writeFile } from 'node:fs/promises'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { isIntact, readSealedFile, sealJson } from '../../../electron/host/storage/seal'

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

/** Reads `text` back from a file a few bytes at a time, so that chunks cut through characters of several bytes. */
async function readBack(text: string, chunkBytes: number) {
  const dir = mkdtempSync(join(tmpdir(), 'debrief-seal-'))
  dirs.push(dir)
  const path = join(dir, 'sealed.json')
  await writeFile(path, text)
  const handle = await open(path, 'r')
  try {
    return await readSealedFile(handle, chunkBytes)
  } finally {
    await handle.close()
  }
}

const value = {
  schemaVersion: 1,
  seq: 12,
  interviews: Array.from({ length: 30 }, (_, index) => ({ id: `i${index}`, company: `Zoë & Søn 東京 ${index}` })),
}

describe('readSealedFile', () => {
  it.each([7, 64, 1 << 20])('reads a sealed file whole and intact in chunks of %i bytes', async (chunkBytes) => {
    const sealed = sealJson(value, 2)
    const read = await readBack(sealed, chunkBytes)
    expect(read).toEqual({ text: sealed, bytes: Buffer.byteLength(sealed), intact: true })
  })

  it.each([
    ['a changed character', (sealed: string) => sealed.replace('Søn 東京 17', 'Søn 東京 71')],
    ['its last character changed', (sealed: string) => `${sealed.slice(0, -1)}]`],
    ['the checksum changed', (sealed: string) => sealed.replace(/"sum":"[0-9a-f]/, '"sum":"x')],
    ['a cut tail', (sealed: string) => sealed.slice(0, -40)],
    ['no seal', () => JSON.stringify(value)],
    ['nothing', () => ''],
  ])('finds a file with %s not intact, as isIntact does', async (_, damage) => {
    const damaged = damage(sealJson(value, 2))
    for (const chunkBytes of [7, 1 << 20]) {
      const read = await readBack(damaged, chunkBytes)
      expect(read.text).toBe(damaged)
      expect(read.intact).toBe(false)
      expect(isIntact(damaged)).toBe(false)
    }
  })
})
