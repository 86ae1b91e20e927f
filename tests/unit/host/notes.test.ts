import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { EMPTY_NOTES_REVISION } from '../../../electron/host/notes/notes-store'
import { fields, useTempHosts, type TestHost } from './support'

const temp = useTempHosts()
let host: TestHost

beforeEach(async () => {
  host = await temp.open()
})

describe('notes', () => {
  it('reads missing notes as empty, with the fixed revision of empty notes', async () => {
    const acme = await host.client.createInterview({ fields: fields('Acme') })
    expect(await host.client.readNotes({ id: acme.id })).toEqual({ markdown: '', revision: EMPTY_NOTES_REVISION })
  })

  it('writes one Markdown file per interview, readable without the app', async () => {
    const acme = await host.client.createInterview({ fields: fields('Acme') })
    const { revision } = await host.client.writeNotes({ id: acme.id, markdown: '# Acme\n\nAsked about on-call.' })
    expect(await readFile(join(temp.dir, 'notes', `${acme.id}.md`), 'utf8')).toBe('# Acme\n\nAsked about on-call.')
    expect(await host.client.readNotes({ id: acme.id })).toEqual({
      markdown: '# Acme\n\nAsked about on-call.',
      revision,
    })
    expect(revision).not.toBe(EMPTY_NOTES_REVISION)
  })

  it('saves over the revision the editor started from', async () => {
    const acme = await host.client.createInterview({ fields: fields('Acme') })
    const first = await host.client.writeNotes({ id: acme.id, markdown: 'one', baseRevision: EMPTY_NOTES_REVISION })
    const second = await host.client.writeNotes({ id: acme.id, markdown: 'two', baseRevision: first.revision })
    expect((await host.client.readNotes({ id: acme.id })).revision).toBe(second.revision)
  })

  it('refuses to overwrite notes that changed on disk since they were read', async () => {
    const acme = await host.client.createInterview({ fields: fields('Acme') })
    const { revision } = await host.client.writeNotes({ id: acme.id, markdown: 'mine' })
    await writeFile(join(temp.dir, 'notes', `${acme.id}.md`), 'edited in another editor')
    const error = await host.client
      .writeNotes({ id: acme.id, markdown: 'mine, edited', baseRevision: revision })
      .catch((e: unknown) => e)
    expect(error).toMatchObject({ code: 'conflict' })
    expect((error as Error).message).toContain('changed on disk')
    expect(await readFile(join(temp.dir, 'notes', `${acme.id}.md`), 'utf8')).toBe('edited in another editor')
  })

  it('keeps the notes file of a deleted interview', async () => {
    const acme = await host.client.createInterview({ fields: fields('Acme') })
    await host.client.writeNotes({ id: acme.id, markdown: 'keep me' })
    await host.client.deleteInterview({ id: acme.id })
    expect(await readFile(join(temp.dir, 'notes', `${acme.id}.md`), 'utf8')).toBe('keep me')
  })
})
