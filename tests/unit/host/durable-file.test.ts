import * as fsp from 'node:fs/promises'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { syncFolder, writeFileDurable, type FileSystem } from '../../../electron/host/storage/durable-file'
import { fillingFileSystem } from '../../support/failing-file-system'
import { failingFileSystem, filesIn, makeTempDir } from './support'

let dir: string
let cleanup: () => Promise<void>

beforeEach(async () => {
  ;({ dir, cleanup } = await makeTempDir())
})

afterEach(async () => {
  await cleanup()
})

describe('writeFileDurable', () => {
  it('replaces the file and can keep the one it replaces', async () => {
    const path = join(dir, 'data.json')
    await writeFileDurable(path, 'one')
    await writeFileDurable(path, 'two', { keepPreviousAs: `${path}.bak` })
    expect(await readFile(path, 'utf8')).toBe('two')
    expect(await readFile(`${path}.bak`, 'utf8')).toBe('one')
    expect(await filesIn(dir)).toEqual(['data.json', 'data.json.bak'])
  })

  it('leaves the old file whole and no temporary file when the write fails', async () => {
    const path = join(dir, 'data.json')
    await writeFile(path, 'old')
    const fs = failingFileSystem('ENOSPC', ['rename'])
    fs.failing = true
    await expect(writeFileDurable(path, 'new', { fs })).rejects.toMatchObject({ code: 'ENOSPC' })
    expect(await readFile(path, 'utf8')).toBe('old')
    expect(await filesIn(dir)).toEqual(['data.json'])
  })

  it('with a mode, holds it from the first byte written, over a temporary file a crash left', async () => {
    const path = join(dir, 'secrets.json')
    const leftover = join(dir, `.secrets.json.${process.pid}.tmp`)
    await writeFile(leftover, 'stale')
    await fsp.chmod(leftover, 0o644)
    const modesAtWrite: number[] = []
    const fs: FileSystem = {
      ...fsp,
      open: (async (...args: Parameters<typeof fsp.open>) => {
        const handle = await fsp.open(...args)
        const write = handle.write.bind(handle) as (...rest: unknown[]) => Promise<unknown>
        Object.assign(handle, {
          write: async (...rest: unknown[]) => {
            modesAtWrite.push((await handle.stat()).mode & 0o777)
            return write(...rest)
          },
        })
        return handle
      }) as typeof fsp.open,
    }
    await writeFileDurable(path, 'password', { fs, mode: 0o600 })
    expect(modesAtWrite.length).toBeGreaterThan(0)
    expect(new Set(modesAtWrite)).toEqual(new Set([0o600]))
    expect((await fsp.stat(path)).mode & 0o777).toBe(0o600)
  })

  it('writes every byte when the system takes a few at a time', async () => {
    const path = join(dir, 'data.json')
    const text = 'é'.repeat(1000)
    const fs = fillingFileSystem({ maxPerWrite: 7 })
    await writeFileDurable(path, text, { fs })
    expect(await readFile(path, 'utf8')).toBe(text)
    expect(fs.shortWrites).toBeGreaterThan(100)
  })

  it('on a disk that fills up mid-file fails with ENOSPC and keeps the old file whole', async () => {
    const path = join(dir, 'data.json')
    await writeFile(path, 'old')
    const fs = fillingFileSystem({ room: 10 })
    await expect(writeFileDurable(path, 'a'.repeat(100), { fs })).rejects.toMatchObject({ code: 'ENOSPC' })
    expect(fs.shortWrites).toBe(1)
    expect(await readFile(path, 'utf8')).toBe('old')
    expect(await filesIn(dir)).toEqual(['data.json'])
  })
})

describe('syncFolder', () => {
  it.each(['EPERM', 'EISDIR'])('ignores %s from opening a folder (Windows)', async (code) => {
    const fs = { ...fsp } as FileSystem
    fs.open = (async () => {
      throw Object.assign(new Error(`${code}: opening a folder`), { code })
    }) as typeof fsp.open
    await expect(syncFolder(dir, fs)).resolves.toBeUndefined()
  })

  it('reports other failures', async () => {
    const fs = failingFileSystem('EIO', ['open'])
    fs.failing = true
    await expect(syncFolder(dir, fs)).rejects.toMatchObject({ code: 'EIO' })
  })
})
