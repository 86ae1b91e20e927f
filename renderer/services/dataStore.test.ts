import { describe, expect, it } from 'vitest'
import type { Client } from '../../shared/api/client'
import type { HostEvent } from '../../shared/api/contract'
import type { Interview } from '../../shared/domain/interview'
import { DataStore } from './dataStore'

function interview(id: string, company: string): Interview {
  return { id, company } as Interview
}

/** A client whose list answers are released by hand, to order them against local changes. */
function fakeClient() {
  const pending: Array<(list: Interview[]) => void> = []
  let emit: (event: HostEvent) => void = () => {}
  const client = {
    listInterviews: () => new Promise<Interview[]>((resolve) => pending.push(resolve)),
    getHostInfo: async () => ({ version: '1', dataDir: '/d', notices: [], canUndo: false, canRedo: false }),
    getPreferences: async () => ({}),
    onEvent: (listener: (event: HostEvent) => void) => {
      emit = listener
      return () => {}
    },
  } as unknown as Client
  return { client, pending, emit: (event: HostEvent) => emit(event) }
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('DataStore', () => {
  it('loads the list on start and again when the host says interviews changed', async () => {
    const { client, pending, emit } = fakeClient()
    const data = new DataStore(client)
    data.start()
    expect(data.state.status).toBe('loading')
    pending.shift()!([interview('a', 'Acme')])
    await tick()
    expect(data.state.interviews.map((item) => item.company)).toEqual(['Acme'])
    emit({ topic: 'interviews', ids: [] })
    pending.shift()!([interview('a', 'Acme'), interview('b', 'Globex')])
    await tick()
    expect(data.state.interviews).toHaveLength(2)
  })

  it('folds events that arrive during a fetch into one more fetch', async () => {
    const { client, pending, emit } = fakeClient()
    const data = new DataStore(client)
    data.start()
    emit({ topic: 'interviews', ids: [] })
    emit({ topic: 'interviews', ids: [] })
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
    const { client, pending } = fakeClient()
    const data = new DataStore(client)
    data.start()
    data.applyChanged(interview('new', 'Initech'))
    pending.shift()!([])
    await tick()
    expect(data.state.interviews.map((item) => item.id)).toEqual(['new'])
    pending.shift()!([interview('new', 'Initech')])
    await tick()
    expect(data.state.interviews.map((item) => item.id)).toEqual(['new'])
  })

  it('keeps the last good list and reports why when a refresh fails', async () => {
    const { client, pending, emit } = fakeClient()
    const data = new DataStore(client)
    data.start()
    pending.shift()!([interview('a', 'Acme')])
    await tick()
    client.listInterviews = () => Promise.reject(new Error('Lost the connection'))
    emit({ topic: 'interviews', ids: [] })
    await tick()
    expect(data.state.interviews).toHaveLength(1)
    expect(data.state.status).toBe('ready')
    expect(data.state.loadError).toBe('Lost the connection')
  })
})
