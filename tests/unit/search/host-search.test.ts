import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import type { HostEvent } from '../../../shared/api/contract'
import { nodeFileSystem, type FileSystem } from '../../../electron/host/storage/durable-file'
import { makeExport } from '../../bench/storage-data'
import { fields, useTempHosts, type TestHost } from '../host/support'

const temp = useTempHosts()
let host: TestHost

beforeEach(async () => {
  host = await temp.open()
})

const found = async (query: string) => (await host.client.searchNotes({ query })).hits.map((hit) => hit.company).sort()

function nextEvent(predicate: (event: HostEvent) => boolean, timeoutMs = 5000): Promise<HostEvent> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no matching host event')), timeoutMs)
    const stop = host.client.onEvent((event) => {
      if (!predicate(event)) return
      clearTimeout(timer)
      stop()
      resolve(event)
    })
  })
}

/** Opens the host again on a file system that records each notes file read; returns that record. */
async function reopenCountingNotesReads(): Promise<string[]> {
  await host.host.close()
  const notesReads: string[] = []
  const fileSystem: FileSystem = {
    ...nodeFileSystem,
    readFile: ((path: string, encoding: BufferEncoding) => {
      if (String(path).endsWith('.md')) notesReads.push(String(path))
      return nodeFileSystem.readFile(path, encoding)
    }) as FileSystem['readFile'],
  }
  host = await temp.open({ fileSystem })
  return notesReads
}

