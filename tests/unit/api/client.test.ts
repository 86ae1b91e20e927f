import { describe, expect, it, vi } from 'vitest'
import { createClient, type Transport } from '../../../shared/api/client'
import { ApiError } from '../../../shared/api/errors'

function transport(answer: Awaited<ReturnType<Transport['call']>>) {
  return { call: vi.fn(async () => answer), subscribe: vi.fn(() => () => {}) }
}

describe('createClient', () => {
  it('sends each method by its name with its input, {} when there is none, and unwraps the value', async () => {
    const link = transport({ ok: true, value: { interviews: [], more: false } })
    const client = createClient(link)
    await expect(client.listStagePage({ stage: 'offer', limit: 5 })).resolves.toEqual({ interviews: [], more: false })
    await client.getHostInfo(undefined as never)
    expect(link.call.mock.calls).toEqual([
      ['listStagePage', { stage: 'offer', limit: 5 }],
      ['getHostInfo', {}],
    ])
    expect(client.listStagePage).toBe(client.listStagePage)
  })

  it('throws the host’s error as an ApiError', async () => {
    const client = createClient(transport({ ok: false, error: { code: 'not-found', message: 'No such interview' } }))
    const failure = client.getInterview({ id: 'x' })
    await expect(failure).rejects.toBeInstanceOf(ApiError)
    await expect(failure).rejects.toMatchObject({ code: 'not-found', message: 'No such interview' })
  })

  it('follows the host’s events through the transport, and is never taken for a promise', async () => {
    const link = transport({ ok: true, value: null })
    const client = createClient(link)
    const listener = () => {}
    client.onEvent(listener)
    expect(link.subscribe).toHaveBeenCalledWith(listener)
    // An async function returning the client must hand it over, not call a `then` method on it.
    await expect((async () => client)()).resolves.toBe(client)
    expect(link.call).not.toHaveBeenCalled()
  })
})
