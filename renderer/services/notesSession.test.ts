import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Notes } from '../../shared/api/contract'
import { ApiError } from '../../shared/api/errors'
import type { NotesBackup, NotesBackupEntry } from './notesBackup'
import { mergeBoth, NotesSession } from './notesSession'

const ID = '3f1d9a52-8c7e-4b6a-9d2f-1a2b3c4d5e6f'

/** A host's notes in memory: revisions count up, and a stale base revision is a conflict, as in the host. */
function fakeHost(initial = '', { summaryAt = Infinity } = {}) {
  let disk: Notes = { markdown: initial, revision: 'r0' }
  let count = 0
  const writes: string[] = []
  const client = {
    readNotes: vi.fn(async () => disk),
    writeNotes: vi.fn(async ({ markdown, baseRevision }: { markdown: string; baseRevision?: string }) => {
      if (baseRevision !== disk.revision) throw new ApiError({ code: 'conflict', message: 'changed on disk' })
      writes.push(markdown)
      disk = { markdown, revision: `r${++count}` }
      // The host closes "Write your summary" once, with the first save long enough.
      const summaryWritten = markdown.length >= summaryAt
      if (summaryWritten) summaryAt = Infinity
      return { revision: disk.revision, summaryWritten }
    }),
  }
  return {
    client,
    writes,
    get disk() {
      return disk
    },
    /** Another program rewrites the file. */
    editOnDisk(markdown: string): string {
      disk = { markdown, revision: `r${++count}` }
      return disk.revision
    },
  }
}

function memoryBackup(): NotesBackup & { entries: Map<string, NotesBackupEntry> } {
  const entries = new Map<string, NotesBackupEntry>()
  return {
    entries,
    read: (id) => entries.get(id) ?? null,
    write: (id, entry) => void entries.set(id, entry),
    remove: (id) => void entries.delete(id),
  }
}

async function opened(host: ReturnType<typeof fakeHost>, backup = memoryBackup()) {
  const session = new NotesSession(ID, { client: host.client, backup, idleMs: 600, maxWaitMs: 1000, retryMs: 5000 })
  await session.load()
  return { session, backup }
}

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

describe('NotesSession: what there is to say about saving', () => {
  it('has nothing to say of notes opened and read, and says saved once they were changed here', async () => {
    const host = fakeHost('Met the team.')
    const { session } = await opened(host)
    expect(session.state).toMatchObject({ status: 'saved', changedHere: false })
    // Read again after another program rewrote them: still nothing changed here.
    host.editOnDisk('Met the whole team.')
    session.onDiskChanged(host.disk.revision)
    await vi.waitFor(() => expect(session.state.text).toBe('Met the whole team.'))
    expect(session.state.changedHere).toBe(false)

    session.edit('Met the whole team. Asked about on-call.')
    expect(session.state).toMatchObject({ status: 'unsaved', changedHere: true })
    await vi.advanceTimersByTimeAsync(600)
    expect(session.state).toMatchObject({ status: 'saved', changedHere: true })
  })

  it('tells once when a save closed "Write your summary"', async () => {
    const host = fakeHost('', { summaryAt: 20 })
    const onSummaryWritten = vi.fn()
    const session = new NotesSession(ID, { client: host.client, backup: memoryBackup(), idleMs: 600, onSummaryWritten })
    await session.load()
    session.edit('Short line.')
    await vi.advanceTimersByTimeAsync(600)
    expect(onSummaryWritten).not.toHaveBeenCalled()
    session.edit('Short line. Then enough words.')
    await vi.advanceTimersByTimeAsync(600)
    session.edit('Short line. Then enough words. And more.')
    await vi.advanceTimersByTimeAsync(600)
    expect(host.writes).toHaveLength(3)
    expect(onSummaryWritten).toHaveBeenCalledTimes(1)
  })

  it('counts edits recovered from the window’s copy as changed here', async () => {
    const host = fakeHost('Met the team.')
    const backup = memoryBackup()
    backup.write(ID, { markdown: 'Met the team. Typed before the crash.', baseRevision: 'r0' })
    const { session } = await opened(host, backup)
    expect(session.state).toMatchObject({ text: 'Met the team. Typed before the crash.', changedHere: true })
  })
})