describe('search in the host', () => {
  it('indexes at start the notes already on disk', async () => {
    const acme = await host.client.createInterview({ fields: fields('Acme') })
    await host.client.writeNotes({ id: acme.id, markdown: 'They run Cassandra clusters.' })
    await host.host.close()
    host = await temp.open()
    expect(await found('cassandra')).toEqual(['Acme'])
  })

  it('at start reads the notes files there are, whatever else the folder holds, and still hears of new ones', async () => {
    const acme = await host.client.createInterview({ fields: fields('Acme') })
    const globex = await host.client.createInterview({ fields: fields('Globex') })
    await host.client.writeNotes({ id: acme.id, markdown: 'They run Cassandra clusters.' })
    await host.host.close()
    await writeFile(join(temp.dir, 'notes', 'shopping list.md'), 'cassandra')
    await writeFile(join(temp.dir, 'notes', `${globex.id}.md.unsaved-20261125-100000`), 'cassandra')
    host = await temp.open()
    expect(await found('cassandra')).toEqual(['Acme'])

    const announced = nextEvent((event) => event.topic === 'notes' && event.id === globex.id)
    await writeFile(join(temp.dir, 'notes', `${globex.id}.md`), 'Cassandra here too')
    await announced
    expect(await found('cassandra')).toEqual(['Acme', 'Globex'])
  })

  it('follows every change: notes writes, edits, deletes and their undo', async () => {
    const acme = await host.client.createInterview({ fields: fields('Acme') })
    expect(await found('haskell')).toEqual([])
    await host.client.writeNotes({ id: acme.id, markdown: 'Haskell shop' })
    expect(await found('haskell')).toEqual(['Acme'])

    await host.client.updateInterview({ id: acme.id, fields: fields('Acme Robotics') })
    expect(await found('haskell')).toEqual(['Acme Robotics'])
    expect((await host.client.quickOpen({ query: 'robotics' })).map((hit) => hit.interviewId)).toEqual([acme.id])

    await host.client.deleteInterview({ id: acme.id })
    expect(await found('haskell')).toEqual([])
    await host.client.undo({})
    expect(await found('haskell')).toEqual(['Acme Robotics'])
  })

  it('picks up a notes file edited outside the app, indexes it and tells the windows', async () => {
    const acme = await host.client.createInterview({ fields: fields('Acme') })
    const { revision } = await host.client.writeNotes({ id: acme.id, markdown: 'first' })
    const announced = nextEvent((event) => event.topic === 'notes' && event.revision !== revision)
    await writeFile(join(temp.dir, 'notes', `${acme.id}.md`), 'edited in vim: Terraform modules')
    const event = await announced
    expect(event).toMatchObject({ topic: 'notes', id: acme.id })
    expect((await host.client.readNotes({ id: acme.id })).revision).toBe((event as { revision: string }).revision)
    expect(await found('terraform')).toEqual(['Acme'])
  })

  it('does not announce its own writes twice', async () => {
    const acme = await host.client.createInterview({ fields: fields('Acme') })
    const events: HostEvent[] = []
    host.client.onEvent((event) => event.topic === 'notes' && events.push(event))
    await host.client.writeNotes({ id: acme.id, markdown: 'mine' })
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(events).toHaveLength(1)
  })

  it('knows its own writes when the watcher reports them, and reads the file only for a change made outside', async () => {
    const notesReads = await reopenCountingNotesReads()
    const acme = await host.client.createInterview({ fields: fields('Acme') })
    await host.client.writeNotes({ id: acme.id, markdown: 'mine' })
    notesReads.length = 0
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(notesReads).toEqual([])

    const announced = nextEvent((event) => event.topic === 'notes')
    await writeFile(join(temp.dir, 'notes', `${acme.id}.md`), 'edited in vim')
    await announced
    expect(notesReads).toEqual([join(temp.dir, 'notes', `${acme.id}.md`)])
  })

  it('reads none of the notes an import just wrote when the watcher reports them', async () => {
    const notesReads = await reopenCountingNotesReads()
    // 5,000 interviews, every tenth with notes: the watcher's news of the first files came before the
    // batch had written the last, and so before the search knew any of them as the host's own.
    await host.client.importData({ json: makeExport(5000) })
    notesReads.length = 0
    await new Promise((resolve) => setTimeout(resolve, 1000))
    expect(notesReads).toEqual([])
    expect((await host.client.searchNotes({ query: 'migration' })).total).toBe(500)
  })

  it('finds what an import brought at once, and a change made right after it wins over the import', async () => {
    await host.client.importData({ json: makeExport(1000) })
    const [first] = await host.client.listInterviews({})
    // The import's 1,000 interviews are indexed after its answer; this rename comes while they are.
    await host.client.updateInterview({ id: first!.id, fields: fields('Zebra Robotics') })
    expect((await host.client.quickOpen({ query: 'zebra' })).map((hit) => hit.interviewId)).toEqual([first!.id])
    expect((await host.client.quickOpen({ query: first!.company })).map((hit) => hit.interviewId)).not.toContain(
      first!.id,
    )
    expect((await host.client.searchNotes({ query: 'migration' })).total).toBe(100)
  })

  it('gathers the improvement sections for Insights, newest first', async () => {
    const march = await host.client.createInterview({ fields: fields('March Co', { date: '2025-03-01' }) })
    const may = await host.client.createInterview({ fields: fields('May Co', { date: '2025-05-01' }) })
    await host.client.writeNotes({ id: march.id, markdown: '## Where I can improve\n\n- pace' })
    await host.client.writeNotes({ id: may.id, markdown: '## Where I can improve\n\n- examples' })
    const improvements = await host.client.listImprovements({})
    expect(improvements.map((entry) => [entry.company, entry.markdown])).toEqual([
      ['May Co', '- examples'],
      ['March Co', '- pace'],
    ])
  })

  it('keeps working when the notes folder is replaced by files from a sync tool', async () => {
    const acme = await host.client.createInterview({ fields: fields('Acme') })
    await mkdir(join(temp.dir, 'notes'), { recursive: true })
    const announced = nextEvent((event) => event.topic === 'notes')
    await writeFile(join(temp.dir, 'notes', `.${acme.id}.md.sync-tmp`), 'half written')
    await writeFile(join(temp.dir, 'notes', `${acme.id}.md`), 'synced: GraphQL')
    await announced
    expect(await found('graphql')).toEqual(['Acme'])
    expect(await found('half')).toEqual([])
  })
})
