import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { JournalWriter } from '../../../electron/host/storage/journal-writer'
import { fillingFileSystem } from '../../support/failing-file-system'
import { failingFileSystem, makeTempDir } from './support'

let dir: string
let cleanup: () => Promise<void>
let writer: JournalWriter | undefined

beforeEach(async () => {
  ;({ dir, cleanup } = await makeTempDir())
})

afterEach(async () => {
  await writer?.close()
  await cleanup()
})

const open = () => true
const path = () => join(dir, 'interviews.journal')

describe('the journal writer', () => {
  it('appends line after line, creating the file', async () => {
    writer = new JournalWriter(path(), failingFileSystem('ENOSPC'), open, 0)
    await writer.append('one\n')
    await writer.append('two\n')
    expect(await readFile(path(), 'utf8')).toBe('one\ntwo\n')
    expect(writer.bytes).toBe(8)
  })

  it('holds lines the disk refuses, in order, and writes them ahead of the next one', async () => {
    const fs = failingFileSystem('ENOSPC')
    writer = new JournalWriter(path(), fs, open, 0)
    await writer.append('one\n')
    fs.failing = true
    await writer.append('two\n')
    await writer.append('three\n')
    expect(writer.unsaved).toBe(2)
    expect(writer.reason).toMatchObject({ code: 'ENOSPC' })
    expect(await readFile(path(), 'utf8')).toBe('one\n')

    fs.failing = false
    await writer.append('four\n')
    expect(await readFile(path(), 'utf8')).toBe('one\ntwo\nthree\nfour\n')
    expect(writer.unsaved).toBe(0)
    expect(writer.reason).toBeUndefined()
  })

  it('cuts off what a failed write left before writing again', async () => {
    await writeFile(path(), 'one\ntw')
    const fs = failingFileSystem('EROFS')
    writer = new JournalWriter(path(), fs, open, 4, true)
    fs.failing = true
    await writer.append('two\n')
    fs.failing = false
    await writer.flush()
    expect(await readFile(path(), 'utf8')).toBe('one\ntwo\n')
  })

  it('holds every line while its gate refuses, and writes nothing', async () => {
    let writable = false
    const gate = () => {
      if (!writable) throw Object.assign(new Error('EACCES: no lock'), { code: 'EACCES' })
    }
    writer = new JournalWriter(path(), failingFileSystem('ENOSPC'), gate, 0)
    await writer.append('one\n')
    await expect(readFile(path(), 'utf8')).rejects.toMatchObject({ code: 'ENOENT' })
    writable = true
    await writer.flush()
    expect(await readFile(path(), 'utf8')).toBe('one\n')
  })

  it('throws other failures and does not keep the line', async () => {
    const fs = failingFileSystem('EINVAL')
    writer = new JournalWriter(path(), fs, open, 0)
    fs.failing = true
    await expect(writer.append('one\n')).rejects.toMatchObject({ code: 'EINVAL' })
    expect(writer.unsaved).toBe(0)
    fs.failing = false
    await writer.append('two\n')
    expect(await readFile(path(), 'utf8')).toBe('two\n')
  })

  it('on a nearly full disk holds a line that only partly fits, leaves whole lines on disk, and writes it once there is room', async () => {
    const fs = fillingFileSystem()
    writer = new JournalWriter(path(), fs, open, 0)
    await writer.append('one\n')
    fs.room = 3
    await writer.append('second line\n')
    expect(fs.shortWrites).toBe(1)
    expect(fs.refusals).toBe(1)
    expect(writer.unsaved).toBe(1)
    expect(writer.reason).toMatchObject({ code: 'ENOSPC' })
    expect(writer.bytes).toBe(4)
    expect(await readFile(path(), 'utf8')).toBe('one\n')

    fs.room = undefined
    await writer.append('three\n')
    expect(await readFile(path(), 'utf8')).toBe('one\nsecond line\nthree\n')
    expect(writer.bytes).toBe(Buffer.byteLength('one\nsecond line\nthree\n'))
    expect(writer.unsaved).toBe(0)
  })

  it('continues a write the system took only part of', async () => {
    const fs = fillingFileSystem({ maxPerWrite: 3 })
    writer = new JournalWriter(path(), fs, open, 0)
    await writer.append('a line of twenty-six bytes\n')
    expect(fs.shortWrites).toBeGreaterThan(5)
    expect(writer.unsaved).toBe(0)
    expect(await readFile(path(), 'utf8')).toBe('a line of twenty-six bytes\n')
  })
})