describe('NotesSession autosave', () => {
  it('saves a moment after typing stops, not on every keystroke', async () => {
    const host = fakeHost()
    const { session } = await opened(host)
    session.edit('H')
    session.edit('Hi')
    expect(session.state.status).toBe('unsaved')
    await vi.advanceTimersByTimeAsync(599)
    expect(host.writes).toEqual([])
    await vi.advanceTimersByTimeAsync(1)
    expect(host.writes).toEqual(['Hi'])
    expect(session.state.status).toBe('saved')
  })

  it('saves at least once a second while typing goes on', async () => {
    const host = fakeHost()
    const { session } = await opened(host)
    for (let n = 1; n <= 10; n++) {
      session.edit('x'.repeat(n))
      await vi.advanceTimersByTimeAsync(200)
    }
    expect(host.writes.length).toBeGreaterThanOrEqual(1)
    expect(host.writes[0]!.length).toBeLessThanOrEqual(6)
  })

  it('keeps typing done during a save and saves it next, over the revision the save returned', async () => {
    const host = fakeHost()
    const { session } = await opened(host)
    session.edit('one')
    const first = session.save()
    session.edit('one two')
    await first
    await vi.advanceTimersByTimeAsync(1000)
    expect(host.writes).toEqual(['one', 'one two'])
    expect(session.state.status).toBe('saved')
  })

  it('reports a failed save, keeps the text and tries again', async () => {
    const host = fakeHost()
    const { session } = await opened(host)
    host.client.writeNotes.mockRejectedValueOnce(new ApiError({ code: 'storage', message: 'The disk is full' }))
    session.edit('important')
    await vi.advanceTimersByTimeAsync(600)
    expect(session.state).toMatchObject({ status: 'failed', error: 'The disk is full', text: 'important' })
    await vi.advanceTimersByTimeAsync(5000)
    expect(host.disk.markdown).toBe('important')
    expect(session.state.status).toBe('saved')
  })
})

describe('NotesSession and the file on disk', () => {
  it('takes a change made on disk when it has nothing unsaved', async () => {
    const host = fakeHost('mine')
    const { session } = await opened(host)
    const before = session.state.textVersion
    session.onDiskChanged(host.editOnDisk('edited in another editor'))
    await vi.advanceTimersByTimeAsync(0)
    expect(session.state).toMatchObject({ text: 'edited in another editor', status: 'saved' })
    expect(session.state.textVersion).toBeGreaterThan(before)
  })

  it('ignores the announcement of its own save', async () => {
    const host = fakeHost()
    const { session } = await opened(host)
    session.edit('typed')
    const saving = session.save()
    session.onDiskChanged('r1')
    await saving
    await vi.advanceTimersByTimeAsync(0)
    expect(host.client.readNotes).toHaveBeenCalledTimes(1)
    expect(session.state).toMatchObject({ text: 'typed', status: 'saved', conflict: null })
  })

  it('shows a conflict instead of overwriting when both changed, and keeps both texts', async () => {
    const host = fakeHost('base')
    const { session } = await opened(host)
    session.edit('base + my line')
    session.onDiskChanged(host.editOnDisk('base + their line'))
    await vi.advanceTimersByTimeAsync(5000)
    expect(session.state.status).toBe('conflict')
    expect(session.state.text).toBe('base + my line')
    expect(session.state.conflict?.markdown).toBe('base + their line')
    expect(host.writes).toEqual([])
    expect(host.disk.markdown).toBe('base + their line')
  })

  it('turns a save refused as stale into a conflict', async () => {
    const host = fakeHost('base')
    const { session } = await opened(host)
    host.editOnDisk('theirs')
    session.edit('mine')
    await vi.advanceTimersByTimeAsync(600)
    expect(session.state).toMatchObject({ status: 'conflict', text: 'mine', conflict: { markdown: 'theirs' } })
  })

  it.each([
    ['mine', 'mine'],
    ['disk', 'theirs'],
    ['both', mergeBoth('mine', 'theirs')],
  ] as const)('resolves a conflict by keeping %s', async (choice, expected) => {
    const host = fakeHost('base')
    const { session } = await opened(host)
    session.edit('mine')
    session.onDiskChanged(host.editOnDisk('theirs'))
    await vi.advanceTimersByTimeAsync(0)
    await session.resolveConflict(choice)
    expect(session.state).toMatchObject({ status: 'saved', conflict: null, text: expected })
    expect(host.disk.markdown).toBe(expected)
  })

  it('merges both with the user’s text first and the file’s after it', () => {
    const merged = mergeBoth('mine', 'theirs')
    expect(merged.indexOf('mine')).toBeLessThan(merged.indexOf('theirs'))
  })
})

