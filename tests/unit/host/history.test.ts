import { describe, expect, it } from 'vitest'
import { fields, type TestHost, useTempHosts } from './support'

const temp = useTempHosts()

const openHere = () => temp.open()

async function board(host: TestHost): Promise<string[]> {
  return (await host.client.listInterviews({ includeArchived: true })).map(
    (i) => `${i.stage}:${i.company}${i.archived ? ' (archived)' : ''}`,
  )
}

describe('undo and redo', () => {
  it('undoes and redoes create, update, move, archive and delete, newest first, with labels', async () => {
    const host = await openHere()
    const { client } = host
    const acme = await client.createInterview({ fields: fields('Acme') })
    await client.updateInterview({ id: acme.id, fields: fields('Acme Corp') })
    await client.moveInterview({ id: acme.id, stage: 'thanked' })
    await client.setArchived({ id: acme.id, archived: true })
    await client.deleteInterview({ id: acme.id })
    expect(await board(host)).toEqual([])

    const labels: string[] = []
    for (;;) {
      const { change } = await client.undo({})
      if (!change) break
      labels.push(change.label)
    }
    expect(labels).toEqual([
      'Delete Acme Corp',
      'Archive Acme Corp',
      'Move Acme Corp to Thanked',
      'Edit Acme',
      'Add Acme',
    ])
    expect(await board(host)).toEqual([])
    expect(await client.getHostInfo({})).toMatchObject({ canUndo: false, canRedo: true })

    await client.redo({})
    await client.redo({})
    await client.redo({})
    expect(await board(host)).toEqual(['thanked:Acme Corp'])
    await client.redo({})
    await client.redo({})
    expect(await board(host)).toEqual([])
    expect(await client.redo({})).toEqual({ change: null })
  })

  it('names a follow-up skipped as the buttons do: Skip, not Dismiss', async () => {
    const { client } = await openHere()
    const acme = await client.createInterview({ fields: fields('Acme') })
    const summary = acme.tasks.find((task) => task.kind === 'write-summary')!
    await client.updateTask({ interviewId: acme.id, taskId: summary.id, action: 'dismiss' })
    // "Undid “Dismiss: …”" followed a press of Skip.
    expect((await client.undo({})).change?.label).toBe('Skip: Write your summary of the interview')
  })

  it('names a follow-up done by Mark sent as the message that went, not as Mark done of its title', async () => {
    const { client } = await openHere()
    const acme = await client.createInterview({ fields: fields('Acme') })
    const summary = acme.tasks.find((task) => task.kind === 'write-summary')!
    const sent = { channel: 'email', to: 'Dana Reyes' } as const
    await client.updateTask({ interviewId: acme.id, taskId: summary.id, action: 'done', sent })
    // "Undid “Mark done: …”" followed a press of Mark sent (a walkthrough).
    expect((await client.undo({})).change?.label).toBe('Mark sent: the email to Dana Reyes')
    await client.updateTask({
      interviewId: acme.id,
      taskId: summary.id,
      action: 'done',
      sent: { channel: 'phone', to: '' },
    })
    expect((await client.undo({})).change?.label).toBe('Mark called: the call')
    await client.updateTask({ interviewId: acme.id, taskId: summary.id, action: 'done' })
    expect((await client.undo({})).change?.label).toBe('Mark done: Write your summary of the interview')
    await expect(
      client.updateTask({ interviewId: acme.id, taskId: summary.id, action: 'dismiss', sent }),
    ).rejects.toMatchObject({ code: 'invalid-input' })
  })

  it('undo of a delete brings the interview back exactly, with its notes', async () => {
    const { client } = await openHere()
    const acme = await client.createInterview({ fields: fields('Acme') })
    await client.writeNotes({ id: acme.id, markdown: 'They want Rust.' })
    const beforeDelete = await client.getInterview({ id: acme.id })
    await client.deleteInterview({ id: acme.id })
    await expect(client.readNotes({ id: acme.id })).rejects.toMatchObject({ code: 'not-found' })
    expect(await client.undo({})).toEqual({ change: { label: 'Delete Acme', interviewId: acme.id } })
    expect(await client.getInterview({ id: acme.id })).toEqual(beforeDelete)
    expect((await client.readNotes({ id: acme.id })).markdown).toBe('They want Rust.')
  })

  it("undoes a notice's own change or none: refused once later changes came, once undone, once gone", async () => {
    const host = await openHere()
    const { client } = host
    const acme = await client.createInterview({ fields: fields('Acme') })
    const moved = await client.moveInterview({ id: acme.id, stage: 'thanked' })
    const globex = await client.createInterview({ fields: fields('Globex') })
    const ofMove = { interviewId: acme.id, updatedAt: moved.updatedAt }

    await expect(client.undo({ of: ofMove })).rejects.toMatchObject({
      code: 'conflict',
      message: 'Not undone. Later changes came after it: undo them first (Edit › Undo, Ctrl+Z) to reach it.',
    })
    expect(await board(host)).toEqual(['interviewed:Globex', 'thanked:Acme'])

    expect(await client.undo({ of: { interviewId: globex.id, updatedAt: globex.updatedAt } })).toEqual({
      change: { label: 'Add Globex', interviewId: globex.id },
    })
    expect(await client.undo({ of: ofMove })).toEqual({
      change: { label: 'Move Acme to Thanked', interviewId: acme.id },
    })
    await expect(client.undo({ of: ofMove })).rejects.toMatchObject({ message: 'Not undone. It is already undone.' })
    expect(await board(host)).toEqual(['interviewed:Acme'])

    // A delete is named by the interview it removed; a new change clears what was undone.
    await client.deleteInterview({ id: acme.id })
    await expect(client.undo({ of: ofMove })).rejects.toMatchObject({
      message: 'Not undone. It is no longer in the history.',
    })
    expect((await client.undo({ of: { interviewId: acme.id, updatedAt: null } })).change?.label).toBe('Delete Acme')
  })

  it('a new change clears redo', async () => {
    const { client } = await openHere()
    await client.createInterview({ fields: fields('Acme') })
    await client.undo({})
    expect((await client.getHostInfo({})).canRedo).toBe(true)
    await client.createInterview({ fields: fields('Globex') })
    expect((await client.getHostInfo({})).canRedo).toBe(false)
    expect(await client.redo({})).toEqual({ change: null })
  })

  it('survives a restart, from the journal and from the compacted snapshot', async () => {
    const first = await openHere()
    const acme = await first.client.createInterview({ fields: fields('Acme') })
    await first.client.moveInterview({ id: acme.id, stage: 'offer' })
    await first.client.setArchived({ id: acme.id, archived: true })
    await first.client.undo({})

    const second = await openHere() // without closing the first: replayed from the journal
    expect(await board(second)).toEqual(['offer:Acme'])
    expect((await second.client.redo({})).change?.label).toBe('Archive Acme')
    await second.client.undo({})
    await second.host.close()

    const third = await openHere() // from the snapshot written at close
    expect(await third.client.getHostInfo({})).toMatchObject({ canUndo: true, canRedo: true })
    expect((await third.client.undo({})).change?.label).toBe('Move Acme to Offer')
    expect(await board(third)).toEqual(['interviewed:Acme'])
  })

  it('keeps the last 200 changes', async () => {
    const { client } = await openHere()
    const acme = await client.createInterview({ fields: fields('Acme') })
    for (let change = 0; change < 205; change++) {
      await client.updateInterview({ id: acme.id, fields: fields('Acme', { round: change % 2 ? 1 : 2 }) })
    }
    let undone = 0
    while ((await client.undo({})).change) undone++
    expect(undone).toBe(200)
    // The oldest changes, including the creation, are beyond reach: the interview stays.
    await expect(client.getInterview({ id: acme.id })).resolves.toMatchObject({ company: 'Acme' })
  })
})
