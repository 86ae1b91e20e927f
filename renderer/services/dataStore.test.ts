import { describe, expect, it } from 'vitest'
import type { Client } from '../../shared/api/client'
import type { HostEvent } from '../../shared/api/contract'
import type { Interview } from '../../shared/domain/interview'
import { STAGE_IDS } from '../../shared/domain/stages'
import { DataStore } from './dataStore'

function interview(id: string, company: string): Interview {
  return { id, company } as Interview
}

/**
 * A client whose list answers are released by hand, to order them against local changes. Of the
 * board's first pages only Interviewed's waits to be released; the other stages are empty.
 */
function fakeClient() {
  const pending: Array<(list: Interview[]) => void> = []
  const fetched: string[][] = []
  let emit: (event: HostEvent) => void = () => {}
  const client = {
    listInterviews: () => new Promise<Interview[]>((resolve) => pending.push(resolve)),
    listStagePage: ({ stage }: { stage: string }) =>
      stage === 'interviewed'
        ? new Promise((resolve) => pending.push((interviews) => resolve({ interviews, more: false })))
        : Promise.resolve({ interviews: [], more: false }),
    getInterviews: ({ ids }: { ids: string[] }) =>
      new Promise<Interview[]>((resolve) => {
        fetched.push(ids)
        pending.push(resolve)
      }),
    listSamples: async () => ({ ids: [] }),
    getHostInfo: async () => ({ version: '1', dataDir: '/d', notices: [], canUndo: false, canRedo: false }),
    getPreferences: async () => ({}),
    onEvent: (listener: (event: HostEvent) => void) => {
      emit = listener
      return () => {}
    },
  } as unknown as Client
  return { client, pending, fetched, emit: (event: HostEvent) => emit(event) }
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('DataStore', () => {
  it('never lets notices read before a notices event put back what the event took away', async () => {
    const warning = { id: 'n1', level: 'warning', message: 'Reminders wait', createdAt: '2026-12-03T10:00:00Z' }
    let answer: (info: { notices: unknown[] }) => void = () => {}
    const { client, emit, pending } = fakeClient()
    client.getHostInfo = () => new Promise((resolve) => (answer = resolve)) as never
    const data = new DataStore(client)
    data.start()
    pending.shift()!([])
    await tick()
    answer({ notices: [] })
    await tick()
    // A reconnected stream asks for the notices again; the host answers with the notice still there…
    void data.refreshNotices()
    // …while its event that the notice has gone overtakes that answer on the stream.
    emit({ topic: 'notices', notices: [] })
    answer({ notices: [warning] })
    await tick()
    expect(data.state.notices).toEqual([])
  })

  it('loads the list on start and again when the host says interviews changed', async () => {
    const { client, pending, emit } = fakeClient()
    const data = new DataStore(client)
    data.start()
    expect(data.state.status).toBe('loading')
    pending.shift()!([interview('a', 'Acme')])
    await tick()
    expect(data.state.interviews.map((item) => item.company)).toEqual(['Acme'])
    emit({ topic: 'interviews', ids: [], interviews: [] })
    pending.shift()!([interview('a', 'Acme'), interview('b', 'Globex')])
    await tick()
    expect(data.state.interviews).toHaveLength(2)
  })

  it('folds events that arrive during a fetch into one more fetch', async () => {
    const { client, pending, emit } = fakeClient()
    const data = new DataStore(client)
    data.start()
    pending.shift()!([])
    await tick()
    emit({ topic: 'interviews', ids: [], interviews: [] })
    emit({ topic: 'interviews', ids: [], interviews: [] })
    emit({ topic: 'interviews', ids: [], interviews: [] })
    expect(pending).toHaveLength(1)
    pending.shift()!([])
    await tick()
    expect(pending).toHaveLength(1)
    pending.shift()!([interview('a', 'Acme')])
    await tick()
    expect(pending).toHaveLength(0)
    expect(data.state.interviews).toHaveLength(1)
  })

  it('never lets a list fetched before a local change hide that change', async () => {
    const { client, pending, emit } = fakeClient()
    const data = new DataStore(client)
    data.start()
    data.applyChanged(interview('new', 'Initech'))
    pending.shift()!([interview('new', 'Initech (older)')])
    await tick()
    expect(data.state.interviews.map((item) => item.company)).toEqual(['Initech'])

    emit({ topic: 'interviews', ids: [], interviews: [] })
    data.applyChanged(interview('other', 'Hooli'))
    pending.shift()!([interview('new', 'Initech')])
    await tick()
    expect(data.state.interviews.map((item) => item.id).sort()).toEqual(['new', 'other'])
    pending.shift()!([interview('new', 'Initech'), interview('other', 'Hooli')])
    await tick()
    expect(data.state.interviews.map((item) => item.id).sort()).toEqual(['new', 'other'])
  })

  it('opens a large board a page at a time: the first cards of every stage first, then the rest', async () => {
    const cards = Array.from({ length: 1200 }, (_, index) => ({
      ...interview(`id-${String(index).padStart(4, '0')}`, `Company ${index}`),
      order: `a${String(index).padStart(4, '0')}`,
    }))
    const asked: Array<{ after?: { id: string }; limit: number }> = []
    const client = {
      listStagePage: async ({ stage, after, limit }: { stage: string; after?: { id: string }; limit: number }) => {
        if (stage !== 'interviewed') return { interviews: [], more: false }
        asked.push({ after, limit })
        const start = after ? cards.findIndex((card) => card.id === after.id) + 1 : 0
        return { interviews: cards.slice(start, start + limit), more: start + limit < cards.length }
      },
      listSamples: async () => ({ ids: [] }),
      getHostInfo: async () => ({ notices: [] }),
      getPreferences: async () => ({}),
      onEvent: () => () => {},
    } as unknown as Client
    const data = new DataStore(client)
    const painted: number[] = []
    data.subscribe(() => data.state.status === 'ready' && painted.push(data.state.interviews.length))
    data.start()
    await new Promise((resolve) => setTimeout(resolve, 20))
    // The first page fills the columns of a 1440 px tall window (what the store assumes without one).
    expect(painted[0]).toBe(10)
    expect(data.state.interviews).toHaveLength(1200)
    expect(new Set(data.state.interviews.map((item) => item.id)).size).toBe(1200)
    expect(asked.map((page) => page.limit)).toEqual([10, 200, 200, 200, 200, 200, 200])
  })

  it('opens from the first pages the page itself asked for, asking no column again, then loads the rest', async () => {
    const cards = Array.from({ length: 300 }, (_, index) => ({
      ...interview(`id-${String(index).padStart(4, '0')}`, `Company ${index}`),
      stage: 'interviewed',
      order: `a${String(index).padStart(4, '0')}`,
    })) as Interview[]
    const asked: Array<{ stage: string; after?: { id: string } }> = []
    const client = {
      listStagePage: async ({ stage, after, limit }: { stage: string; after?: { id: string }; limit: number }) => {
        asked.push({ stage, after })
        const start = after ? cards.findIndex((card) => card.id === after.id) + 1 : 0
        return { interviews: cards.slice(start, start + limit), more: start + limit < cards.length }
      },
      listSamples: async () => ({ ids: [] }),
      getHostInfo: async () => ({ notices: [] }),
      getPreferences: async () => ({}),
      onEvent: () => () => {},
    } as unknown as Client
    const firstPages = STAGE_IDS.map((stage) =>
      stage === 'interviewed'
        ? { stage, interviews: cards.slice(0, 7), more: true }
        : { stage, interviews: [], more: false },
    )
    const data = new DataStore(client)
    const shown: number[] = []
    data.subscribe(() => data.state.status === 'ready' && shown.push(data.state.interviews.length))
    data.start(Promise.resolve(firstPages))
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(shown[0]).toBe(7)
    expect(asked).toEqual([
      { stage: 'interviewed', after: { order: cards[6]!.order, id: cards[6]!.id } },
      { stage: 'interviewed', after: { order: cards[206]!.order, id: cards[206]!.id } },
    ])
    expect(data.state.interviews.map((item) => item.id)).toEqual(cards.map((card) => card.id))
  })

  it('asks column by column when the page’s own request for the first pages failed', async () => {
    const { client, pending } = fakeClient()
    const data = new DataStore(client)
    data.start(Promise.resolve(null))
    await tick()
    pending.shift()!([interview('a', 'Acme')])
    await tick()
    expect(data.state.status).toBe('ready')
    expect(data.state.interviews.map((item) => item.company)).toEqual(['Acme'])
  })

  it('shows a card as it was when its change fails, the host unreachable, and throws the failure on', async () => {
    const { client, pending } = fakeClient()
    const data = new DataStore(client)
    data.start()
    pending.shift()!([{ ...interview('a', 'Acme'), stage: 'interviewed' }])
    await tick()
    const acme = data.interviewById('a')!

    const moving = data.change({ ...acme, stage: 'thanked' }, 'a', () =>
      Promise.reject(new Error('Lost the connection to Debrief')),
    )
    expect(data.interviewById('a')?.stage).toBe('thanked')
    await expect(moving).rejects.toThrow('Lost the connection to Debrief')
    expect(data.interviewById('a')?.stage).toBe('interviewed')
    expect(data.state.stages.get('interviewed')?.map((card) => card.id)).toEqual(['a'])
    expect(data.state.stages.get('thanked') ?? []).toEqual([])
  })

  it('keeps the last good list and reports why when a refresh fails', async () => {
    const { client, pending, emit } = fakeClient()
    const data = new DataStore(client)
    data.start()
    pending.shift()!([interview('a', 'Acme')])
    await tick()
    client.listInterviews = () => Promise.reject(new Error('Lost the connection'))
    emit({ topic: 'interviews', ids: [], interviews: [] })
    await tick()
    expect(data.state.interviews).toHaveLength(1)
    expect(data.state.status).toBe('ready')
    expect(data.state.loadError).toBe('Lost the connection')
  })

  it('applies the records an event carries, asking the host for nothing, gone or archived ones out', async () => {
    const { client, pending, fetched, emit } = fakeClient()
    const data = new DataStore(client)
    data.start()
    pending.shift()!([interview('a', 'Acme'), interview('b', 'Globex'), interview('c', 'Initech')])
    await tick()
    const calls = pending.length
    emit({
      topic: 'interviews',
      ids: ['a', 'b', 'c', 'new'],
      interviews: [
        { ...interview('b', 'Globex'), archived: true },
        interview('a', 'Acme Corp'),
        interview('new', 'Hooli'),
      ],
    })
    await tick()
    expect(fetched).toEqual([])
    expect(pending).toHaveLength(calls)
    expect(data.state.interviews.map((item) => item.company)).toEqual(['Acme Corp', 'Hooli'])
  })

  it('asks which are samples again only when an event names an interview new to it or a sample', async () => {
    const { client, pending, emit } = fakeClient()
    let asked = 0
    client.listSamples = async () => {
      asked++
      return { ids: ['s'] }
    }
    const data = new DataStore(client)
    data.start()
    pending.shift()!([interview('a', 'Acme'), interview('s', 'Sample Co')])
    await tick()
    await tick()
    const askedAtStart = asked
    emit({ topic: 'interviews', ids: ['a'], interviews: [interview('a', 'Acme Corp')] })
    await tick()
    expect(asked).toBe(askedAtStart)
    emit({ topic: 'interviews', ids: ['new'], interviews: [interview('new', 'Hooli')] })
    await tick()
    expect(asked).toBe(askedAtStart + 1)
    emit({ topic: 'interviews', ids: ['s'], interviews: [] })
    await tick()
    expect(asked).toBe(askedAtStart + 2)
  })

  it('keeps the same objects when the event of its own change brings back what the reply showed', async () => {
    const { client, pending, emit } = fakeClient()
    const data = new DataStore(client)
    data.start()
    pending.shift()!([interview('a', 'Acme')])
    await tick()
    await data.change(interview('a', 'Acme (moving)'), 'a', async () => interview('a', 'Acme (moved)'))
    const shown = data.state.interviews
    emit({ topic: 'interviews', ids: ['a'], interviews: [interview('a', 'Acme (moved)')] })
    expect(data.state.interviews).toBe(shown)
  })

  it('shows a change at once and keeps it over the host’s events until the host answers it', async () => {
    const { client, pending, emit } = fakeClient()
    const data = new DataStore(client)
    data.start()
    pending.shift()!([interview('a', 'Acme')])
    await tick()
    let answer: (value: Interview) => void = () => {}
    const change = data.change(interview('a', 'Acme (moving)'), 'a', () => new Promise((resolve) => (answer = resolve)))
    expect(data.interviewById('a')?.company).toBe('Acme (moving)')
    emit({ topic: 'interviews', ids: ['a'], interviews: [interview('a', 'Acme (stale)')] })
    await tick()
    expect(data.interviewById('a')?.company).toBe('Acme (moving)')
    answer(interview('a', 'Acme (moved)'))
    await change
    expect(data.interviewById('a')?.company).toBe('Acme (moved)')
  })

  it('brings back the host’s copy when a change fails', async () => {
    const { client, pending, fetched } = fakeClient()
    const data = new DataStore(client)
    data.start()
    pending.shift()!([interview('a', 'Acme')])
    await tick()
    const change = data.change(interview('a', 'Acme (moving)'), 'a', () => Promise.reject(new Error('Disk full')))
    await expect(change).rejects.toThrow('Disk full')
    expect(fetched).toEqual([['a']])
    pending.shift()!([interview('a', 'Acme')])
    await tick()
    expect(data.interviewById('a')?.company).toBe('Acme')
  })

  it('gives a change new arrays only for the stages it touches, so only those columns render again', async () => {
    const { client, pending } = fakeClient()
    const data = new DataStore(client)
    data.start()
    const card = (id: string, stage: Interview['stage'], order: string) => ({ ...interview(id, id), stage, order })
    pending.shift()!([card('a', 'interviewed', 'a0'), card('b', 'interviewed', 'a1'), card('c', 'offer', 'a0')])
    await tick()
    const before = data.state.stages
    data.applyChanged(card('b', 'thanked', 'a0'))
    expect(data.state.stages.get('interviewed')?.map((each) => each.id)).toEqual(['a'])
    expect(data.state.stages.get('thanked')?.map((each) => each.id)).toEqual(['b'])
    expect(data.state.stages.get('offer')).toBe(before.get('offer'))
    expect(data.interviewById('b')?.stage).toBe('thanked')
    expect(data.state.interviews.map((each) => each.id)).toEqual(['a', 'b', 'c'])
  })
})