describe('NotesSession when the page goes away', () => {
  it('keeps unsaved text in the backup and offers it for a last write', async () => {
    const host = fakeHost('base')
    const { session, backup } = await opened(host)
    session.edit('base, typed just before closing')
    session.keepBackup()
    expect(backup.entries.get(ID)).toEqual({ markdown: 'base, typed just before closing', baseRevision: 'r0' })
    expect(session.unloadWrite()).toEqual({ id: ID, markdown: 'base, typed just before closing', baseRevision: 'r0' })
  })

  it('restores a backup that never reached the disk and saves it', async () => {
    const host = fakeHost('base')
    const backup = memoryBackup()
    backup.write(ID, { markdown: 'base and more', baseRevision: 'r0' })
    const { session } = await opened(host, backup)
    expect(session.state.text).toBe('base and more')
    await vi.advanceTimersByTimeAsync(0)
    expect(host.disk.markdown).toBe('base and more')
    expect(backup.entries.size).toBe(0)
  })

  it('drops a backup the disk already holds', async () => {
    const host = fakeHost('same text')
    const backup = memoryBackup()
    backup.write(ID, { markdown: 'same text', baseRevision: 'older' })
    const { session } = await opened(host, backup)
    expect(session.state).toMatchObject({ status: 'saved', text: 'same text' })
    expect(backup.entries.size).toBe(0)
  })

  it('shows a conflict for a backup whose base changed on disk since', async () => {
    const host = fakeHost('rewritten elsewhere')
    const backup = memoryBackup()
    backup.write(ID, { markdown: 'my unsaved text', baseRevision: 'gone' })
    const { session } = await opened(host, backup)
    expect(session.state).toMatchObject({
      status: 'conflict',
      text: 'my unsaved text',
      conflict: { markdown: 'rewritten elsewhere' },
    })
  })
})

describe('NotesSession and its editor', () => {
  const editor = () => ({ insertAtCursor: vi.fn(), focus: vi.fn() })

  it('focuses an editor asked for before it was on the page, once, as it arrives', async () => {
    const { session } = await opened(fakeHost())
    session.focusEditor()
    const first = editor()
    session.attachEditor(first)
    expect(first.focus).toHaveBeenCalledTimes(1)
    session.attachEditor(null)
    const second = editor()
    session.attachEditor(second)
    expect(second.focus).not.toHaveBeenCalled()
  })

  it('leaves the focus where it is when the request no longer holds as the editor arrives', async () => {
    const { session } = await opened(fakeHost())
    session.focusEditor(() => false)
    const late = editor()
    session.attachEditor(late)
    expect(late.focus).not.toHaveBeenCalled()
  })

  it('puts text inserted before the editor arrived at the end, and the cursor where it was asked for once it is there', async () => {
    const { session } = await opened(fakeHost())
    session.edit('First impressions.')
    session.insert('# Summary\n\n- \n\n## More\n', '# Summary\n\n- '.length)
    expect(session.state.text).toBe('First impressions.\n\n# Summary\n\n- \n\n## More\n')
    const late = editor()
    session.attachEditor(late)
    expect(late.focus).toHaveBeenCalledWith('First impressions.\n\n# Summary\n\n- '.length)
  })

  it('focuses the editor on the page at once', async () => {
    const { session } = await opened(fakeHost())
    const shown = editor()
    session.attachEditor(shown)
    session.focusEditor()
    expect(shown.focus).toHaveBeenCalledTimes(1)
  })
})
