import { mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { fields, makeTempDir, open, type TestHost } from './support'
import { downloadText } from '../../support/downloads'

const opened: Array<{ host: TestHost; cleanup: () => Promise<void> }> = []

afterEach(async () => {
  for (const { host, cleanup } of opened.splice(0)) {
    await host.host.close()
    await cleanup()
  }
})

describe('a notes file that is a link to a file outside the data folder', () => {
  it('is never read through, by the notes, search or export: the link is set aside with a notice', async () => {
    const { dir, cleanup } = await makeTempDir()
    const outside = join(dir, '..', `${Date.now()}-outside-secret.txt`)
    await writeFile(outside, 'private key material')
    const first = await open(dir)
    const acme = await first.client.createInterview({ fields: fields('Acme') })
    await first.host.close()
    await mkdir(join(dir, 'notes'), { recursive: true })
    const path = join(dir, 'notes', `${acme.id}.md`)
    await symlink(outside, path)

    const host = await open(dir)
    opened.push({ host, cleanup: () => cleanup().then(() => rm(outside)) })
    expect(await host.client.readNotes({ id: acme.id })).toMatchObject({ markdown: '' })
    expect((await host.client.searchNotes({ query: 'private' })).hits).toEqual([])
    expect(await downloadText(host.host, host.client.exportData({ format: 'json' }))).not.toContain(
      'private key material',
    )

    const names = await readdir(join(dir, 'notes'))
    expect(names).not.toContain(`${acme.id}.md`)
    const aside = names.find((name) => name.startsWith(`${acme.id}.md.link-`))
    expect(aside).toBeDefined()
    const { notices } = await host.client.getHostInfo({})
    expect(notices.map(({ message }) => message).join('\n')).toContain(`was a link to another file`)
    expect(notices.map(({ message }) => message).join('\n')).toContain(join(dir, 'notes', aside!))
    expect(await readFile(outside, 'utf8')).toBe('private key material')

    // New notes go into a file of their own, not through the link.
    await host.client.writeNotes({ id: acme.id, markdown: 'mine' })
    expect(await readFile(outside, 'utf8')).toBe('private key material')
    expect(await readFile(path, 'utf8')).toBe('mine')
  })
})
