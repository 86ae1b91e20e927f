import { describe, expect, it } from 'vitest'
import type { HostEvent } from '../../../shared/api/contract'
import { fields, person, type TestHost, useTempHosts } from './support'

/** The undo stack as the board uses it: moves, reorders and archiving, told to every window by id. */

const temp = useTempHosts()

const openHere = () => temp.open()

async function board(host: TestHost): Promise<string[]> {
  return (await host.client.listInterviews({})).map((interview) => `${interview.stage}:${interview.company}`)
}

describe('undoing board changes', () => {
  it('puts a reordered card back between its old neighbours, and redo moves it again', async () => {
    const host = await openHere()
    const { client } = host
    const [a, , c] = [
      await client.createInterview({ fields: fields('A') }),
      await client.createInterview({ fields: fields('B') }),
      await client.createInterview({ fields: fields('C') }),
    ]
    await client.moveInterview({ id: c.id, stage: 'interviewed', beforeId: a.id })
    expect(await board(host)).toEqual(['interviewed:C', 'interviewed:A', 'interviewed:B'])
    expect((await client.undo({})).change?.label).toBe('Reorder C')
    expect(await board(host)).toEqual(['interviewed:A', 'interviewed:B', 'interviewed:C'])
    await client.redo({})
    expect(await board(host)).toEqual(['interviewed:C', 'interviewed:A', 'interviewed:B'])
  })

  it('takes back the tasks an outcome added when the move into the outcome is undone', async () => {
    const { client } = await openHere()
    const acme = await client.createInterview({ fields: fields('Acme', { interviewers: [person('Dana Reyes')] }) })
    const rejected = await client.moveInterview({ id: acme.id, stage: 'not-selected' })
    const added = rejected.tasks.filter((task) => task.kind === 'thank-after-rejection')
    expect(added).toHaveLength(1)
    await client.undo({})
    const back = await client.getInterview({ id: acme.id })
    expect(back.stage).toBe('interviewed')
    expect(back.tasks).toEqual(acme.tasks)
  })

  it('names the changed interview in the event of every change, undo and redo, so windows fetch just that one', async () => {
    const host = await openHere()
    const events: HostEvent[] = []
    host.host.onEvent((event) => events.push(event))
    const acme = await host.client.createInterview({ fields: fields('Acme') })
    await host.client.moveInterview({ id: acme.id, stage: 'thanked' })
    await host.client.setArchived({ id: acme.id, archived: true })
    await host.client.undo({})
    await host.client.redo({})
    expect(events.map((event) => event.topic === 'interviews' && event.ids)).toEqual(
      Array.from({ length: 5 }, () => [acme.id]),
    )
    const stages = events.map((event) => (event.topic === 'interviews' ? event.interviews[0] : undefined))
    expect(stages.map((each) => [each?.stage, each?.archived])).toEqual([
      ['interviewed', false],
      ['thanked', false],
      ['thanked', true],
      ['thanked', false],
      ['thanked', true],
    ])
  })

  it('getInterviews answers the named interviews, archived ones too, and leaves out the ones that are gone', async () => {
    const { client } = await openHere()
    const acme = await client.createInterview({ fields: fields('Acme') })
    const globex = await client.createInterview({ fields: fields('Globex') })
    await client.setArchived({ id: globex.id, archived: true })
    await client.deleteInterview({ id: acme.id })
    const found = await client.getInterviews({ ids: [acme.id, globex.id] })
    expect(found.map((interview) => [interview.company, interview.archived])).toEqual([['Globex', true]])
  })
})
